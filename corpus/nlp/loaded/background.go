package loaded

// The general-news background: in how many news articles a word appears.
//
// A loaded word is often a rare one ("skulduggery", "grandstanding"), and one
// that partisan outlets use more than centrist ones; both are measured
// against a fixed corpus of real news rather than the articles at hand, so
// a word's rarity does not depend on what else was loaded. The counts come
// from the Article-Bias-Prediction corpus (37,554 US political articles
// 2012-2020, each outlet rated left, center or right by AllSides); they are
// built by `go run ./scripts/background` and embedded from background.tsv
// (source and licence in SOURCE.md).
//
// File format, tab-separated, "#" comments:
//
//	*	37554	36112345	13005	10815	13734
//	sanction	2263	6734	791	741	731
//
// the term (nlp.NormTerm's key: the Snowball stem of the lower-case word,
// or an acronym as written without dots), the number of documents holding
// it, its occurrences, and the documents holding it among the articles of
// left-, center- and right-rated outlets. The row "*" gives the totals:
// the number of documents, of word occurrences, and of documents of each
// rating. Terms in fewer than MinDocs documents are left out.

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Rating is AllSides' rating of an outlet in the background corpus.
type Rating int

// The ratings, in the order of the file's columns.
const (
	Left Rating = iota
	Center
	Right
	numRatings
)

// MinDocs is the fewest documents a term of the embedded background
// appears in: rarer terms are left out to keep the file small, and all
// count as rare.
const MinDocs = 5

// Background holds document frequencies of terms in a news corpus. The
// zero value is an empty background.
type Background struct {
	// Name says where the counts come from.
	Name  string
	docs  int
	words int
	byRat [numRatings]int
	terms map[string]termCounts
}

type termCounts struct {
	df, count int32
	byRat     [numRatings]int32
}

//go:embed background.tsv
var backgroundFile string

var newsBackground = sync.OnceValue(func() *Background {
	b, err := ReadBackground("background.tsv", strings.NewReader(backgroundFile))
	if err != nil {
		panic("loaded: embedded background: " + err.Error())
	}
	b.Name = "Article-Bias-Prediction (Baly et al. 2020), 37,554 US news articles 2012-2020"
	return b
})

// News returns the embedded general-news background. It is shared and
// read-only.
func News() *Background { return newsBackground() }

// Docs returns the number of documents of the background.
func (b *Background) Docs() int { return b.docs }

// Words returns the number of word occurrences of the background.
func (b *Background) Words() int { return b.words }

// DocsRated returns the number of documents from outlets of one rating.
func (b *Background) DocsRated(r Rating) int { return b.byRat[r] }

// DF returns the number of documents holding a word, given as written in
// any case ("Sanctions", "U.S."): it is normalised as nlp.NormTerm does.
// A word the background left out (fewer than MinDocs documents) gives 0.
func (b *Background) DF(word string) int { return b.DFKey(Key(word, nlp.Stemmer{})) }

// DFKey returns the number of documents holding a term given by its
// nlp.NormTerm key (a stem, or an acronym without dots), as framing counts
// terms.
func (b *Background) DFKey(key string) int { return int(b.terms[key].df) }

// Count returns the occurrences of a term given by its nlp.NormTerm key:
// term frequencies for a log-odds prior.
func (b *Background) Count(key string) int { return int(b.terms[key].count) }

// DFRated returns the number of documents from outlets of one rating that
// hold a term given by its key.
func (b *Background) DFRated(key string, r Rating) int { return int(b.terms[key].byRat[r]) }

// Terms returns the number of terms the background holds.
func (b *Background) Terms() int { return len(b.terms) }

// Rarity is how rare a term is in the background, from 0 (in every
// document) to 1 (in none): log((N+1)/(df+1)) / log(N+1), an inverse
// document frequency scaled to [0, 1] (and clipped to it, should a
// hand-made file count a term in more documents than it has). A term left out of the background
// counts as in half of MinDocs documents.
func (b *Background) Rarity(key string) float64 {
	if b.docs == 0 {
		return 0
	}
	df := float64(b.terms[key].df)
	if df == 0 {
		df = MinDocs / 2.0
	}
	n := float64(b.docs) + 1
	return max(0, min(1, math.Log(n/(df+1))/math.Log(n)))
}

