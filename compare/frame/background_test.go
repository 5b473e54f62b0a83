package frame

import (
	"fmt"
	"hash/maphash"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
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

// plainCounts is the background counts as they were kept before the
// term table (termtable.go): a map by key for each table. The tests hold
// the compact counts to it.
type plainCounts struct {
	count   map[string]int
	total   [maxN + 1]int
	df      map[string]int
	outlet  map[string]int32
	capital map[string][2]int
	outlets map[string]int32
	docs    int
	seen    map[string]bool
}

func newPlainCounts() *plainCounts {
	return &plainCounts{
		count: map[string]int{}, df: map[string]int{}, outlet: map[string]int32{},
		capital: map[string][2]int{}, outlets: map[string]int32{}, seen: map[string]bool{},
	}
}

// addDoc counts one document's grams into p as Counts.addDoc did with
// maps.
func (p *plainCounts) addDoc(outlet string, gs []gram) {
	p.docs++
	oi, ok := p.outlets[outlet]
	if !ok {
		oi = int32(len(p.outlets)) + 1
		p.outlets[outlet] = oi
	}
	clear(p.seen)
	for _, g := range gs {
		p.count[g.key]++
		p.total[g.n]++
		if g.n == 1 {
			cp := p.capital[g.key]
			if r, _ := utf8.DecodeRuneInString(g.form); unicode.IsUpper(r) {
				cp[0]++
			} else {
				cp[1]++
			}
			p.capital[g.key] = cp
		}
		if p.seen[g.key] {
			continue
		}
		p.seen[g.key] = true
		if g.n == 1 {
			p.df[g.key]++
			continue
		}
		switch o, ok := p.outlet[g.key]; {
		case !ok:
			p.outlet[g.key] = oi
		case o != oi && o != manyOutlets:
			p.outlet[g.key] = manyOutlets
		}
	}
}

// counted returns what the background counts of gs.
func counted(gs []gram) []countGram {
	out := make([]countGram, len(gs))
	for i, g := range gs {
		r, _ := utf8.DecodeRuneInString(g.form)
		out[i] = countGram{key: g.key, n: int32(g.n), capital: g.n == 1 && unicode.IsUpper(r)}
	}
	return out
}

// TestCountGramsLikeGrams: what counting lists of a document is what it
// read of the grams framing lists, in the same order, on every document
// of the sample corpus and of manyDocs.
func TestCountGramsLikeGrams(t *testing.T) {
	docs, _, _ := sampleDocs(t)
	docs = append(docs, manyDocs(t)...)
	sw, st := nlp.DefaultStopwords(), nlp.Stemmer{}
	for _, d := range docs {
		r, sents := runs(d, newWordMaker(sw, st))
		want := counted(grams(d, r, sents))
		if got := countGrams(d, r); !slices.Equal(got, want) {
			t.Fatalf("%s: %d grams counted, want %d (first %v, want %v)", d.ID, len(got), len(want), got[:min(3, len(got))], want[:min(3, len(want))])
		}
	}
}

// plainOf returns c's counts as maps by key, as plainCounts keeps them.
func plainOf(c *Counts) *plainCounts {
	p := newPlainCounts()
	p.seen = nil
	p.total, p.docs = c.own.total, c.docs
	for name, i := range c.outlets {
		p.outlets[name] = i
	}
	for i, n := range c.own.count {
		key := string(c.own.terms.key(i))
		p.count[key] = n
		if w := c.word[i]; w != 0 {
			wc := c.words[w-1]
			p.capital[key] = wc.capital
			if wc.df > 0 {
				p.df[key] = wc.df
			}
		}
		if o := c.outlet[i]; o != 0 {
			p.outlet[key] = o
		}
	}
	return p
}

// tables returns p's tables for cmp.Diff.
func (p *plainCounts) tables() map[string]any {
	return map[string]any{
		"count": p.count, "total": p.total, "df": p.df, "capital": p.capital,
		"outlet": p.outlet, "outlets": p.outlets, "docs": p.docs,
	}
}

// countOneByOne counts docs the way Add did before its merge ran beside
// the preparing of the next chunk: prepared and added one document at a
// time, into maps, on one goroutine.
func countOneByOne(docs []*nlp.Doc) *plainCounts {
	p := newPlainCounts()
	sw := nlp.DefaultStopwords()
	st := nlp.Stemmer{}
	for _, d := range docs {
		r, sents := runs(d, newWordMaker(sw, st))
		p.addDoc(d.Outlet, grams(d, r, sents))
	}
	return p
}

// TestCountMergesAsOneGoroutine: counts merged beside the preparing of
// the next chunk hold exactly what counting one document at a time into
// maps holds, every table and the outlets' numbering included (the
// numbering is kept with the counts), whatever the number of workers and
// however the documents are split between calls to Add.
func TestCountMergesAsOneGoroutine(t *testing.T) {
	docs := manyDocs(t)
	want := countOneByOne(docs).tables()
	for _, tc := range []struct {
		name    string
		workers int
		split   int // documents in the first call to Add; 0 for one call
	}{
		{"one worker", 1, 0},
		{"two workers", 2, 0},
		{"three workers", 3, 0},
		{"eight workers", 8, 0},
		{"two workers, added in two parts", 2, prepChunk + 7},
		{"one worker, added in two parts", 1, 5},
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
			if d := cmp.Diff(want, plainOf(c).tables()); d != "" {
				t.Errorf("counts differ from one document at a time (-want +got):\n%s", d)
			}
		})
	}
}

