package align

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	synthcorpus "github.com/framediff/framediff/internal/synth"
)

// synthDocs returns n synthetic articles in the corpus's order, names
// resolved across them.
func synthDocs(n int, seed uint64) []*nlp.Doc {
	g := synthcorpus.New(n, synthcorpus.Config{Seed: seed, Days: 60})
	docs := make([]*nlp.Doc, n)
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	return nlp.ResolveNames(docs, nil, 0)
}

// corpusOf reads docs into a new Corpus.
func corpusOf(docs []*nlp.Doc) *Corpus {
	c := NewCorpus(nil, 2)
	c.Add(docs)
	return c
}

// keyedProfiles returns each article's profile as its terms' and
// entities' weights by hashed key, which do not depend on the ids a
// vocabulary gives them.
func keyedProfiles(al *aligner) map[string][2]map[uint64]float32 {
	hashOf := func(shards []map[uint64]int32) map[int32]uint64 {
		out := map[int32]uint64{}
		for _, m := range shards {
			for h, id := range m {
				out[id] = h
			}
		}
		return out
	}
	th, eh := hashOf(al.vocab.tid), hashOf(al.vocab.eid)
	out := map[string][2]map[uint64]float32{}
	for i, p := range al.ps {
		t, e := map[uint64]float32{}, map[uint64]float32{}
		for k, id := range p.terms.ids {
			t[th[id]] = p.terms.ws[k]
		}
		for k, id := range p.ents.ids {
			e[eh[id]] = p.ents.ws[k]
		}
		out[al.arts[i].id] = [2]map[uint64]float32{t, e}
	}
	return out
}

// TestKeptFrequencies: frequencies counted over the articles aligned
// weigh them as the corpus's own IDF does, to the bit; frequencies kept
// from the older articles leave every older article's vector as it was
// when newer articles are added, which the corpus's IDF does not.
func TestKeptFrequencies(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(600, 3)
	old := docs[:540]
	opts := defaultOptions

	t.Run("own frequencies are the corpus's IDF", func(t *testing.T) {
		want, err := corpusOf(docs).Align(ctx, opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		c := corpusOf(docs)
		kept := opts
		kept.Frequencies = c.Frequencies()
		if kept.Frequencies.Docs() != len(docs) {
			t.Fatalf("%d articles counted, want %d", kept.Frequencies.Docs(), len(docs))
		}
		got, err := c.Align(ctx, kept, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Events) < 10 {
			t.Fatalf("%d events; the test needs more", len(want.Events))
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatal("aligned by the corpus's own frequencies, the events differ from its IDF's")
		}
	})

	for _, tc := range []struct {
		name      string
		kept      bool
		unchanged bool
	}{
		{"corpus IDF", false, false},
		{"kept frequencies", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := opts
			if tc.kept {
				o.Frequencies = corpusOf(old).Frequencies()
			}
			before := keyedProfiles(corpusOf(old).aligner(o))
			after := keyedProfiles(corpusOf(docs).aligner(o))
			changed := 0
			for _, d := range old {
				if !reflect.DeepEqual(before[d.ID], after[d.ID]) {
					changed++
				}
			}
			if (changed == 0) != tc.unchanged {
				t.Errorf("%d of %d older articles' vectors changed with %d added", changed, len(old), len(docs)-len(old))
			}
		})
	}
}

func TestFrequenciesEncoding(t *testing.T) {
	f := corpusOf(synthDocs(200, 5)).Frequencies()
	b, err := f.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var g Frequencies
	if err := g.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&g, f) {
		t.Fatal("decoded frequencies differ")
	}
	again, _ := g.MarshalBinary()
	if !bytes.Equal(again, b) {
		t.Fatal("the same frequencies encode to other bytes")
	}
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"other magic", []byte("fdaf\x02\x00\x00\x00")},
		{"cut", b[:len(b)-1]},
		{"left over", append(bytes.Clone(b), 0)},
		{"frequency above the articles", append([]byte(frequenciesMagic), 1, 1, 5, 2, 0)},
		{"frequency 0", append([]byte(frequenciesMagic), 1, 1, 5, 0, 0)},
		{"keys out of order", append([]byte(frequenciesMagic), 2, 2, 5, 1, 0, 1, 0)},
		{"count beyond the bytes", append([]byte(frequenciesMagic), 2, 100, 5, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fe *FrequenciesError
			g := Frequencies{docs: 7}
			if err := g.UnmarshalBinary(tc.b); !errors.As(err, &fe) {
				t.Fatalf("error %v, want a *FrequenciesError", err)
			}
			if g.docs != 7 {
				t.Error("a refused encoding changed the frequencies")
			}
		})
	}
}

// FuzzDecodeFrequencies: any bytes decode without panicking, and what
// decodes encodes back to the same bytes (the encoding is canonical) with
// every frequency within the articles counted.
func FuzzDecodeFrequencies(f *testing.F) {
	// Seeded by hand: a corpus read here would make every fuzzing
	// worker start slowly.
	b, err := (&Frequencies{docs: 3, terms: map[uint64]int32{1: 1, 99: 3, 1 << 63: 2}, ents: map[uint64]int32{5: 2}}).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add([]byte(frequenciesMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		var g Frequencies
		if g.UnmarshalBinary(b) != nil {
			return
		}
		for _, m := range []map[uint64]int32{g.terms, g.ents} {
			for _, df := range m {
				if df < 1 || int(df) > g.docs {
					t.Fatalf("frequency %d of %d articles", df, g.docs)
				}
			}
		}
		again, _ := g.MarshalBinary()
		if !bytes.Equal(again, b) {
			t.Fatal("decoded bytes encode otherwise")
		}
	})
}
