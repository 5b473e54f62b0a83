package frame

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Background is a table of term frequencies that the log-odds prior is
// drawn from instead of the loaded corpus: a large general news corpus
// makes the prior say what is usual in news, not only in the articles at
// hand.
type Background struct {
	// Name says where the table came from, for the report.
	Name  string
	count map[string]int
	total [maxN + 1]int
}

// ReadBackground reads a background frequency file: one term per line, the
// term (a word or a phrase of up to three words, any case), a tab, and its
// count in the background corpus, a positive integer. Blank lines and lines
// starting with "#" are ignored. Terms are stemmed the way articles are, so
// "sanctions" and "sanction" add up. A malformed line is a
// *corpus.ParseError naming the line.
func ReadBackground(name string, r io.Reader) (*Background, error) {
	b := &Background{Name: name, count: map[string]int{}}
	st := nlp.Stemmer{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		term, num, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("want term<TAB>count, got %q", l)}
		}
		n, err := strconv.Atoi(strings.TrimSpace(num))
		if err != nil || n <= 0 {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("count %q is not a positive integer", num)}
		}
		words := strings.Fields(term)
		if len(words) == 0 || len(words) > maxN {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("term %q must have 1 to %d words", term, maxN)}
		}
		b.add(termKey(words, st), len(words), n)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if b.total[1] == 0 {
		return nil, &corpus.ParseError{Source: name, Err: fmt.Errorf("no single-word terms: the prior needs them")}
	}
	return b, nil
}

func (b *Background) add(key string, n, count int) {
	b.count[key] += count
	b.total[n] += count
}

// termKey is the key under which articles count a sequence of words.
func termKey(words []string, st nlp.Stemmer) string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = makeWord(0, w, "", nil, st).key
	}
	return strings.Join(keys, " ")
}

// background is what a comparison knows of the corpus beyond one event: the
// prior's term shares and the loaded corpus's document frequencies.
type background struct {
	prior *Background
	// corpus counts the loaded corpus's terms (it is prior too when no
	// background file is given).
	corpus *Background
	// df counts the loaded documents that hold each word: its IDF.
	df map[string]int
	// outlet says, per phrase of the loaded corpus, which outlet uses it
	// (its index plus one), or manyOutlets when two or more do: recurrence
	// needs no more than that.
	outlet map[string]int32
	// capital counts, per word, its uses written with a capital inside a
	// sentence and in lower case (a sentence's first word counts as lower
	// case: runs lowers it).
	capital map[string][2]int
	docs    int
	minPi   [maxN + 1]float64
}

// capitalised reports whether a word is mostly written with a capital
// ("American", "Western"), so that it keeps one at the start of a sentence.
func (b *background) capitalised(key string) bool {
	c := b.capital[key]
	return c[0] > 0 && c[0] >= c[1]
}

const manyOutlets = -1

// Counts is the loaded corpus's side of the background: every term's count,
// the documents holding each word, which outlets use each phrase and how
// each word is capitalised. It is a sum over documents, so the counts of a
// corpus can be kept and brought up to date with new documents (Add)
// instead of counted again, and are the same whatever order documents come
// in. A Counts given to NewWith must not be added to while its Framer is in
// use.
type Counts struct {
	own     *Background
	df      map[string]int
	outlet  map[string]int32
	capital map[string][2]int
	docs    int
	// outlets numbers the outlets seen, from one, for outlet.
	outlets map[string]int32
	seen    map[string]bool
}

// NewCounts returns empty counts.
func NewCounts() *Counts {
	return &Counts{
		own: &Background{Name: "corpus", count: map[string]int{}},
		df:  map[string]int{}, outlet: map[string]int32{}, capital: map[string][2]int{},
		outlets: map[string]int32{}, seen: map[string]bool{},
	}
}

// Docs is the number of documents counted.
func (c *Counts) Docs() int { return c.docs }

// Terms is the number of distinct terms counted.
func (c *Counts) Terms() int { return len(c.own.count) }

// Count counts the background of docs, preparing them on opts.Workers
// workers a chunk at a time (only Stopwords and Workers of opts matter).
func Count(docs []*nlp.Doc, opts Options) *Counts {
	c := NewCounts()
	c.Add(docs, opts)
	return c
}

