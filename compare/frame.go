package compare

// Framing analysis: for each event, how each outlet's version differs.
//
// Algorithm: once per comparison, every document's words and n-grams are
// prepared (words.go, terms.go) and the corpus-wide background is counted
// (background.go). Then each event is analysed on its own, events in
// parallel on Options.Workers workers; an event's analysis reads the shared
// preparation and writes only its own Event, so the result is the same
// byte for byte in any order and with any number of workers:
//
//	docs ─prepare (parallel per doc)─▶ grams, runs ─▶ background
//	events ─frame (parallel per event)─▶ terms, pairs  (terms.go, logodds.go)
//	                                     tone, entity tone (tone.go)
//	                                     similarity   (similarity.go)
//	                                     quotes       (quotes.go)
//	                                     labels       (labels.go)
//	                                     unique       (unique.go)
//	                                     lexicon      (lexicon.go)
//
// Complexity: linear in the tokens of the corpus to prepare; per event
// linear in its tokens plus O(k²·V) for the pairs of k outlets over V terms.
//
// Limits: see each file.

import (
	"context"
	"runtime"
	"sort"
	"sync"

	"github.com/framediff/framediff/corpus"
)

// framer carries what the framing analysis of one comparison shares
// across events. After newFramer it is read-only, so events can be framed
// concurrently.
type framer struct {
	opts  Options
	grams map[*corpus.Doc][]gram
	runs  map[*corpus.Doc][][]word
	bg    *background
	lex   *Lexicon
}

// newFramer prepares every document on all workers.
func newFramer(docs []*corpus.Doc, opts Options) *framer {
	f := &framer{opts: opts, grams: make(map[*corpus.Doc][]gram, len(docs)), runs: make(map[*corpus.Doc][][]word, len(docs)), lex: opts.Lexicon}
	if f.lex == nil {
		f.lex = DefaultLexicon
	}
	sw := opts.Stopwords
	if sw == nil {
		sw = DefaultStopwords
	}
	gs := make([][]gram, len(docs))
	rs := make([][][]word, len(docs))
	fanOut(len(docs), frameWorkers(opts), func(next func() (int, bool)) {
		st := stemmer{} // one cache per worker: stemmer is not safe for concurrent use
		for i, ok := next(); ok; i, ok = next() {
			r, sents := runs(docs[i], sw, st)
			rs[i] = r
			gs[i] = grams(docs[i], r, sents)
		}
	})
	for i, d := range docs {
		f.grams[d] = gs[i]
		f.runs[d] = rs[i]
	}
	f.bg = newBackground(f.grams, opts.Background)
	return f
}

func frameWorkers(opts Options) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// fanOut runs work on w goroutines; each takes indexes below n from next
// until it reports false.
func fanOut(n, w int, work func(next func() (int, bool))) {
	var mu sync.Mutex
	i := 0
	next := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if i >= n {
			return 0, false
		}
		i++
		return i - 1, true
	}
	w = max(1, min(w, n))
	var wg sync.WaitGroup
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(next)
		}()
	}
	wg.Wait()
}

// frameAll analyses every event, members[i] being the documents of
// events[i], in parallel. It stops early when ctx is done.
func (f *framer) frameAll(ctx context.Context, events []Event, members [][]*corpus.Doc) error {
	fanOut(len(events), frameWorkers(f.opts), func(next func() (int, bool)) {
		for i, ok := next(); ok; i, ok = next() {
			if ctx.Err() != nil {
				return
			}
			f.frame(&events[i], members[i])
		}
	})
	return ctx.Err()
}

// frame computes the framing analysis of one event.
func (f *framer) frame(ev *Event, docs []*corpus.Doc) {
	docs = append([]*corpus.Doc{}, docs...)
	sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	et := f.countTerms(docs)
	ev.Terms = []Term{}
	for _, o := range ev.Outlets {
		ev.Terms = append(ev.Terms, f.distinctive(et, o)...)
	}
	ev.Pairs = f.pairs(et, ev.Outlets)
	tone := newEventTone(docs)
	var scores [][]float64
	ev.Sentiment, scores = tone.tones(ev.Outlets, docs)
	ev.Similarity = f.similarity(ev.Outlets, et)
	ev.Similarity.Tone = toneDistance(scores)
	ev.Quotes = f.quotes(ev.Outlets, docs)
	ev.EntityTone = f.entityTone(ev, docs, tone)
	ev.Labels = f.labels(ev, docs)
	ev.Unique = f.unique(ev, docs)
	ev.Lexicon = f.lexicon(ev.Outlets, docs)
}
