package frame

type EntityCount struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
	// Outlets is the number of outlets that mention it.
	Outlets int `json:"outlets"`
}

type Term struct {
	Outlet string `json:"outlet"`
	Term   string `json:"term"` // the most frequent surface form
	N      int    `json:"n"`    // words in the term: 1, 2 or 3
	Count  int    `json:"count"`
	// Rate is Count per 1,000 words of the outlet's articles in the event.
	Rate        float64 `json:"rate"`
	OthersCount int     `json:"others_count"`
	OthersRate  float64 `json:"others_rate"`
	// Z is the log-odds ratio over its standard error (Monroe et al. 2008);
	// positive when the outlet uses the term more than the others. It is not
	// corrected for multiple comparisons.
	Z float64 `json:"z"`
	P float64 `json:"p"` // two-sided, from Z
	// PAdjusted is P adjusted for the false discovery rate by
	// Benjamini-Hochberg over every term scored for this outlet in this
	// event (not only the ones listed).
	PAdjusted float64 `json:"p_adjusted"`
	// Significant is |Z| >= 1.96, uncorrected: about one term in twenty
	// passes by chance alone.
	Significant bool `json:"significant"`
	// Loaded is the mean, over the term's uses, of its most loaded word's
	// score (corpus/nlp/loaded), in [0, 1].
	Loaded float64 `json:"loaded"`
	// Voice is "own" for the outlet's own words, "quoted" for words it
	// quotes; Speakers then says whose they are.
	Voice    string    `json:"voice"`
	Speakers []string  `json:"speakers,omitempty"`
	Examples []Example `json:"examples"`
}

// FramingTerm is a distinctive term of an outlet's own voice whose uses
// are loaded: its wording, not its topic.
type FramingTerm struct {
	Outlet      string  `json:"outlet"`
	Term        string  `json:"term"`
	N           int     `json:"n"`
	Count       int     `json:"count"`
	OthersCount int     `json:"others_count"`
	Z           float64 `json:"z"`
	Significant bool    `json:"significant"`
	// Loaded is the mean loaded score of its uses, in [0, 1].
	Loaded   float64   `json:"loaded"`
	Voice    string    `json:"voice"`
	Examples []Example `json:"examples"`
}

// OutletLoaded is the loaded words one outlet used in one voice.
type OutletLoaded struct {
	Outlet string `json:"outlet"`
	// Voice is "own", "quoted" (inside direct quotes; each word's Speakers
	// say whose) or "reported" (indirect speech after a verb of saying:
	// the outlet's wording of someone's claim; voice.go).
	Voice string `json:"voice"`
	// VoiceWords is the number of words the outlet wrote in that voice;
	// Count the loaded ones among them, Rate per 1,000.
	VoiceWords int          `json:"voice_words"`
	Count      int          `json:"count"`
	Rate       float64      `json:"rate"`
	Words      []LoadedWord `json:"words"` // most used first
}

// LoadedWord is a loaded word and its uses.
type LoadedWord struct {
	Word  string  `json:"word"`
	Count int     `json:"count"`
	Score float64 `json:"score"` // the highest of its uses'
	// Speakers, for quoted words, are who said them.
	Speakers []string  `json:"speakers,omitempty"`
	Examples []Example `json:"examples"`
}

// Emphasis is what an outlet puts first: the entities, framing terms and
// loaded words of its headlines and lead paragraphs.
type Emphasis struct {
	Outlet       string   `json:"outlet"`
	Headlines    []string `json:"headlines"`
	Entities     []string `json:"entities"`
	FramingTerms []string `json:"framing_terms"`
	LoadedWords  []string `json:"loaded_words"`
}

type Example struct {
	Article string `json:"article"`
	Start   int    `json:"start"` // byte offsets of the sentence in the article text
	End     int    `json:"end"`
	Text    string `json:"text"`
	// TermStart and TermEnd are the byte offsets of the term's first
	// occurrence in the sentence, in the article text (not in Text).
	TermStart int `json:"term_start"`
	TermEnd   int `json:"term_end"`
}

type Pair struct {
	A     string     `json:"a"`
	B     string     `json:"b"`
	Terms []PairTerm `json:"terms"`
}

type PairTerm struct {
	Term        string  `json:"term"`
	N           int     `json:"n"`
	CountA      int     `json:"count_a"`
	CountB      int     `json:"count_b"`
	RateA       float64 `json:"rate_a"` // per 1,000 words
	RateB       float64 `json:"rate_b"`
	Z           float64 `json:"z"` // positive favours A
	P           float64 `json:"p"`
	PAdjusted   float64 `json:"p_adjusted"`
	Significant bool    `json:"significant"`
	// Examples holds one sentence of the outlet the term favours.
	Examples []Example `json:"examples"`
}

type Tone struct {
	Outlet    string  `json:"outlet"`
	Mean      float64 `json:"mean"`
	Positive  float64 `json:"positive"` // share of sentences with tone >= 0.05
	Neutral   float64 `json:"neutral"`
	Negative  float64 `json:"negative"` // share of sentences with tone <= -0.05
	Sentences int     `json:"sentences"`
	// Histogram counts sentences by compound score in ToneBins equal bins
	// over [-1, 1].
	Histogram []int `json:"histogram"`
	// Words are the words that carry the outlet's tone most, by the
	// absolute sum of their values in VADER's computation over every use.
	Words []ToneWord `json:"words"`
}

