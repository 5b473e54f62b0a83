package compare

import (
	"time"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp/target"
)

// Schema names the JSON report contract this result renders to.
const Schema = "framediff.report/v1"

// ToneModel names the classifier behind EntityTone, so that a report can
// say which model read the tone toward its entities.
const ToneModel = target.ModelVersion

// ToneMacroF1 and SentenceToneMacroF1 are how well the tone toward a
// target agrees with annotators on held-out sentences, and how well the
// sentence's own tone did (target.HeldOutMacroF1): the figures reports
// give their readers.
const (
	ToneMacroF1         = target.HeldOutMacroF1
	SentenceToneMacroF1 = target.SentenceMacroF1
)

// StancePrecision is how often an article's negative or positive stance
// toward an entity agreed with annotators (target.StancePrecision).
const StancePrecision = target.StancePrecision

// Result is one comparison: every article read, every input skipped, and the
// events with their framing analysis. Reports render it; nothing in it is
// recomputed by them. Slices are sorted so that the same input gives the
// same Result in any order and with any number of workers.
type Result struct {
	Articles []Article        `json:"articles"`
	Skipped  []corpus.Skipped `json:"skipped"`
	Events   []Event          `json:"events"`
	// Outlets lists every outlet of the corpus, sorted.
	Outlets []string `json:"outlets"`
	Params  Params   `json:"params"`
	// Overrides echoes the reader's corrections of the alignment, in the
	// order given, each saying whether it applied.
	Overrides []OverrideUse `json:"overrides"`
	// Languages says which figures cover which languages, when the
	// articles are in more than one; nil otherwise.
	Languages *Languages `json:"languages,omitempty"`

	// pending holds the events Start aligned and EachEvent frames; nil
	// once they are in Events.
	pending *pending
	work    Work
}

// Languages is what a comparison of articles in several languages
// measured in each.
type Languages struct {
	// Articles counts the articles by language (ISO 639-1).
	Articles map[string]int `json:"articles"`
	// Compared lists the languages aligned and compared, sorted; the
	// others' articles are listed and set aside.
	Compared []string `json:"compared"`
	// Note is the one-line account a report prints.
	Note string `json:"note"`
}

// Params records the settings a result was made with, so a report can say
// how it was made.
type Params struct {
	Window        Duration `json:"window"`
	MinOutlets    int      `json:"min_outlets"`
	MinSimilarity float64  `json:"min_similarity"`
	Top           int      `json:"top"`
	// Stopwords, Background and Lexicon name where the stop words, the
	// prior's term frequencies and the framing lexicon came from: a file
	// path, "built-in", or for Background "corpus" (the loaded articles).
	Stopwords  string `json:"stopwords"`
	Background string `json:"background"`
	Lexicon    string `json:"lexicon"`
	// Alignment, when not empty, says that the names were resolved and
	// the terms weighed by a kept set of the store's articles, not all
	// of those aligned (compare/aligned.go).
	Alignment string `json:"alignment,omitempty"`
}

// Duration renders a time.Duration as "72h0m0s" in JSON.
type Duration time.Duration

// MarshalText renders the duration as Go does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText parses a Go duration.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	*d = Duration(v)
	return err
}

// Article is an article's metadata as the report lists it.
type Article struct {
	ID        string     `json:"id"`
	Outlet    string     `json:"outlet"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"` // null when no date was found
	URL       string     `json:"url"`
	Source    string     `json:"source"`
	Words     int        `json:"words"`
	Language  string     `json:"language"`
	Notes     []string   `json:"notes,omitempty"`
	// Text is the article's clean text, which the offsets of examples,
	// quotes and unique sentences index. Reports show it beside the
	// numbers; the JSON leaves it out to stay small (inspect has it).
	Text string `json:"-"`
}

