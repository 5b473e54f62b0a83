package frame

import (
	"bufio"
	"fmt"
	"hash/maphash"
	"io"
	"maps"
	"math"
	"slices"
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
	Name string
	// terms numbers the table's terms; count holds their counts by
	// number.
	terms termTable
	count []int
	total [maxN + 1]int
}

// newBackground returns an empty table.
func newBackground(name string) *Background {
	b := &Background{Name: name}
	b.terms.init(0)
	return b
}

// ReadBackground reads a background frequency file: one term per line, the
// term (a word or a phrase of up to three words, any case), a tab, and its
// count in the background corpus, a positive integer. Blank lines and lines
// starting with "#" are ignored. Terms are stemmed the way articles are, so
// "sanctions" and "sanction" add up. A malformed line is a
// *corpus.ParseError naming the line.
func ReadBackground(name string, r io.Reader) (*Background, error) {
	b := newBackground(name)
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
	i, _ := b.index(key, b.terms.hashOf(key))
	b.count[i] += count
	b.total[n] += count
}

// index returns the number of key, with hash h (terms.hashOf), adding the
// key with a count of 0 when it is new, and whether it is.
func (b *Background) index(key string, h uint64) (int, bool) {
	i, added := b.terms.add(key, h)
	if added {
		b.count = append(b.count, 0)
	}
	return i, added
}

// countOf returns the count of key, 0 when the table has none.
func (b *Background) countOf(key string) int {
	if i, ok := b.terms.find(key); ok {
		return b.count[i]
	}
	return 0
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
	// counts holds the rest of what the loaded corpus says of its terms:
	// their document frequencies, outlets and capitals.
	counts *Counts
	docs   int
	minPi  [maxN + 1]float64
}

