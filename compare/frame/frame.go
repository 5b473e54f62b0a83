package frame

// Framing analysis: for each event, how each outlet's version differs.
//
// Algorithm: once per comparison, every document's words and n-grams are
// prepared (words.go, terms.go) and counted into the corpus-wide background
// (background.go), a chunk of documents at a time, and dropped. Then each
// event is analysed on its own, events in parallel on Options.Workers
// workers, preparing its documents again; an event's analysis reads the
// shared background and writes only its own Event, so the result is the
// same byte for byte in any order and with any number of workers:
//
//	docs ─prepare (parallel per doc)─▶ grams ─▶ background (then dropped)
//	events ─prepare, frame (parallel per event)─▶ terms, pairs  (terms.go, logodds.go)
//	                                     tone, entity tone (tone.go)
//	                                     similarity   (similarity.go)
//	                                     quotes       (quotes.go)
//	                                     labels       (labels.go)
//	                                     unique       (unique.go)
//	                                     lexicon      (lexicon.go)
//
// Preparing twice costs about a tenth of the framing time; keeping every
// document's n-grams between the two passes held over 1 GB for 10,000
// articles, and memory grew with the corpus at that rate. What is kept is
// the cheaper half, each member's token roles and voices in sparse form
// (kept.go): a few hundred bytes a document.
//
// Complexity: linear in the tokens of the corpus to prepare; per event
// linear in its tokens plus O(k²·V log V) for the pairs of k outlets over
// V terms. Memory: the background's vocabulary, the result, and one event's
// prepared documents per worker.
//
// Limits: see each file.