// Slant is how much more often the articles of left- and right-rated
// outlets use a term than those of center-rated outlets: the log of the
// ratio of its document rates, add-one smoothed, clipped to [-2, 2]. A
// term left out of the background has slant 0. It is a trace of partisan
// word choice, not a measure of it: the ratings are of outlets, not of
// articles.
func (b *Background) Slant(key string) float64 {
	t, ok := b.terms[key]
	if !ok || b.docs == 0 {
		return 0
	}
	side := (float64(t.byRat[Left]+t.byRat[Right]) + 1) / (float64(b.byRat[Left]+b.byRat[Right]) + 2)
	center := (float64(t.byRat[Center]) + 1) / (float64(b.byRat[Center]) + 2)
	return max(-2, min(2, math.Log(side/center)))
}

// Key returns a word's term key, as nlp.NormTerm makes it: an acronym as
// written without dots ("U.S." is "US"), otherwise the Snowball stem of the
// lower-case word. st caches stems (nil: none); it may not be shared
// between goroutines.
func Key(word string, st nlp.Stemmer) string {
	if st == nil {
		st = nlp.Stemmer{}
	}
	return nlp.NormTerm(word, "", nil, st).Key
}

// Add counts one document of a background being built: the term keys of
// its word occurrences, and the rating of its outlet.
func (b *Background) Add(r Rating, keys []string) {
	if b.terms == nil {
		b.terms = map[string]termCounts{}
	}
	b.docs++
	b.byRat[r]++
	b.words += len(keys)
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		t := b.terms[k]
		t.count++
		if !seen[k] {
			seen[k] = true
			t.df++
			t.byRat[r]++
		}
		b.terms[k] = t
	}
}

// Prune drops the terms found in fewer than min documents.
func (b *Background) Prune(min int) {
	for k, t := range b.terms {
		if int(t.df) < min {
			delete(b.terms, k)
		}
	}
}

// Write writes b in the file format ReadBackground reads, after the
// comment lines given (each gets its "# "), terms in byte order, so the
// same counts always give the same bytes.
func (b *Background) Write(w io.Writer, comments ...string) error {
	bw := bufio.NewWriter(w)
	for _, c := range comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	fmt.Fprintf(bw, "*\t%d\t%d\t%d\t%d\t%d\n", b.docs, b.words, b.byRat[Left], b.byRat[Center], b.byRat[Right])
	for _, k := range slices.Sorted(maps.Keys(b.terms)) {
		t := b.terms[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d\t%d\n", k, t.df, t.count, t.byRat[Left], t.byRat[Center], t.byRat[Right])
	}
	return bw.Flush()
}

// ReadBackground reads a background file (the format is described atop
// background.go). A malformed line is a *corpus.ParseError naming it.
func ReadBackground(name string, r io.Reader) (*Background, error) {
	b := &Background{Name: name, terms: map[string]termCounts{}}
	sc := bufio.NewScanner(r)
	sawTotals := false
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 6 {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("want 6 tab-separated fields, got %d", len(f))}
		}
		var n [5]int
		for i := range n {
			v, err := strconv.Atoi(f[i+1])
			if err != nil || v < 0 || v > math.MaxInt32 {
				return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("field %d: %q is not a count", i+2, f[i+1])}
			}
			n[i] = v
		}
		if f[0] == "*" {
			b.docs, b.words = n[0], n[1]
			copy(b.byRat[:], n[2:])
			sawTotals = true
			continue
		}
		if _, dup := b.terms[f[0]]; dup {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("term %q listed twice", f[0])}
		}
		b.terms[f[0]] = termCounts{df: int32(n[0]), count: int32(n[1]), byRat: [numRatings]int32{int32(n[2]), int32(n[3]), int32(n[4])}}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if !sawTotals || b.docs == 0 {
		return nil, &corpus.ParseError{Source: name, Err: fmt.Errorf("no totals row \"*\" with a positive number of documents")}
	}
	return b, nil
}
