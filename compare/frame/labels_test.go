package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// TestPhraseSpan: the noun phrase a place modifies or heads is a label
// for it only when it is a phrase about the place: not "the endorsement
// of former Polish" when the phrase goes on to a person, nor one whose
// "modifier" is a verb after an auxiliary. The sentences are written for
// the test about fictional people.
func TestPhraseSpan(t *testing.T) {
	tests := []struct {
		text, place, want string
	}{
		{"The envoy Tom Ferris visited the breakaway regions of eastern Ukraine on Monday.", "Ukraine", "the breakaway regions of eastern Ukraine"},
		{"Residents of Kharkiv feared renewed Russian shelling after the vote.", "Russian", "renewed Russian shelling"},
		{"Tom Ferris accepted the endorsement of former Polish President Dana Whitfield.", "Polish", ""},
		{"Tom Ferris gave a frank assessment of Britain's readiness for the games.", "Britain", ""},
		{"Two instant surveys of Americans watching the debate were mixed.", "Americans", ""},
		{"Tom Ferris argued he was not insulting Polish diplomacy.", "Polish", "Polish diplomacy"},
		// A name before a noun that is no act names another referent.
		{"Tom Ferris argued he was not insulting Polish culture.", "Polish", ""},
		{"Boston officials met Tom Ferris on Monday.", "Boston", ""},
		{"Tom Ferris thanked the American people on Monday.", "American", ""},
		{"Tom Ferris spoke after the Vermont shooting on Monday.", "Vermont", ""},
		{"Tom Ferris walked down a Vermont street on Monday.", "Vermont", ""},
		{"Western sanctions hurt the economy, Tom Ferris said.", "Western", "Western sanctions"},
		// After "of", a phrase of what kind the entity is, not of its
		// people or things.
		{"Tom Ferris campaigned in the battleground state of Ohio on Monday.", "Ohio", "the battleground state of Ohio"},
		{"Tom Ferris said the people of Vermont want change.", "Vermont", ""},
		{"Tom Ferris wrote to the most senior members of Congress.", "Congress", ""},
	}
	for _, tc := range tests {
		d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Pacific Ledger", Language: "en", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, m := range d.Entities {
			if d.Text[m.Start:m.End] != tc.place {
				continue
			}
			found = true
			if from, to, ok := phraseSpan(d, m); ok {
				got = d.Text[from:to]
			}
		}
		if !found {
			for _, m := range d.Entities {
				t.Logf("entity %q %s", d.Text[m.Start:m.End], m.Type)
			}
			t.Errorf("%q: no mention of %q", tc.text, tc.place)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: label of %s %q, want %q", tc.text, tc.place, got, tc.want)
		}
	}
}
