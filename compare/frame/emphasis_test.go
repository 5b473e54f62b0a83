package frame

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestEmphasis: what each outlet puts first. The names of a headline
// count though annotation reads only the text (the article names them
// later), and the loaded words of the lead are the outlet's own: a word
// its lead quotes is the speaker's. An article in another language has
// no loaded words: the model reads English.
func TestEmphasis(t *testing.T) {
	arts := []corpus.Article{
		{ID: "a", Outlet: "Alden Courier", Title: "Smirking Ferris Fails to Rattle Whitfield",
			Text: "Tom Ferris spent the council debate on Monday grinning at the cameras, and his rivals called his budget a \"disgraceful, corrupt scam\" before the vote.\n\n" +
				"Mayor Dana Whitfield kept her composure and answered every question about the ferry.\n\n" +
				"Whitfield said the budget would pass next week. Ferris said it would not."},
		{ID: "b", Outlet: "Brill Gazette", Title: "Council debates the ferry budget",
			Text: "The Alden council debated the ferry budget on Monday, with Tom Ferris and Mayor Dana Whitfield trading figures.\n\n" +
				"Whitfield said the budget would pass next week."},
		{ID: "c", Outlet: "Elbufer Blatt", Language: "de", Title: "Ferris und Whitfield streiten über die Fähre",
			Text: "Tom Ferris und Bürgermeisterin Dana Whitfield stritten am Montag über den Haushalt der Fähre, und das Publikum lachte.\n\n" +
				"Whitfield sagte, der Haushalt werde nächste Woche beschlossen."},
	}
	docs := annotated(t, arts...)
	ev := frameEvent(docs, defaultOptions, "Alden Courier", "Brill Gazette", "Elbufer Blatt")
	var e *Emphasis
	for i := range ev.Emphasis {
		if ev.Emphasis[i].Outlet == "Alden Courier" {
			e = &ev.Emphasis[i]
		}
	}
	if e == nil {
		t.Fatalf("no emphasis for Alden Courier: %+v", ev.Emphasis)
	}
	if len(e.Entities) < 2 || e.Entities[0] != "Tom Ferris" || e.Entities[1] != "Dana Whitfield" {
		t.Errorf("names first %q, want Tom Ferris and Dana Whitfield, the headline's, first", e.Entities)
	}
	for _, w := range []string{"disgraceful", "corrupt", "scam"} {
		if slices.Contains(e.LoadedWords, w) {
			t.Errorf("loaded words of the lead %q hold %q, which the lead quotes", e.LoadedWords, w)
		}
	}
	t.Logf("names first %q; loaded words %q; framing terms %q", e.Entities, e.LoadedWords, e.FramingTerms)
	for _, x := range ev.Emphasis {
		if x.Outlet == "Elbufer Blatt" && len(x.LoadedWords) > 0 {
			t.Errorf("loaded words of a German lead %q, from a model of English", x.LoadedWords)
		}
	}
}
