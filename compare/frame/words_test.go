package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
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

// TestGramsFitTheirList: on the sample corpus, every document's n-grams
// fit the list made for them (gramsAtMost), so that it is never copied as
// it grows; a bound too small makes append move the list to a larger one
// and fails this.
func TestGramsFitTheirList(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	sw := nlp.DefaultStopwords()
	st := nlp.Stemmer{}
	total := 0
	for _, d := range docs {
		rs, sents := runs(d, newWordMaker(sw, st))
		gs := grams(d, rs, sents)
		if want := gramsAtMost(rs); cap(gs) != want {
			t.Fatalf("%s: %d n-grams in a list of capacity %d, made for %d", d.ID, len(gs), cap(gs), want)
		}
		total += len(gs)
	}
	if total < 1000 {
		t.Fatalf("%d n-grams in the sample corpus: it should give thousands", total)
	}
}

// TestFormsAsMap: forms, which makes a map only for a term's second
// surface form, picks the form a map of every form and its count picks
// (topForm): the most frequent, the first in byte order on ties.
func TestFormsAsMap(t *testing.T) {
	tests := []struct {
		name string
		seq  []string
	}{
		{"none", nil},
		{"one form", []string{"sanctions", "sanctions"}},
		{"second form more frequent", []string{"Kyiv", "kyiv", "kyiv"}},
		{"tie goes to the smaller", []string{"kyiv", "Kyiv"}},
		{"tie after the first leads", []string{"b", "b", "a", "c", "a"}},
		{"empty form first", []string{"", "x", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f forms
			m := map[string]int{}
			for _, s := range tt.seq {
				f.add(s)
				m[s]++
			}
			if got, want := f.top(), topForm(m); got != want {
				t.Errorf("forms gives %q, a map of every form %q", got, want)
			}
		})
	}
}

// TestWordMakerLikeMakeWord: a wordMaker gives every token of the sample
// corpus the word makeWord gives it, when it first makes the word and when
// it looks it up, with the tags the tagger gave and with the others.
func TestWordMakerLikeMakeWord(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	sw := nlp.DefaultStopwords()
	wm := newWordMaker(sw, nlp.Stemmer{})
	for round := range 2 {
		for _, d := range docs {
			for ti, tok := range d.Tokens {
				text := d.TokenText(ti)
				for _, tag := range []string{tok.Tag, "NNP", "NNPS", "NN", ""} {
					if got, want := wm.word(ti, text, tag), makeWord(ti, text, tag, sw, nlp.Stemmer{}); got != want {
						t.Fatalf("round %d, %q tagged %q: %+v, want %+v", round, text, tag, got, want)
					}
				}
			}
		}
	}
}