// Event is a set of articles that report one happening, with the evidence
// that groups them and the framing analysis of each outlet's version.
type Event struct {
	ID       string    `json:"id"`
	Label    string    `json:"label"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Articles []string  `json:"articles"`
	Outlets  []string  `json:"outlets"`
	// Languages lists the languages of the event's articles (ISO 639-1),
	// when the corpus holds more than one language.
	Languages []string `json:"languages,omitempty"`
	// Missing lists the corpus's outlets that did not report the event
	// but published an article within the window of its start or end
	// (every outlet not in it, for an event without dates).
	Missing  []string      `json:"missing"`
	Entities []EntityCount `json:"entities"`
	// Evidence holds the links that put the articles together: the union
	// of every member's best links, strongest first.
	Evidence []Link `json:"evidence"`
	// Members says, for each article in the order of Articles, why it is
	// in the event.
	Members []Member `json:"members"`
	// Framing is, per outlet, its framing terms: the distinctive terms of
	// its own voice whose uses are loaded, most distinctive first.
	Framing []FramingTerm `json:"framing"`
	// Terms are each outlet's distinctive terms in its own voice.
	Terms []Term `json:"terms"`
	// QuotedTerms are the words each outlet chose to quote that set it
	// apart, with who said them.
	QuotedTerms []Term `json:"quoted_terms"`
	// LoadedWords are the loaded words each outlet used, in its own voice
	// and, apart, in the quotes it printed.
	LoadedWords []OutletLoaded `json:"loaded_words"`
	// Emphasis is what each outlet puts in its headline and lead.
	Emphasis []Emphasis `json:"emphasis"`
	// Pairs compares every two outlets of the event directly, a before b
	// in Outlets order.
	Pairs      []Pair     `json:"pairs"`
	Sentiment  []Tone     `json:"sentiment"`
	Similarity Similarity `json:"similarity"`
	// Quotes is who each outlet quotes and how many words each gets, one
	// entry per outlet in Outlets order.
	Quotes []OutletQuotes `json:"quotes"`
	// EntityTone is the tone toward each salient entity, per outlet: sorted
	// by entity (in Entities order), then outlet.
	EntityTone []EntityTone `json:"entity_tone"`
	// Labels is, per entity, the words each outlet uses for it.
	Labels []Label `json:"labels"`
	// Unique is, per outlet, what only that outlet carries and which of the
	// event's entities it never mentions.
	Unique []Unique `json:"unique"`
	// Lexicon counts the framing lexicon's categories per outlet: sorted by
	// category, then outlet.
	Lexicon []LexiconCount `json:"lexicon"`

	// framingJSON is the JSON of the fields from Framing on, as
	// encodeFrame made it for the Cache, when this comparison framed
	// the event (AppendJSON).
	framingJSON []byte
}

// EntityCount is an entity of an event and how often the event's articles
// mention it.
// Link is the evidence that two articles report the same event.
// Member is an article of an event and why it is there.
// Touch is another event that an article reports after its lead.
// Term is a word or phrase and how distinctive it is of one outlet's
// version of an event, against the other outlets' versions together.
// Example is a sentence that holds a term, where to find it, and where in
// it the term is.
// Pair compares two outlets of an event directly: the terms that most
// favour A (positive Z) and the terms that most favour B (negative Z).
// PairTerm is a term scored between two outlets by the same log-odds ratio
// as Term, with A in the place of the outlet and B in the place of the rest.
// Tone summarises the sentence tone of one outlet's version of an event.
// ToneWord is a word of the VADER lexicon as an outlet used it.
// Similarity holds outlet-by-outlet matrices, rows and columns in the order
// of Outlets.
// OutletQuotes is who one outlet quotes in an event.
// Speaker is one person or body an outlet quotes. Name is "" for quotes
// whose speaker could not be resolved.
// QuoteExample is one quotation: the quoted words, without the marks, and
// their cue.
// EntityTone is the tone toward one entity in one outlet's articles: each
// mention, and each pronoun resolved to it, read by the target classifier
// (corpus/nlp/target: who does what to whom in its sentence), averaged. It
// is the tone of what the sentences say of the entity, as a classifier
// trained on annotated news reads it (ToneMacroF1 on held-out
// sentences), not a verdict on the outlet's attitude.
// Label is one entity or group and what each outlet calls it.
// OutletLabels is the words one outlet uses for an entity, most used first.
// LabelUse is one way of naming an entity.
// Unique is what one outlet's version of an event carries alone.
// UniqueSentence is a sentence and the content in it no other outlet of
// the event carries.
// LexiconCount is how often one outlet uses one framing category's words.
// WordCount is a word or phrase and how often it was used.

// The parts of an event that each stage finds, named here so that the
// report's contract reads in one package.
type (
	// Alignment's evidence (compare/align).
	Link        = align.Link
	Member      = align.Member
	Touch       = align.Touch
	Override    = align.Override
	OverrideUse = align.OverrideUse

	// Framing's per-outlet statistics (compare/frame).
	EntityCount    = frame.EntityCount
	Term           = frame.Term
	FramingTerm    = frame.FramingTerm
	OutletLoaded   = frame.OutletLoaded
	LoadedWord     = frame.LoadedWord
	Emphasis       = frame.Emphasis
	Example        = frame.Example
	Pair           = frame.Pair
	PairTerm       = frame.PairTerm
	Tone           = frame.Tone
	ToneWord       = frame.ToneWord
	Similarity     = frame.Similarity
	OutletQuotes   = frame.OutletQuotes
	Speaker        = frame.Speaker
	QuoteExample   = frame.QuoteExample
	EntityTone     = frame.EntityTone
	Label          = frame.Label
	OutletLabels   = frame.OutletLabels
	LabelUse       = frame.LabelUse
	Unique         = frame.Unique
	UniqueSentence = frame.UniqueSentence
	LexiconCount   = frame.LexiconCount
	WordCount      = frame.WordCount
)