import (
	"context"
	"runtime"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// Framer carries what the framing analysis of one comparison shares
// across events. After New it is read-only but for the words its workers
// keep (makers, handed out one to a worker), so events can be framed
// concurrently; each event's analysis works on a copy holding that event's
// prepared documents (see frameWith).
type Framer struct {
	opts Options
	sw   nlp.Stopwords
	bg   *background
	lex  *Lexicon
	// st is the stem cache of the worker framing the event (set on the
	// event's copy only, see frameWith).
	st nlp.Stemmer
	// spellings are the alias table's spellings of each canonical name,
	// for checking omissions (mentions.go).
	spellings spellingTable
	// model scores how loaded each word is (loaded.go); scores holds the
	// scores of the event being framed, per document and token.
	model  *loaded.Model
	scores map[*nlp.Doc][]float64
	// prep holds each document of the event being framed, prepared once.
	prep map[*nlp.Doc]*prepared
	// makers are the workers' word makers, kept from one FrameAll to the
	// next: a word made for one chunk of events is looked up in the next.
	makers wordMakers
	// grams and runs are the prepared documents of the event being framed.
	grams map[*nlp.Doc][]gram
	runs  map[*nlp.Doc][][]word
	// kept holds the preparations counting the background kept (Reuse).
	kept *Kept
}

// prepChunk is the number of documents prepared at once while counting the
// background: the terms of a chunk are counted and dropped, so memory holds
// the corpus's vocabulary, not every occurrence of every term.
const prepChunk = 256

// New counts the background of every document, preparing documents
// on all workers a chunk at a time.
func New(docs []*nlp.Doc, opts Options) *Framer { return NewWith(Count(docs, opts), opts) }

// NewWith frames against counts already made (Count, or kept by a store
// and brought up to date with Add), so that a comparison need not count
// its corpus again.
func NewWith(c *Counts, opts Options) *Framer {
	f := &Framer{opts: opts, sw: opts.Stopwords, lex: opts.Lexicon}
	if f.lex == nil {
		f.lex = DefaultLexicon()
	}
	if f.sw == nil {
		f.sw = nlp.DefaultStopwords()
	}
	aliases := opts.Aliases
	if aliases == nil {
		aliases = nlp.DefaultAliases()
	}
	f.spellings = newSpellingTable(aliases.Spellings())
	f.model = loaded.Default()
	f.bg = c.background(opts.Background)
	f.makers = newWordMakers(frameWorkers(opts), f.sw)
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

// Reuse makes f take a member's preparation from k, kept there when the
// background was counted (Counts.AddKeeping), instead of preparing the
// member again; each is taken once and dropped from k. Call it before
// framing.
func (f *Framer) Reuse(k *Kept) { f.kept = k }

// FrameAll analyses every event, members[i] being the documents of
// events[i], in parallel. It stops early when ctx is done. Calls share
// the Framer's word makers: a call made while another runs waits for
// them.
func (f *Framer) FrameAll(ctx context.Context, events []Event, members [][]*nlp.Doc) error {
	w := frameWorkers(f.opts)
	fanOut(len(events), w, func(next func() (int, bool)) {
		wm := f.makers.get()
		defer f.makers.put(wm)
		// The words are kept; the stems a worker caches beyond the
		// process's shared ones (nlp.Stemmer) only for the call.
		wm.st = nlp.Stemmer{}
		for i, ok := next(); ok; i, ok = next() {
			if ctx.Err() != nil {
				return
			}
			f.frameWith(&events[i], members[i], wm)
		}
	})
	return ctx.Err()
}

// Frame computes the framing analysis of one event.
func (f *Framer) Frame(ev *Event, docs []*nlp.Doc) {
	f.frameWith(ev, docs, newWordMaker(f.sw, nlp.Stemmer{}))
}

// frameWith computes the framing analysis of one event, preparing its
// documents again with wm (their roles and voices only when f.kept does
// not hold them): keeping every document's terms from New would hold
// the whole corpus's n-grams in memory at once.
func (f *Framer) frameWith(ev *Event, docs []*nlp.Doc, wm *wordMaker) {
	docs = append([]*nlp.Doc{}, docs...)
	sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	c := *f
	c.st = wm.st
	c.grams = make(map[*nlp.Doc][]gram, len(docs))
	c.runs = make(map[*nlp.Doc][][]word, len(docs))
	c.scores = make(map[*nlp.Doc][]float64, len(docs))
	c.prep = make(map[*nlp.Doc]*prepared, len(docs))
	for _, d := range docs {
		c.scores[d] = loadedScores(c.model, d)
		p := f.kept.take(d)
		if p == nil {
			p = prepare(d)
		}
		c.prep[d] = p
		r, sents := runsWith(d, wm, c.prep[d])
		for _, run := range r {
			// "American officials" at the start of a sentence, not
			// "american officials": the corpus says the word is capitalised.
			if w := &run[0]; w.first && !w.proper && f.bg.capitalised(w.key) {
				w.form = capitalise(w.form)
			}
		}
		c.runs[d] = r
		c.grams[d] = grams(d, r, sents)
	}
	// Word statistics stay within one language (languages.go): terms,
	// loaded words, tone, similarity and the framing lexicon are English
	// measures, read from the English articles; the distinctive terms of
	// another language are measured among that language's outlets. Who
	// is quoted, labels, emphasis and omissions compare every outlet.
	groups := languageGroups(ev.Outlets, docs)
	en := groups[0]
	et := c.countTerms(en.docs, VoiceOwn)
	quoted := c.countTerms(en.docs, VoiceQuoted)
	ev.Terms, ev.Framing, ev.QuotedTerms = []Term{}, []FramingTerm{}, []Term{}
	for _, o := range en.outlets {
		ev.Terms = append(ev.Terms, c.distinctive(et, o)...)
		ev.Framing = append(ev.Framing, c.framing(et, o)...)
		ev.QuotedTerms = append(ev.QuotedTerms, c.quotedTerms(quoted, o)...)
	}
	for _, g := range groups[1:] {
		if len(g.outlets) < 2 {
			continue // one outlet has nothing in its language to differ from
		}
		gt, gq := c.countTerms(g.docs, VoiceOwn), c.countTerms(g.docs, VoiceQuoted)
		for _, o := range g.outlets {
			ev.Terms = append(ev.Terms, c.distinctive(gt, o)...)
			ev.QuotedTerms = append(ev.QuotedTerms, c.quotedTerms(gq, o)...)
		}
	}
	ev.LoadedWords = c.loadedWords(en.outlets, en.docs)
	ev.Emphasis = c.emphasis(ev.Outlets, docs, ev.Framing)
	ev.Pairs = c.pairs(et, en.outlets)
	tone := newEventTone(en.docs, c.prep)
	var scores [][]float64
	ev.Sentiment, scores = tone.tones(en.outlets, en.docs)
	ev.Similarity = c.similarity(en.outlets, et)
	ev.Similarity.Tone = toneDistance(scores)
	ev.Quotes = c.quotes(ev.Outlets, docs)
	enEv := *ev
	enEv.Outlets = en.outlets
	ev.EntityTone = c.entityTone(&enEv, en.docs, tone.voice)
	ev.Labels = c.labels(ev, docs)
	ev.Unique = c.unique(ev, docs)
	ev.Lexicon = c.lexicon(en.outlets, en.docs)
}

// capitalise returns s with its first letter in upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
