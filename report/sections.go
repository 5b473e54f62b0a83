package report

// What each section of an event means, in the words every format shows
// under its heading, so that the formats cannot drift apart.
const (
	emphasisIntro     = "What a reader sees first: each outlet's headline, and the entities, framing terms and loaded words of its headlines and lead paragraphs."
	framingIntro      = "The words that set each outlet's own words apart from the other outlets of this event (log-odds, as for distinctive terms) and that a model of loaded wording scores as loaded: how it words the story rather than what it covers. Loaded score: the model's mean score of the term's uses, from 0 to 1 (even clearly loaded words score low, since annotators marked few words)."
	topicalIntro      = "Each outlet's other distinctive terms: its own words (outside quotes) against the other outlets of this event, uses here against uses in the others. Mostly what it covers, but the model misses loaded words too, so read these as well. Terms listed under framing terms are not repeated. z is not corrected for multiple comparisons; p adj. is Benjamini-Hochberg."
	quotedIntro       = "The words inside each outlet's direct quotes that set it apart from what the other outlets quote, and who said them: its choice of whom and what to quote, not its own wording."
	loadedIntro       = "Every word the model scores as loaded, per 1,000 words the outlet wrote in its own voice; the loaded words of the quotes it printed are counted apart, with who said them."
	strongFramingNote = "Strong: at least 3 uses and |z| ≥ 1.96; the others are weaker evidence."
	strongTermNote    = "Strong: at least 3 uses and p adj. < 0.05; the others are weaker evidence."
)
