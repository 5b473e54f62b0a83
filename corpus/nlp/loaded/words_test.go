package loaded

import (
	"testing"

	"github.com/framediff/framediff/internal/testcorpus"
)

// TestWordCacheSameFeatures holds every feature vector of the sample
// corpus, with the featurizer's cache of word features warm from the
// documents before, equal to the vector computed from nothing (a
// featurizer whose cache is empty). A cache keyed by anything less than
// the word as written and its tag fails it: "attack", "attacks" and
// "Attack" differ in their features, and one spelling differs by tag
// (a reporting verb counts as a verb only).
func TestWordCacheSameFeatures(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	warm := defaultFeaturizer()
	fresh := func() *featurizer { return newFeaturizer(warm.bg, warm.subj, warm.opin, warm.lex) }
	ref := fresh()
	got := make([]float64, numFeatures)
	want := make([]float64, numFeatures)
	n := 0
	for _, d := range docs {
		c := newDocContext(d)
		for ti, tok := range d.Tokens {
			if !isScored(d.Text[tok.Start:tok.End]) {
				continue
			}
			warm.vector(d, c, ti, got)
			// A cache of one word: each vector computed anew.
			ref.words = nil
			ref.vector(d, c, ti, want)
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%s token %d %q (%s): %s = %v from the cache, %v computed", d.ID, ti, d.TokenText(ti), tok.Tag, featureTable[i].Name, got[i], want[i])
				}
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("%d words compared: the sample corpus should give thousands", n)
	}
	if len(warm.words) == 0 {
		t.Fatal("the featurizer cached no word")
	}
}
