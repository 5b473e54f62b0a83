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
}

// Params records the settings a result was made with, so a report can say
// how it was made.
type Params struct {
	Window        Duration `json:"window"`
	MinOutlets    int      `json:"min_outlets"`
	MinSimilarity float64  `json:"min_similarity"`
	Top           int      `json:"top"`
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
	Missing    []string      `json:"missing"`
	Entities   []EntityCount `json:"entities"`
	Evidence   []Link        `json:"evidence"`
	Terms      []Term        `json:"terms"`
	Sentiment  []Tone        `json:"sentiment"`
	Similarity Similarity    `json:"similarity"`
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
	Z        float64   `json:"z"`
	P        float64   `json:"p"` // two-sided, from Z
	Examples []Example `json:"examples"`
}

// Example is a sentence that holds a term, where to find it, and where in
// it the term is.
type Example struct {
	Article string `json:"article"`
	Start   int    `json:"start"` // byte offsets of the sentence in the article text
	End     int    `json:"end"`
	Text    string `json:"text"`
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
}

// Similarity holds outlet-by-outlet matrices, rows and columns in the order
// of Outlets.
type Similarity struct {
	Outlets []string    `json:"outlets"`
	Cosine  [][]float64 `json:"cosine"`
}
