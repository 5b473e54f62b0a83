package frame

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/google/go-cmp/cmp"
)

// manyDocs repeats the sample corpus until it fills more than two
// chunks of prepChunk documents, each copy under other outlets, so that
// Add merges one chunk while it prepares the next and outlets meet in
// phrases the way a large corpus's do.
func manyDocs(t testing.TB) []*nlp.Doc {
	t.Helper()
	docs, _, _ := sampleDocs(t)
	var out []*nlp.Doc
	for copyN := 0; len(out) < 2*prepChunk+len(docs)/2; copyN++ {
		for _, d := range docs {
			c := *d
			c.ID = fmt.Sprintf("%s-%d", d.ID, copyN)
			// Every third copy keeps the outlets: some phrases stay
			// with one outlet over copies, others meet several.
			if copyN%3 != 0 {
				c.Outlet = fmt.Sprintf("%s %d", d.Outlet, copyN)
			}
			out = append(out, &c)
		}
	}
	return out
}

// countOneByOne counts docs the way Add did before its merge ran on
// two goroutines: prepared and added one document at a time, every
// table on one goroutine.
func countOneByOne(docs []*nlp.Doc) *Counts {
	c := NewCounts()
	sw := nlp.DefaultStopwords()
	st := nlp.Stemmer{}
	seen := map[string]bool{}
	for _, d := range docs {
		r, sents := runs(d, sw, st)
		c.docs++
		oi, ok := c.outlets[d.Outlet]
		if !ok {
			oi = int32(len(c.outlets)) + 1
			c.outlets[d.Outlet] = oi
		}
		clear(seen)
		for _, g := range grams(d, r, sents) {
			c.own.count[g.key]++
			c.own.total[g.n]++
			if g.n == 1 {
				cp := c.capital[g.key]
				if r, _ := utf8.DecodeRuneInString(g.form); unicode.IsUpper(r) {
					cp[0]++
				} else {
					cp[1]++
				}
				c.capital[g.key] = cp
			}
			if seen[g.key] {
				continue
			}
			seen[g.key] = true
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
	return c
}

// TestCountMergesAsOneGoroutine: counts merged on two goroutines beside
// the preparing of the next chunk hold exactly what counting one
// document at a time on one goroutine holds, every table and the
// outlets' numbering included (the numbering is kept with the counts),
// whatever the number of workers and however the documents are split
// between calls to Add.
func TestCountMergesAsOneGoroutine(t *testing.T) {
	docs := manyDocs(t)
	want := countOneByOne(docs)
	tables := func(c *Counts) map[string]any {
		return map[string]any{
			"count": c.own.count, "total": c.own.total, "df": c.df, "capital": c.capital,
			"outlet": c.outlet, "outlets": c.outlets, "docs": c.docs,
		}
	}
	for _, tc := range []struct {
		name    string
		workers int
		split   int // documents in the first call to Add; 0 for one call
	}{
		{"one worker", 1, 0},
		{"two workers", 2, 0},
		{"three workers", 3, 0},
		{"two workers, added in two parts", 2, prepChunk + 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Workers: tc.workers}
			c := NewCounts()
			if tc.split > 0 {
				c.Add(docs[:tc.split], opts)
				c.Add(docs[tc.split:], opts)
			} else {
				c.Add(docs, opts)
			}
			if c.Docs() != len(docs) || c.Terms() == 0 {
				t.Fatalf("counted %d terms of %d documents, want %d documents", c.Terms(), c.Docs(), len(docs))
			}
			if d := cmp.Diff(tables(want), tables(c)); d != "" {
				t.Errorf("counts differ from one document at a time (-want +got):\n%s", d)
			}
		})
	}
}

// BenchmarkCount counts the background of the sample corpus repeated
// past two chunks: preparing every document and merging its terms.
func BenchmarkCount(b *testing.B) {
	docs := manyDocs(b)
	b.ReportAllocs()
	for b.Loop() {
		Count(docs, Options{})
	}
}