// capitalised reports whether a word is mostly written with a capital
// ("American", "Western"), so that it keeps one at the start of a sentence.
func (b *background) capitalised(key string) bool {
	c := b.counts.capitalOf(key)
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
//
// Every term is numbered by own.terms, and what is known of it is kept in
// slices by that number (termtable.go says why): the slices hold no
// pointers, so the collector does not scan them.
type Counts struct {
	// own counts every term.
	own *Background
	// outlet says, per phrase, which outlet uses it (its index plus one),
	// or manyOutlets when two or more do: recurrence needs no more than
	// that. 0: none (a word).
	outlet []int32
	// word numbers, per term, its entry in words plus one; 0 for a term
	// never counted as a word. Words are a few in a hundred terms, so
	// what only words have is kept apart.
	word  []int32
	words []wordCounts
	docs  int
	// outlets numbers the outlets seen, from one, for outlet.
	outlets map[string]int32
	// makers are the word makers of Add's workers, kept from one Add to
	// the next while the stop words are the same (makersSW).
	makers   wordMakers
	makersSW nlp.Stopwords
}

// wordCounts is what is counted of a word beyond its uses.
type wordCounts struct {
	// df counts the documents that hold the word: its IDF.
	df int
	// capital counts its uses written with a capital inside a sentence
	// and in lower case (a sentence's first word counts as lower case:
	// runs lowers it).
	capital [2]int
}

// NewCounts returns empty counts.
func NewCounts() *Counts {
	return &Counts{own: newBackground("corpus"), outlets: map[string]int32{}}
}

// Docs is the number of documents counted.
func (c *Counts) Docs() int { return c.docs }

// Terms is the number of distinct terms counted.
func (c *Counts) Terms() int { return c.own.terms.len() }

// index returns the number of key, with hash h, adding the key with
// nothing counted when it is new.
func (c *Counts) index(key string, h uint64) int {
	i, added := c.own.index(key, h)
	if added {
		c.outlet = append(c.outlet, 0)
		c.word = append(c.word, 0)
	}
	return i
}

// reserve makes room for n terms in empty counts.
func (c *Counts) reserve(n int) {
	c.own.terms.init(n)
	c.own.count = make([]int, 0, n)
	c.outlet = make([]int32, 0, n)
	c.word = make([]int32, 0, n)
}

// wordAt returns the word counts of term i, making them when the term has
// none.
func (c *Counts) wordAt(i int) *wordCounts {
	w := c.word[i]
	if w == 0 {
		c.words = append(c.words, wordCounts{})
		w = int32(len(c.words))
		c.word[i] = w
	}
	return &c.words[w-1]
}

// wordOf returns the word counts of key; zero when it was never counted
// as a word.
func (c *Counts) wordOf(key string) wordCounts {
	if i, ok := c.own.terms.find(key); ok && c.word[i] != 0 {
		return c.words[c.word[i]-1]
	}
	return wordCounts{}
}

// capitalOf returns how often key was written with a capital inside a
// sentence and in lower case.
func (c *Counts) capitalOf(key string) [2]int { return c.wordOf(key).capital }

// dfOf returns the number of documents holding the word key.
func (c *Counts) dfOf(key string) int { return c.wordOf(key).df }

// outletOf returns the outlet of the phrase key (outlet).
func (c *Counts) outletOf(key string) int32 {
	if i, ok := c.own.terms.find(key); ok {
		return c.outlet[i]
	}
	return 0
}

// Count counts the background of docs, preparing them on opts.Workers
// workers a chunk at a time (only Stopwords and Workers of opts matter).
func Count(docs []*nlp.Doc, opts Options) *Counts {
	c := NewCounts()
	c.Add(docs, opts)
	return c
}

// Add counts docs into c, as Count does.
func (c *Counts) Add(docs []*nlp.Doc, opts Options) { c.AddKeeping(docs, opts, nil) }

// AddKeeping is Add that keeps in kept the preparation of each document it
// names, for a Framer to reuse (Framer.Reuse); kept may be nil.
//
// Preparing a document (its runs and n-grams, and the hashes of their
// keys) is most of the work and runs on every worker. Merging its terms
// into c, one look-up in c's term table per occurrence and a few slice
// updates, runs on one goroutine beside the preparing of the next chunk
// and takes every document in order, so c is the same whatever the
// workers. (The tables were maps by key, four look-ups and more per
// occurrence, merged on two goroutines that each owned some of them.)
func (c *Counts) AddKeeping(docs []*nlp.Doc, opts Options, kept *Kept) {
	sw := opts.Stopwords
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	w := frameWorkers(opts)
	makers := c.wordMakers(w, sw)
	// The workers hash keys with the table's seed, which never changes,
	// while the merge adds to the table.
	seed := c.own.terms.seed
	// Two chunks' grams and their keys' hashes: one being merged while
	// the next is prepared.
	var bufs [2][]preparedGrams
	var seen termSet
	var merging sync.WaitGroup
	for k, start := 0, 0; start < len(docs); k, start = k+1, start+prepChunk {
		part := docs[start:min(start+prepChunk, len(docs))]
		if bufs[k%2] == nil {
			bufs[k%2] = make([]preparedGrams, prepChunk)
		}
		ps := bufs[k%2][:len(part)]
		fanOut(len(part), w, func(next func() (int, bool)) {
			wm := makers.get()
			defer makers.put(wm)
			wm.st = nlp.Stemmer{} // as in FrameAll
			for i, ok := next(); ok; i, ok = next() {
				pr := prepare(part[i])
				if kept.wants(part[i]) {
					kept.keep(part[i], pr)
				}
				r, _ := runsWith(part[i], wm, pr)
				p := &ps[i]
				p.grams = countGrams(part[i], r)
				p.hashes = slices.Grow(p.hashes[:0], len(p.grams))
				for _, g := range p.grams {
					p.hashes = append(p.hashes, maphash.String(seed, g.key))
				}
			}
		})
		// The chunk before is merged before this one starts: the
		// documents are counted in their order.
		merging.Wait()
		merging.Add(1)
		go func() {
			defer merging.Done()
			for i, d := range part {
				c.addDoc(d, ps[i].grams, ps[i].hashes, &seen)
				ps[i].grams = nil
			}
		}()
	}
	merging.Wait()
}

// wordMakers returns n word makers for Add's workers with stop words sw:
// those of the last Add when it had as many and the same stop words, so
// that the words made for one batch of documents are looked up in the
// next.
func (c *Counts) wordMakers(n int, sw nlp.Stopwords) wordMakers {
	if c.makers == nil || cap(c.makers) != n || !maps.Equal(c.makersSW, sw) {
		c.makers, c.makersSW = newWordMakers(n, sw), sw
	}
	return c.makers
}

// termSet is a set of term numbers, the terms met in one document, so
// that a term counts once a document for df and outlet. It is small (a
// document holds a few thousand n-grams) and made empty for each
// document, so it stays in the processor's cache, where a mark per term
// of the corpus would not.
type termSet struct {
	slots []uint32 // a term's number plus one; 0 is empty
	shift uint     // 32 - log2(len(slots))
}

// reset empties s, with room for n terms at most half full.
func (s *termSet) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if size > cap(s.slots) {
		s.slots = make([]uint32, size)
	} else {
		s.slots = s.slots[:size]
		clear(s.slots)
	}
	s.shift = 32 - log2(size)
}

