package maxent

// This file is not part of prose v3.2.3: see README.framediff.md at the
// root of this copy.

import (
	"runtime"
	"testing"

	"github.com/jdkato/prose/v3/ner/maxentmodel"
)

// agree checks that Weights(f) holds label l's weight exactly when
// Weight(f + "-" + l) finds one, with the same value, for every feature
// the index holds and for every way of cutting every key into a feature
// and a label, and for the extra features given.
func agree(t *testing.T, m *Model, extra ...string) {
	t.Helper()
	features := map[string]bool{}
	for f := range m.rows {
		features[f] = true
	}
	for i := 0; i < m.NumKeys(); i++ {
		key := m.blob[m.keyOff[i]:m.keyOff[i+1]]
		for cut := 0; cut < len(key); cut++ {
			if key[cut] == '-' {
				features[key[:cut]] = true
			}
		}
	}
	for _, f := range extra {
		features[f] = true
	}
	bad := 0
	for f := range features {
		got := make(map[uint16]float32)
		for _, e := range m.Weights(f) {
			if _, dup := got[e.Label]; dup {
				t.Errorf("Weights(%q): label %d twice", f, e.Label)
			}
			got[e.Label] = e.Weight
		}
		for j, l := range m.Labels() {
			w, ok := m.Weight(f + "-" + l)
			g, gok := got[uint16(j)]
			if ok != gok || w != g {
				bad++
				if bad <= 10 {
					t.Errorf("feature %q label %q: Weights gives %v (%v), Weight gives %v (%v)", f, l, g, gok, w, ok)
				}
			}
		}
	}
	t.Logf("%d features, %d keys, %d labels: %d disagreements", len(features), m.NumKeys(), len(m.Labels()), bad)
}

// TestWeightsEnglish checks the index of the model prose ships.
func TestWeightsEnglish(t *testing.T) {
	m, err := Unmarshal(maxentmodel.English)
	if err != nil {
		t.Fatal(err)
	}
	agree(t, m, "", "-", "word-", "word-Paris", "word-no such word", "bias-True")
	if len(m.rows) == 0 || len(m.entries) != m.NumKeys() {
		t.Errorf("%d features, %d entries for %d keys", len(m.rows), len(m.entries), m.NumKeys())
	}
}

// TestWeightsAmbiguous checks keys that can be cut more than one way:
// values with '-', and a label that ends another ("O" and "X-O").
func TestWeightsAmbiguous(t *testing.T) {
	tests := []struct {
		name   string
		labels []string
		keys   []string
		// sizes: how many labels Weights finds for a feature.
		sizes map[string]int
	}{
		{"hyphenated values", []string{"O", "B-GPE", "I-GPE"}, []string{
			"word-Jean-Luc-B-GPE", "word-Jean-Luc-O", "word-Jean-O", "word--O", "word---O",
			"en-wordlist-True-O", "shape+prevtag-None+B-GPE-I-GPE", "word-B-GPE-O",
		}, map[string]int{"word-Jean-Luc": 2, "word-Jean": 1, "word": 0, "word-B-GPE": 1, "word-": 1}},
		{"label ending another", []string{"O", "X-O", "B-X-O"}, []string{
			"a-X-O", "a-B-X-O", "a-X-X-O", "a-O", "-O", "O", "X-O", "b-c-B-X-O",
		}, map[string]int{
			// "a-X-O" is "a-X" with "O" and "a" with "X-O"; "a-X-X-O" is
			// "a-X" with "X-O" and "a-X-X" with "O"; "a" also has "B-X-O"
			// (from "a-B-X-O") and "O".
			"a-X": 2, "a": 3, "a-B": 1, "a-X-X": 1, "": 1, "X": 1, "b-c": 1, "b-c-B": 1, "b-c-B-X": 1,
		}},
		{"no keys", []string{"O"}, nil, map[string]int{"": 0, "a": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := Source{Mapping: map[string]int{}, Labels: tt.labels}
			for i, k := range tt.keys {
				src.Mapping[k] = i
				src.Weights = append(src.Weights, float64(i+1)/8)
			}
			data, err := Marshal(src)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Unmarshal(data)
			if err != nil {
				t.Fatal(err)
			}
			agree(t, m, "a-X", "a", "word-Jean-Luc", "word-Jean")
			for f, n := range tt.sizes {
				if got := m.Weights(f); len(got) != n {
					t.Errorf("Weights(%q) = %v, want %d labels", f, got, n)
				}
			}
		})
	}
}

// BenchmarkUnmarshal is the start-up cost of the entity model: decoding,
// validating and indexing it. live-MB is the heap the model holds once
// loaded (its keys are not counted: they stay in the embedded bytes). It
// needs nothing of this copy, so it runs on prose v3.2.3 too, to see the
// index's share (README.framediff.md).
func BenchmarkUnmarshal(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var m *Model
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var err error
		if m, err = Unmarshal(maxentmodel.English); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "live-MB")
	runtime.KeepAlive(m)
}
