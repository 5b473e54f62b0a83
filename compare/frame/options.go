package frame

import "github.com/framediff/framediff/corpus/nlp"

// Options controls the framing analysis.
type Options struct {
	// Top is the number of distinctive terms kept per outlet and event.
	Top int
	// PriorWeight scales the informative prior of the log-odds ratio
	// relative to the event's own size (see logodds.go).
	PriorWeight float64
	// Stopwords are left out of terms; nil means nlp.DefaultStopwords.
	Stopwords nlp.Stopwords
	// Background, when not nil, is the prior's term frequencies instead of
	// the corpus's (see ReadBackground).
	Background *Background
	// Lexicon is the framing lexicon; nil means DefaultLexicon.
	Lexicon *Lexicon
	// Aliases are the spellings of each entity (the built-in table when
	// nil): an outlet that writes any of them mentions the entity.
	Aliases *nlp.Aliases
	// NoPairs leaves Event.Pairs empty, and PairOutlets, when not empty,
	// keeps the pairs with at least one of these outlets (named in any
	// spelling corpus.Slug folds together). The pairs are a third of the
	// framing's time and over half of a full report's bytes, and a reader
	// of a large comparison wants those of a few outlets at most; the zero
	// value compares every pair.
	NoPairs     bool
	PairOutlets []string
	// Workers is the number of events framed at once; 0 means GOMAXPROCS.
	// The result does not depend on it.
	Workers int
}

// Event is one event as framing sees it: its outlets and entities, given,
// and the per-outlet statistics that Frame fills in.
type Event struct {
	// Outlets are the event's outlets, sorted; every per-outlet list
	// follows their order.
	Outlets []string
	// Entities are the event's entities, as Entities counts them.
	Entities []EntityCount

	Framing     []FramingTerm
	Terms       []Term
	QuotedTerms []Term
	LoadedWords []OutletLoaded
	Emphasis    []Emphasis
	Pairs       []Pair
	Sentiment   []Tone
	Similarity  Similarity
	Quotes      []OutletQuotes
	EntityTone  []EntityTone
	Labels      []Label
	Unique      []Unique
	Lexicon     []LexiconCount
}