// add adds term i to s and reports whether s lacked it.
func (s *termSet) add(i int) bool {
	mask := len(s.slots) - 1
	// Fibonacci hashing: the top bits of i times 2^32 over the golden
	// ratio spread consecutive numbers over the slots.
	for p := int(uint32(i)*0x9e3779b9>>s.shift) & mask; ; p = (p + 1) & mask {
		switch s.slots[p] {
		case 0:
			s.slots[p] = uint32(i) + 1
			return true
		case uint32(i) + 1:
			return false
		}
	}
}

// preparedGrams is a document's grams and the hashes of their keys in c's
// term table.
type preparedGrams struct {
	grams  []countGram
	hashes []uint64
}

// countGram is what the background counts of a gram: its key, its
// length and, of a word, whether its form starts with a capital.
type countGram struct {
	key     string
	n       int32
	capital bool
}

// countGrams lists the grams grams lists of a document from its runs rs,
// in the same order, as the background counts them: without the surface
// forms, the sentences, tokens and voices, and the checks of noun
// phrases and fragments that framing reads and counting does not (a
// third of the time counting took to list them, and most of the bytes).
// TestCountMergesAsOneGoroutine holds the counts to those of grams.
func countGrams(d *nlp.Doc, rs [][]word) []countGram {
	out := make([]countGram, 0, gramsAtMost(rs))
	names := mentionTokens(d)
	names.addCapitalSpans(d, rs)
	for _, r := range rs {
		for i := range r {
			if r[i].stop {
				continue
			}
			if !names.inLongName(r[i].tok) && !r[i].title {
				first, _ := utf8.DecodeRuneInString(r[i].form)
				out = append(out, countGram{key: r[i].key, n: 1, capital: unicode.IsUpper(first)})
			}
			for n := 2; n <= maxN && i+n <= len(r); n++ {
				if r[i+n-1].stop {
					continue
				}
				var key string
				if n == 2 {
					key = r[i].key + " " + r[i+1].key
				} else {
					key = r[i].key + " " + r[i+1].key + " " + r[i+2].key
				}
				out = append(out, countGram{key: key, n: int32(n)})
			}
		}
	}
	return out
}

// addDoc counts one document, whose grams gs have the key hashes hs;
// seen is scratch space.
func (c *Counts) addDoc(d *nlp.Doc, gs []countGram, hs []uint64, seen *termSet) {
	c.docs++
	oi, ok := c.outlets[d.Outlet]
	if !ok {
		oi = int32(len(c.outlets)) + 1
		c.outlets[d.Outlet] = oi
	}
	seen.reset(len(gs))
	for k := range gs {
		g := &gs[k]
		i := c.index(g.key, hs[k])
		c.own.count[i]++
		c.own.total[g.n]++
		var wc *wordCounts
		if g.n == 1 {
			wc = c.wordAt(i)
			if g.capital {
				wc.capital[0]++
			} else {
				wc.capital[1]++
			}
		}
		if !seen.add(i) {
			continue
		}
		if g.n == 1 {
			wc.df++
			continue
		}
		switch o := c.outlet[i]; {
		case o == 0:
			c.outlet[i] = oi
		case o != oi && o != manyOutlets:
			c.outlet[i] = manyOutlets
		}
	}
}

// background returns what framing reads of c, with the prior from file
// when it is not nil, else from c.
func (c *Counts) background(file *Background) *background {
	b := &background{prior: file, corpus: c.own, counts: c, docs: c.docs}
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
	if c := p.countOf(key); c > 0 && p.total[n] > 0 {
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
	if b.counts.outletOf(key) != manyOutlets && (b.prior == b.corpus || b.prior.countOf(key) < 2) {
		return false
	}
	words := strings.Fields(key)
	first, last := b.corpus.countOf(words[0]), b.corpus.countOf(words[len(words)-1])
	rarer := min(first, last)
	return rarer > 0 && 2*b.corpus.countOf(key) >= rarer
}

func (b *background) idf(key string) float64 {
	return math.Log(float64(b.docs+1)/float64(b.counts.dfOf(key)+1)) + 1
}
