package compare

import (
	"time"

	"github.com/framediff/framediff/corpus"
)

// Schema names the JSON report contract this result renders to.
const Schema = "framediff.report/v1"

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
	// Missing lists the corpus's outlets that did not report the event.
	Missing  []string      `json:"missing"`
	Entities []EntityCount `json:"entities"`
	// Evidence holds the links that put the articles together: the union
	// of every member's best links, strongest first.
	Evidence []Link `json:"evidence"`
	// Members says, for each article in the order of Articles, why it is
	// in the event.
	Members []Member `json:"members"`
	Terms   []Term   `json:"terms"`
	// Pairs compares every two outlets of the event directly, a before b
	// in Outlets order.
	Pairs      []Pair     `json:"pairs"`
	Sentiment  []Tone     `json:"sentiment"`
	Similarity Similarity `json:"similarity"`
	// Quotes is who each outlet quotes and how many words each gets, one
	// entry per outlet in Outlets order.
	Quotes []OutletQuotes `json:"quotes"`
	// EntityTone is the tone near each salient entity, per outlet: sorted
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
}

// EntityCount is an entity of an event and how often the event's articles
// mention it.
type EntityCount struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
	// Outlets is the number of outlets that mention it.
	Outlets int `json:"outlets"`
}

// Link is the evidence that two articles report the same event.
type Link struct {
	A              string   `json:"a"`
	B              string   `json:"b"`
	Score          float64  `json:"score"`
	Content        float64  `json:"content"`  // TF-IDF cosine on content words
	EntityOverlap  float64  `json:"entities"` // IDF-weighted overlap of entities
	SharedEntities []string `json:"shared_entities"`
	SharedTerms    []string `json:"shared_terms"`
	DaysApart      float64  `json:"days_apart"`
}

// Member is an article of an event and why it is there.
type Member struct {
	Article string `json:"article"`
	Outlet  string `json:"outlet"`
	// Fit is the article's score against the centroid of the event's other
	// articles, in [0, 1]; 0 for an event of one article.
	Fit float64 `json:"fit"`
	// Links are the article's best links to other members, strongest first;
	// A is the article.
	Links []Link `json:"links"`
	// Undated is true when the article has no date: it joined by content
	// alone.
	Undated bool `json:"undated,omitempty"`
	// Overrides lists the override lines ("file:line") that name the
	// article.
	Overrides []string `json:"overrides,omitempty"`
	// Touches lists the other events that a paragraph after the article's
	// lead reports.
	Touches []Touch `json:"touches,omitempty"`
}

// Touch is another event that an article reports after its lead.
type Touch struct {
	Event     string  `json:"event"`
	Paragraph int     `json:"paragraph"` // 1-based, in the article's text
	Score     float64 `json:"score"`     // the paragraph against the event's centroid
}

// Term is a word or phrase and how distinctive it is of one outlet's
// version of an event, against the other outlets' versions together.
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
	Significant bool      `json:"significant"`
	Examples    []Example `json:"examples"`
}

// Example is a sentence that holds a term, where to find it, and where in
// it the term is.
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

// Pair compares two outlets of an event directly: the terms that most
// favour A (positive Z) and the terms that most favour B (negative Z).
type Pair struct {
	A     string     `json:"a"`
	B     string     `json:"b"`
	Terms []PairTerm `json:"terms"`
}

// PairTerm is a term scored between two outlets by the same log-odds ratio
// as Term, with A in the place of the outlet and B in the place of the rest.
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

// Tone summarises the sentence tone of one outlet's version of an event.
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
	// Words are the VADER lexicon words that carry the outlet's tone most,
	// by the absolute sum of their valence over every use.
	Words []ToneWord `json:"words"`
}

// ToneWord is a word of the VADER lexicon as an outlet used it.
type ToneWord struct {
	Word    string  `json:"word"`
	Valence float64 `json:"valence"` // VADER's rating, -4..+4
	Count   int     `json:"count"`
	// Weight is Valence times Count: the word's pull on the tone.
	Weight float64 `json:"weight"`
}

// Similarity holds outlet-by-outlet matrices, rows and columns in the order
// of Outlets.
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

// OutletQuotes is who one outlet quotes in an event.
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

// Speaker is one person or body an outlet quotes. Name is "" for quotes
// whose speaker could not be resolved.
type Speaker struct {
	Name   string `json:"name"`
	Quotes int    `json:"quotes"`
	Words  int    `json:"words"`
	// Share is Words over all the outlet's quoted words.
	Share  float64        `json:"share"`
	Quoted []QuoteExample `json:"quoted"`
}

// QuoteExample is one quotation: the quoted words, without the marks, and
// their cue.
type QuoteExample struct {
	Article string `json:"article"`
	Start   int    `json:"start"` // byte offsets of the quoted words
	End     int    `json:"end"`
	Text    string `json:"text"`
	Cue     string `json:"cue"`
}

// EntityTone is the tone near one entity in one outlet's articles: the
// tone of the sentences that mention it (see tone.go for why sentences
// rather than a window). It is the tone of the words around the entity,
// not the outlet's attitude to it.
type EntityTone struct {
	Entity    string  `json:"entity"`
	Type      string  `json:"type"`
	Outlet    string  `json:"outlet"`
	Mentions  int     `json:"mentions"`
	Sentences int     `json:"sentences"`
	Mean      float64 `json:"mean"`
	Positive  float64 `json:"positive"` // share of the sentences
	Negative  float64 `json:"negative"`
	// Words are the tone words of those sentences, strongest first.
	Words []ToneWord `json:"words"`
}

// Label is one entity or group and what each outlet calls it.
type Label struct {
	Entity  string         `json:"entity"`
	Type    string         `json:"type"`
	Outlets []OutletLabels `json:"outlets"`
}

// OutletLabels is the words one outlet uses for an entity, most used first.
type OutletLabels struct {
	Outlet string     `json:"outlet"`
	Labels []LabelUse `json:"labels"`
}

// LabelUse is one way of naming an entity.
type LabelUse struct {
	Text string `json:"text"`
	// Kind is "name" (the entity as written: "Kiev"), "title" (a role
	// before a person's name: "Foreign Minister"), "appositive" (", the
	// top US diplomat,"), or "modifier" (the noun phrase a place or group
	// modifies or heads: "supposed Russian aggression", "the breakaway
	// regions of eastern Ukraine").
	Kind    string  `json:"kind"`
	Count   int     `json:"count"`
	Example Example `json:"example"`
}

// Unique is what one outlet's version of an event carries alone.
type Unique struct {
	Outlet string `json:"outlet"`
	// Sentences hold salient content (entities, numbers, content words) no
	// other outlet of the event carries, most salient first.
	Sentences []UniqueSentence `json:"sentences"`
	// Omits lists the event's entities that other outlets mention and this
	// one never does.
	Omits []string `json:"omits"`
}

// UniqueSentence is a sentence and the content in it no other outlet of
// the event carries.
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

// LexiconCount is how often one outlet uses one framing category's words.
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

// WordCount is a word or phrase and how often it was used.
type WordCount struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
}
