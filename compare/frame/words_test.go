package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
)

// TestStopWords: honorifics and abbreviated titles are stop words with or
// without their period; acronyms and content words are not.
func TestStopWords(t *testing.T) {
	st := nlp.Stemmer{}
	for _, tc := range []struct {
		text, tag string
		stop      bool
	}{
		{"Mr.", "NNP", true},
		{"Mrs", "NNP", true},
		{"Sen.", "NNP", true},
		{"said", "VBD", true},
		{"U.S.", "NNP", false},
		{"US", "NNP", false},
		{"senate", "NN", false},
		{"de-escalate", "VB", false},
		{"propaganda", "NN", false},
	} {
		if got := makeWord(0, tc.text, tc.tag, nlp.DefaultStopwords(), st).stop; got != tc.stop {
			t.Errorf("%q: stop %v, want %v", tc.text, got, tc.stop)
		}
	}
}
