package frame

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// TestLexiconOwnVoice: a framing category counts the outlet's own words.
// Alden Courier quotes a councillor's blame twice and writes no blame of
// its own; Brill Gazette blames in its own voice. The quoted words are the
// councillor's, so Alden Courier's count is 0, not 2.
func TestLexiconOwnVoice(t *testing.T) {
	lex, err := ReadLexicon("test", strings.NewReader("[blame]\nblame\nblamed\n"))
	if err != nil {
		t.Fatal(err)
	}
	arts := []corpus.Article{
		{ID: "a", Outlet: "Alden Courier", Title: "Council debates the ferry",
			Text: "Tom Ferris spoke at the council on Monday about the ferry budget.\n\n" +
				"“They first blamed the mayor. Now they blame the harbour board for everything,” Ferris said.\n\n" +
				"The council will vote on the budget next week."},
		{ID: "b", Outlet: "Brill Gazette", Title: "Council debates the ferry",
			Text: "The council blamed the harbour board for the ferry's losses on Monday, and critics blame the mayor too.\n\n" +
				"The council will vote on the budget next week."},
	}
	docs := annotated(t, arts...)
	opts := defaultOptions
	opts.Lexicon = lex
	ev := frameEvent(docs, opts, "Alden Courier", "Brill Gazette")
	got := map[string]int{}
	for _, lc := range ev.Lexicon {
		if lc.Category != "blame" {
			continue
		}
		got[lc.Outlet] = lc.Count
		// The rate is per 1,000 words of the outlet's own voice too.
		own := 0
		for _, d := range docs {
			if d.Outlet == lc.Outlet {
				own += prepare(d).words(VoiceOwn)
			}
		}
		if want := round(per1000(lc.Count, own), 3); lc.Rate != want {
			t.Errorf("%s: rate %g, want %g (%d in %d words of its own)", lc.Outlet, lc.Rate, want, lc.Count, own)
		}
	}
	if got["Alden Courier"] != 0 || got["Brill Gazette"] != 2 {
		t.Errorf("blame words: %v, want Alden Courier 0 (it only quotes them), Brill Gazette 2", got)
	}
}

// TestLexiconMayStart: wherever an entry of some category of the built-in
// lexicon matches a word of the sample corpus, mayStart says one may.
func TestLexiconMayStart(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	l := DefaultLexicon()
	matched := 0
	for _, d := range docs {
		rs, _ := runs(d, newWordMaker(nlp.DefaultStopwords(), nlp.Stemmer{}))
		for _, r := range rs {
			for i := range r {
				lower := strings.ToLower(r[i].form)
				for _, cat := range l.Categories {
					if l.index[cat].match(r, i, lower) > 0 {
						matched++
						if !l.mayStart(r[i].key, lower) {
							t.Errorf("%s: %q matches %s, and mayStart says none may", d.ID, r[i].form, cat)
						}
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no word of the sample corpus matches the lexicon")
	}
}