// Add counts docs into c, as Count does.
//
// Preparing a document (its runs and n-grams) is most of the work and
// runs on every worker. Merging its terms into c's tables, a few map
// operations per occurrence, took a core to itself: the tables are
// shared, so it ran on one goroutine while the workers waited. It now
// runs beside the preparing of the next chunk, on two goroutines that
// each own some of the tables (mergeTerms and mergeDocs) and take every
// document in order, so each table gets the same additions in the same
// order as on one goroutine, and c is the same whatever the workers.
func (c *Counts) Add(docs []*nlp.Doc, opts Options) {
	sw := opts.Stopwords
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	w := frameWorkers(opts)
	stems := newStemmers(w)
	// Two chunks' grams: one being merged while the next is prepared.
	var bufs [2][][]gram
	var merging sync.WaitGroup
	for k, start := 0, 0; start < len(docs); k, start = k+1, start+prepChunk {
		part := docs[start:min(start+prepChunk, len(docs))]
		if bufs[k%2] == nil {
			bufs[k%2] = make([][]gram, prepChunk)
		}
		gs := bufs[k%2][:len(part)]
		fanOut(len(part), w, func(next func() (int, bool)) {
			st := stems.get()
			defer stems.put(st)
			for i, ok := next(); ok; i, ok = next() {
				r, sents := runs(part[i], sw, st)
				gs[i] = grams(part[i], r, sents)
			}
		})
		// The chunk before is merged before this one starts: every
		// table takes the documents in their order.
		merging.Wait()
		merging.Add(2)
		go func() {
			defer merging.Done()
			c.mergeTerms(gs)
		}()
		go func() {
			defer merging.Done()
			c.mergeDocs(part, gs)
		}()
	}
	merging.Wait()
}

// mergeTerms adds the documents' grams to the term counts (c.own). It
// touches no other table.
func (c *Counts) mergeTerms(gs [][]gram) {
	for _, d := range gs {
		for _, g := range d {
			c.own.add(g.key, g.n, 1)
		}
	}
}

// mergeDocs adds the documents to every table but the term counts:
// the number of documents, the outlets, the words' capitalisation and
// document frequencies, and the outlets of phrases.
func (c *Counts) mergeDocs(docs []*nlp.Doc, gs [][]gram) {
	for i, d := range docs {
		c.addDoc(d, gs[i])
	}
}

// addDoc counts one document, its term counts aside (mergeTerms).
func (c *Counts) addDoc(d *nlp.Doc, gs []gram) {
	c.docs++
	oi, ok := c.outlets[d.Outlet]
	if !ok {
		oi = int32(len(c.outlets)) + 1
		c.outlets[d.Outlet] = oi
	}
	clear(c.seen)
	for _, g := range gs {
		if g.n == 1 {
			cp := c.capital[g.key]
			if r, _ := utf8.DecodeRuneInString(g.form); unicode.IsUpper(r) {
				cp[0]++
			} else {
				cp[1]++
			}
			c.capital[g.key] = cp
		}
		if c.seen[g.key] {
			continue
		}
		c.seen[g.key] = true
		if g.n == 1 {
			c.df[g.key]++
			continue
		}
		switch o, ok := c.outlet[g.key]; {
		case !ok:
			c.outlet[g.key] = oi
		case o != oi && o != manyOutlets:
			c.outlet[g.key] = manyOutlets
		}
	}
}

// background returns what framing reads of c, with the prior from file
// when it is not nil, else from c.
func (c *Counts) background(file *Background) *background {
	b := &background{prior: file, corpus: c.own, df: c.df, outlet: c.outlet, capital: c.capital, docs: c.docs}
	if b.prior == nil {
		b.prior = c.own
	}
	for n := 1; n <= maxN; n++ {
		// A term the background never saw gets half a count's share.
		b.minPi[n] = 0.5 / float64(b.priorFor(n).total[n]+1)
	}
	return b
}

// priorFor returns the table the prior of n-word terms is drawn from: the
// background file, or the loaded corpus for the lengths the file has no
// terms of (a file of single words says nothing of phrases, and taking
// its silence for "every phrase is new" would give each one half the
// prior mass).
func (b *background) priorFor(n int) *Background {
	if b.prior.total[n] == 0 {
		return b.corpus
	}
	return b.prior
}

// pi returns the background share of a term among terms of its length,
// never zero and never one (a share of one would make the log-odds
// infinite).
func (b *background) pi(key string, n int) float64 {
	p := b.priorFor(n)
	if c := p.count[key]; c > 0 && p.total[n] > 0 {
		return math.Min(float64(c)/float64(p.total[n]), 1-1e-6)
	}
	return b.minPi[n]
}

// collocation reports whether a phrase is a recurring collocation: it
// recurs beyond one writer (two outlets of the loaded corpus use it, or
// the background file counts it twice), and it accounts for at least half
// the uses of its rarer end word in the corpus, so that "rather than
// escalate" is one and "attack on Ukraine" is not.
func (b *background) collocation(key string) bool {
	if b.outlet[key] != manyOutlets && (b.prior == b.corpus || b.prior.count[key] < 2) {
		return false
	}
	words := strings.Fields(key)
	first, last := b.corpus.count[words[0]], b.corpus.count[words[len(words)-1]]
	rarer := min(first, last)
	return rarer > 0 && 2*b.corpus.count[key] >= rarer
}

func (b *background) idf(key string) float64 {
	return math.Log(float64(b.docs+1)/float64(b.df[key]+1)) + 1
}