type ToneWord struct {
	// Word is a word of the VADER lexicon, or an idiom ("kiss of death").
	Word    string  `json:"word"`
	Valence float64 `json:"valence"` // the lexicon's rating, -4..+4
	Count   int     `json:"count"`
	// Weight is the word's pull on the tone: the sum over its uses of its
	// value in VADER's computation of the sentence (the rating boosted,
	// dampened, negated, ...). It can have the other sign than Valence:
	// "good" in "not good" pulls down.
	Weight float64 `json:"weight"`
}

type Similarity struct {
	Outlets []string `json:"outlets"`
	// Cosine is the cosine similarity of TF-IDF unigram vectors: within
	// [0, 1], 1 on the diagonal.
	Cosine [][]float64 `json:"cosine"`
	// JSD is the Jensen-Shannon divergence of the outlets' unigram
	// distributions, in bits: within [0, 1], 0 on the diagonal.
	JSD [][]float64 `json:"jsd"`
	// Tone is the distance between the outlets' distributions of sentence
	// tone: the Wasserstein-1 (earth mover's) distance between their
	// compound scores, within [0, 2], 0 on the diagonal.
	Tone [][]float64 `json:"tone_distance"`
}

type OutletQuotes struct {
	Outlet string `json:"outlet"`
	Quotes int    `json:"quotes"`
	// Words is the number of quoted words; Share is their share of the
	// outlet's words in the event.
	Words    int       `json:"words"`
	Share    float64   `json:"share"`
	Speakers []Speaker `json:"speakers"`
	// Only lists the speakers this outlet quotes and no other outlet of the
	// event does.
	Only []string `json:"only"`
}

type Speaker struct {
	Name   string `json:"name"`
	Quotes int    `json:"quotes"`
	Words  int    `json:"words"`
	// Share is Words over all the outlet's quoted words.
	Share  float64        `json:"share"`
	Quoted []QuoteExample `json:"quoted"`
}

type QuoteExample struct {
	Article string `json:"article"`
	Start   int    `json:"start"` // byte offsets of the quoted words
	End     int    `json:"end"`
	Text    string `json:"text"`
	Cue     string `json:"cue"`
}

type EntityTone struct {
	Entity   string `json:"entity"`
	Type     string `json:"type"`
	Outlet   string `json:"outlet"`
	Mentions int    `json:"mentions"`
	// References is the number of pronouns resolved to the entity
	// (corpus/nlp/refer); they are scored with the mentions.
	References int `json:"references"`
	// Sentences is the number of sentences that mention the entity or
	// refer to it.
	Sentences int `json:"sentences"`
	// Mean is the mean over the mentions and references of the tone toward
	// the entity, P(pos) − P(neg) by the target classifier, in [-1, 1].
	Mean float64 `json:"mean"`
	// Positive and Negative are the shares of the mentions and references
	// labelled so.
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	// Stance is the article stance model's reading of the mentions' and
	// references' tones (target.StanceModel.OfTones): "neg", "neu" or
	// "pos".
	Stance string `json:"stance"`
	// Weak is true when the stance rests on fewer than MinStanceTargets
	// mentions and references: too few to tell, whatever it says. Reports
	// show such a stance as too few to tell, not as a reading.
	Weak bool `json:"weak,omitempty"`
	// Words are VADER's tone words in the clauses that mention the entity,
	// strongest first.
	Words []ToneWord `json:"words"`
}

type Label struct {
	Entity  string         `json:"entity"`
	Type    string         `json:"type"`
	Outlets []OutletLabels `json:"outlets"`
}

type OutletLabels struct {
	Outlet string     `json:"outlet"`
	Labels []LabelUse `json:"labels"`
}

type LabelUse struct {
	Text string `json:"text"`
	// Kind is "name" (the entity as written: "Kiev"), "title" (a role
	// before a person's name: "Foreign Minister"), "appositive" (", the
	// top US diplomat,"), or "modifier" (a noun phrase that describes a
	// place or group itself, its act or what kind of thing it is:
	// "supposed Russian aggression", "the breakaway regions of eastern
	// Ukraine").
	Kind    string  `json:"kind"`
	Count   int     `json:"count"`
	Example Example `json:"example"`
}

type Unique struct {
	Outlet string `json:"outlet"`
	// Sentences hold salient content (entities, numbers, content words) no
	// other outlet of the event carries, most salient first.
	Sentences []UniqueSentence `json:"sentences"`
	// Omits lists the event's entities that other outlets mention and this
	// one never does.
	Omits []string `json:"omits"`
}

type UniqueSentence struct {
	Example
	Salience float64  `json:"salience"`
	Entities []string `json:"entities"` // entities no other outlet mentions
	Numbers  []string `json:"numbers"`  // numbers no other outlet gives
	// Claims are direct quotes starting in the sentence whose words no
	// other outlet carries.
	Claims []string `json:"claims"`
	Terms  []string `json:"terms"` // content words no other outlet uses
}

type LexiconCount struct {
	Category string `json:"category"`
	Outlet   string `json:"outlet"`
	Count    int    `json:"count"`
	// Rate is per 1,000 words of the outlet's articles in the event.
	Rate float64 `json:"rate"`
	// Z compares the rate with the other outlets' by the log-odds ratio
	// with an uninformative prior; positive when the outlet uses the
	// category more.
	Z     float64     `json:"z"`
	Words []WordCount `json:"words"` // the category's words it used, most first
}

type WordCount struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
}