// TestCountAnyOrder: documents counted in any order, on any number of
// workers and in any number of parts, give the same answers to framing
// (the outlet numbering aside: it follows the order outlets are met).
func TestCountAnyOrder(t *testing.T) {
	docs := manyDocs(t)
	want := Count(docs, Options{Workers: 1}).background(nil).summary()
	rng := rand.New(rand.NewPCG(1, 2))
	for k := range 4 {
		shuffled := slices.Clone(docs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		workers := 1 + k
		c := NewCounts()
		for start := 0; start < len(shuffled); {
			end := min(start+1+rng.IntN(2*prepChunk), len(shuffled))
			c.Add(shuffled[start:end], Options{Workers: workers})
			start = end
		}
		if d := cmp.Diff(want, c.background(nil).summary()); d != "" {
			t.Errorf("shuffle %d, %d workers: counts differ (-in order +shuffled):\n%s", k, workers, d)
		}
	}
}

// randomGrams returns documents of random grams over a small vocabulary,
// so that terms repeat within and across documents; some keys are both a
// word and a phrase, and some hold spaces as words, which the counts must
// keep apart no more than the maps did.
func randomGrams(rng *rand.Rand, docs int) (outlets []string, gs [][]gram) {
	vocab := []string{"russia", "ukrain", "talk", "sanction", "nato", "border", "the", "ş", "ünic", "a", ""}
	for range docs {
		outlets = append(outlets, fmt.Sprintf("outlet %d", rng.IntN(5)))
		var d []gram
		for range rng.IntN(60) {
			n := 1 + rng.IntN(maxN)
			words := make([]string, n)
			for k := range words {
				words[k] = vocab[rng.IntN(len(vocab))]
			}
			key := strings.Join(words, " ")
			if rng.IntN(20) == 0 {
				n = 1 + rng.IntN(maxN) // a key whose length says nothing
			}
			form := key
			if rng.IntN(3) == 0 {
				form = strings.ToUpper(form)
			}
			d = append(d, gram{key: key, form: form, n: n})
		}
		gs = append(gs, d)
	}
	return outlets, gs
}

// TestCountsLikeMaps: the compact counts hold what maps by key hold, for
// random documents added in several parts, and answer every question
// framing asks of them (counts, shares, document frequencies,
// capitals, recurrence) as the maps do, for terms counted and not.
func TestCountsLikeMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 20 {
		outlets, gs := randomGrams(rng, 1+rng.IntN(80))
		c := NewCounts()
		p := newPlainCounts()
		for start := 0; start < len(gs); {
			end := min(start+1+rng.IntN(30), len(gs))
			// As Add does, without preparing documents.
			var seen termSet
			for i := start; i < end; i++ {
				hs := make([]uint64, len(gs[i]))
				for k, g := range gs[i] {
					hs[k] = c.own.terms.hashOf(g.key)
				}
				c.addDoc(&nlp.Doc{Article: corpus.Article{Outlet: outlets[i]}}, counted(gs[i]), hs, &seen)
				p.addDoc(outlets[i], gs[i])
			}
			start = end
		}
		if d := cmp.Diff(p.tables(), plainOf(c).tables()); d != "" {
			t.Fatalf("round %d: counts differ from maps (-maps +compact):\n%s", round, d)
		}
		if c.Terms() != len(p.count) {
			t.Errorf("round %d: %d terms, want %d", round, c.Terms(), len(p.count))
		}
		b := c.background(nil)
		keys := slices.Sorted(maps.Keys(p.count))
		keys = append(keys, "never counted", "russia  ukrain", "russia ukrain talk sanction")
		for _, key := range keys {
			cp := p.capital[key]
			pc := []any{
				p.count[key], p.df[key], p.outlet[key], cp[0] > 0 && cp[0] >= cp[1],
				math.Log(float64(p.docs+1)/float64(p.df[key]+1)) + 1,
			}
			got := []any{c.own.countOf(key), c.dfOf(key), c.outletOf(key), b.capitalised(key), b.idf(key)}
			if d := cmp.Diff(pc, got); d != "" {
				t.Errorf("round %d, %q: answers differ (-maps +compact):\n%s", round, key, d)
			}
			for n := 1; n <= maxN; n++ {
				want := 0.5 / float64(p.total[n]+1)
				if k := p.count[key]; k > 0 && p.total[n] > 0 {
					want = math.Min(float64(k)/float64(p.total[n]), 1-1e-6)
				}
				if got := b.pi(key, n); got != want {
					t.Errorf("round %d: pi(%q, %d) = %g, want %g", round, key, n, got, want)
				}
			}
			if strings.Count(key, " ") > 0 && strings.TrimSpace(key) == key && !strings.Contains(key, "  ") {
				words := strings.Fields(key)
				rarer := min(p.count[words[0]], p.count[words[len(words)-1]])
				want := p.outlet[key] == manyOutlets && rarer > 0 && 2*p.count[key] >= rarer
				if got := b.collocation(key); got != want {
					t.Errorf("round %d: collocation(%q) = %v, want %v", round, key, got, want)
				}
			}
		}
	}
}

