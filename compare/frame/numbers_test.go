package frame

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func TestIsSpelledNumber(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"seven", true},
		{"eighteenth", true},
		{"twenty-five", true},
		{"ninety-ninth", true},
		{"hundreds", true},
		{"dozen", true},
		// Counts and ranks: other numbers lead the same compound in news.
		{"seven-term", true},
		{"two-year", true},
		{"third-largest", true},
		{"three-day", true},
		// Idioms, judgements among them: no such series.
		{"one-sided", false},
		{"two-faced", false},
		{"second-rate", false},
		{"first-rate", false},
		{"first-hand", false},
		{"one-off", false},
		// Names and other words.
		{"First", false},
		{"Seventh", false},
		{"someone", false},
		{"tenfold", false},
		{"second-", false},
		{"", false},
	} {
		if got := isSpelledNumber(tc.word); got != tc.want {
			t.Errorf("isSpelledNumber(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestSpelledNumbersAreNoWords: in an annotated article, numbers written
// out end a run and are no word of it, while an idiom a number leads
// stays a word.
func TestSpelledNumbersAreNoWords(t *testing.T) {
	text := "Senator Ruth Adair, a seven-term member in her eighteenth year on the committee, called the two-year inquiry one-sided and said twenty-five witnesses were never heard."
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Capitol Dispatch", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	rs, _ := runs(d, newWordMaker(nlp.DefaultStopwords(), nlp.Stemmer{}))
	words := map[string]bool{}
	var phrases []string
	for _, r := range rs {
		var forms []string
		for _, w := range r {
			words[w.form] = true
			forms = append(forms, w.form)
		}
		phrases = append(phrases, strings.Join(forms, " "))
	}
	for _, w := range []string{"seven-term", "eighteenth", "two-year", "twenty-five"} {
		if words[w] {
			t.Errorf("%q is a word of a run; runs %q", w, phrases)
		}
	}
	for _, w := range []string{"one-sided", "member", "inquiry", "witnesses"} {
		if !words[w] {
			t.Errorf("%q is missing from the runs %q", w, phrases)
		}
	}
}

func TestIsLower(t *testing.T) {
	for _, s := range []string{
		"", "three", "Three", "seven-term", "THREE", "ſ", "ß", "é", "É", "İ",
		"\u212a", // the Kelvin sign, "k" in lower case
		"\xff", "a\xffb", "\ufffd", "drei", "три", "Три",
	} {
		if got, want := isLower(s), s == strings.ToLower(s); got != want {
			t.Errorf("isLower(%q) = %v, want %v", s, got, want)
		}
	}
}
