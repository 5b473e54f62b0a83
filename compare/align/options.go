package align

import (
	"time"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// Options controls an alignment.
type Options struct {
	// Window is the largest gap between two articles of one event.
	Window time.Duration
	// MinOutlets is the fewest outlets an event needs to be returned.
	MinOutlets int
	// MinSimilarity is the lowest link score, and the lowest mean score
	// between two clusters, that groups articles into one event.
	MinSimilarity float64
	// Stopwords are left out of the content vectors; nil means
	// nlp.DefaultStopwords.
	Stopwords nlp.Stopwords
	// Overrides are a reader's corrections; they win over scores.
	Overrides []Override
	// Workers is the number of goroutines; 0 means GOMAXPROCS. The result
	// does not depend on it.
	Workers int
	// Frequencies, when not nil, are the document frequencies the terms
	// and entities are weighed by instead of the corpus's own
	// (frequencies.go): those of an earlier set of the corpus's
	// articles, kept so that adding articles leaves the older ones'
	// vectors as they were.
	Frequencies *Frequencies
	// termIDF and entIDF say where the document frequencies of terms and
	// entities come from, local how idfLocal counts them and background
	// is the one the sources that need it read (idf.go; measured, not
	// used by a comparison).
	termIDF, entIDF idfSource
	local           localIDF
	background      *loaded.Background
}

// Event is a set of articles that report one happening, with the evidence
// that groups them.
type Event struct {
	ID       string
	Label    string
	Start    time.Time
	End      time.Time
	Articles []string // the members' IDs, sorted
	Outlets  []string // sorted
	// Missing lists the corpus's outlets that did not report the event
	// but published an article within Window of its start or end (every
	// outlet not in it, for an event without dates).
	Missing []string
	// Evidence holds the links that put the articles together: the union
	// of every member's best links, strongest first.
	Evidence []Link
	// Members says, for each article in the order of Articles, why it is
	// in the event.
	Members []Member
	// Docs are the members' documents, in the order of the corpus.
	Docs []*nlp.Doc
	// Languages lists the languages of the event's articles (ISO 639-1,
	// sorted) when the corpus holds more than one language; nil otherwise.
	Languages []string
}