// TestTermTable: the table numbers keys in the order they are first
// added and finds each again, through its growth, as a map does; keys
// that are prefixes of one another, empty or alike in their hashes' top
// bits stay apart.
func TestTermTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var tt termTable
	want := map[string]int{}
	var order []string
	for range 20000 {
		b := make([]byte, rng.IntN(6))
		for k := range b {
			b[k] = "ab c\xff"[rng.IntN(5)]
		}
		key := string(b)
		i, added := tt.add(key, tt.hashOf(key))
		w, had := want[key]
		if !had {
			w = len(want)
			want[key] = w
			order = append(order, key)
		}
		if i != w || added == had {
			t.Fatalf("add(%q) = %d, %v; want %d, %v", key, i, added, w, !had)
		}
	}
	if tt.len() != len(want) {
		t.Fatalf("len %d, want %d", tt.len(), len(want))
	}
	for i, key := range order {
		if got, ok := tt.find(key); !ok || got != i || string(tt.key(i)) != key {
			t.Errorf("find(%q) = %d, %v, key %q; want %d", key, got, ok, tt.key(i), i)
		}
	}
	if _, ok := tt.find("not there at all"); ok {
		t.Error("found a key never added")
	}
	// Every key under one hash: the probes must compare keys.
	var same termTable
	for i, key := range []string{"x", "y", "", "xy"} {
		if got, added := same.add(key, 42<<32|7); got != i || !added {
			t.Errorf("same hash: add(%q) = %d, %v; want %d, true", key, got, added, i)
		}
	}
	for i, key := range []string{"x", "y", "", "xy"} {
		if got, ok := same.index(key, 42<<32|7); !ok || got != i {
			t.Errorf("same hash: index(%q) = %d, %v; want %d", key, got, ok, i)
		}
	}
	if _, ok := same.index("z", 42<<32|7); ok {
		t.Error("same hash: found a key never added")
	}
	var empty termTable
	if _, ok := empty.find("x"); ok || empty.len() != 0 {
		t.Error("the empty table holds a key")
	}
}

// TestTermSet: the set of a document's terms answers as a map does,
// made empty again for documents of every size.
func TestTermSet(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var s termSet
	for doc := range 200 {
		n := rng.IntN(3000)
		s.reset(n)
		want := map[int]bool{}
		for range n {
			i := rng.IntN(1 + rng.IntN(5000))
			if rng.IntN(10) == 0 {
				i = math.MaxUint32 - 2 - rng.IntN(3) // the largest numbers a table gives
			}
			if got := s.add(i); got != !want[i] {
				t.Fatalf("document %d: add(%d) = %v, want %v", doc, i, got, !want[i])
			}
			want[i] = true
		}
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

// BenchmarkCountMerge merges the prepared documents of BenchmarkCount
// into empty counts: the part of Add that runs on one goroutine, beside
// the preparing of the next chunk.
func BenchmarkCountMerge(b *testing.B) {
	docs := manyDocs(b)
	seed := NewCounts().own.terms.seed
	gs := make([][]countGram, len(docs))
	hs := make([][]uint64, len(docs))
	sw, st := nlp.DefaultStopwords(), nlp.Stemmer{}
	for i, d := range docs {
		r, _ := runs(d, newWordMaker(sw, st))
		gs[i] = countGrams(d, r)
		for _, g := range gs[i] {
			hs[i] = append(hs[i], maphash.String(seed, g.key))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		c := NewCounts()
		c.own.terms.seed = seed
		var seen termSet
		for i, d := range docs {
			c.addDoc(d, gs[i], hs[i], &seen)
		}
	}
}
