package frame

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
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

// backgroundBuilder counts the loaded corpus's terms one document at a
// time, so that a document's terms can be dropped once counted.
type backgroundBuilder struct {
	b       *background
	own     *Background
	outlets map[string]int32
	seen    map[string]bool
}

// newBackgroundBuilder starts counting docs documents; the prior comes from
// file when it is not nil, else from the counts.
func newBackgroundBuilder(docs int, file *Background) *backgroundBuilder {
	return &backgroundBuilder{
		b:       &background{df: map[string]int{}, outlet: map[string]int32{}, capital: map[string][2]int{}, docs: docs, prior: file},
		own:     &Background{Name: "corpus", count: map[string]int{}},
		outlets: map[string]int32{},
		seen:    map[string]bool{},
	}
}

// add counts one document's terms. The counts do not depend on the order
// documents are added in.
func (bb *backgroundBuilder) add(d *nlp.Doc, gs []gram) {
	b := bb.b
	oi, ok := bb.outlets[d.Outlet]
	if !ok {
		oi = int32(len(bb.outlets)) + 1
		bb.outlets[d.Outlet] = oi
	}
	clear(bb.seen)
	for _, g := range gs {
		bb.own.add(g.key, g.n, 1)
		if g.n == 1 {
			c := b.capital[g.key]
			if r, _ := utf8.DecodeRuneInString(g.form); unicode.IsUpper(r) {
				c[0]++
			} else {
				c[1]++
			}
			b.capital[g.key] = c
		}
		if bb.seen[g.key] {
			continue
		}
		bb.seen[g.key] = true
		if g.n == 1 {
			b.df[g.key]++
			continue
		}
		switch o, ok := b.outlet[g.key]; {
		case !ok:
			b.outlet[g.key] = oi
		case o != oi && o != manyOutlets:
			b.outlet[g.key] = manyOutlets
		}
	}
}

// finish returns the background counted.
func (bb *backgroundBuilder) finish() *background {
	b := bb.b
	b.corpus = bb.own
	if b.prior == nil {
		b.prior = bb.own
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
