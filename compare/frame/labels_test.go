package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// TestPhraseSpan: a noun phrase is a label for a place only when it is a
// phrase about the place itself: its act or what kind of place it is,
// not its people, officials or things, nor "the endorsement of former
// Polish" when the phrase goes on to a person, nor one whose "modifier"
// is a verb after an auxiliary. The sentences are written for the test
// about fictional people.
func TestPhraseSpan(t *testing.T) {
	tests := []struct {
		text, place, want string
	}{
		{"The envoy Tom Ferris visited the breakaway regions of eastern Ukraine on Monday.", "Ukraine", "the breakaway regions of eastern Ukraine"},
		{"Residents of Kharkiv feared renewed Russian shelling after the vote.", "Russian", "renewed Russian shelling"},
		{"Tom Ferris accepted the endorsement of former Polish President Dana Whitfield.", "Polish", ""},
		{"Tom Ferris gave a frank assessment of Britain's readiness for the games.", "Britain", ""},
		// "surveys of Americans" had a mention of the country here; a
		// people's plural without "the" is no mention at all now (the
		// comment on corpus/nlp's demonyms), so it labels nothing.
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

// mentionOf annotates text and returns the first mention written as
// name, or fails the test.
func mentionOf(t *testing.T, text, name string) (*nlp.Doc, nlp.Mention) {
	t.Helper()
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Pacific Ledger", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Entities {
		if d.Text[m.Start:m.End] == name {
			return d, m
		}
	}
	for _, m := range d.Entities {
		t.Logf("entity %q %s", d.Text[m.Start:m.End], m.Type)
	}
	t.Fatalf("%q: no mention of %q", text, name)
	return nil, nlp.Mention{}
}

// TestTitleSpan: a title says who the person is. A courtesy title alone,
// the end of a headline's phrase before "of" and the person's own given
// name are no title. The sentences are written for the test about
// fictional people.
func TestTitleSpan(t *testing.T) {
	tests := []struct {
		text, name, want string
	}{
		{"Senator Ellen Marsh spoke on Monday.", "Ellen Marsh", "Senator"},
		{"Vermont Gov. Ellen Marsh spoke on Monday.", "Ellen Marsh", "Vermont Gov."},
		{"Secretary of State Ellen Marsh spoke on Monday.", "Ellen Marsh", "Secretary of State"},
		{"On Monday, Representative Ellen Marsh spoke.", "Ellen Marsh", "Representative"},
		{"Later, Mr. Ferris spoke on Monday.", "Ferris", ""},
		{"Though Ellen Marsh won, she spoke on Monday.", "Ellen Marsh", ""},
		{"Montpelier (PNN)– Vermont Gov. Tom Ferris spoke on Monday.", "Tom Ferris", "Vermont Gov."},
		{"Later, Ms. Ellen Marsh spoke on Monday.", "Ellen Marsh", ""},
		{"The blog ran the headline “Magazine Prints Photo of Ellen Marsh on Cover.”", "Ellen Marsh", ""},
		// A title's word of time belongs to it: a former governor is no
		// governor.
		{"Former Vermont Gov. Ellen Marsh spoke on Monday.", "Ellen Marsh", "Former Vermont Gov."},
		{"On Monday, former Vice President Ellen Marsh spoke.", "Ellen Marsh", "former Vice President"},
		{"The rally heard then-Senator Ellen Marsh on Monday.", "Ellen Marsh", "then-Senator"},
		{"The council met acting Mayor Ellen Marsh on Monday.", "Ellen Marsh", "acting Mayor"},
		{"Chief Justice Ellen Marsh spoke on Monday.", "Ellen Marsh", "Chief Justice"},
		{"The former model Ellen Marsh spoke on Monday.", "Ellen Marsh", ""},
		{"After Senator Ellen Marsh spoke, the council voted.", "Ellen Marsh", "Senator"},
		{"Under President Ellen Marsh, the council voted.", "Ellen Marsh", "President"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, m := mentionOf(t, tc.text, tc.name)
			got := spanText(d, m, titleSpan)
			if got != tc.want {
				t.Errorf("title of %s %q, want %q", tc.name, got, tc.want)
			}
		})
	}
	// The annotator may leave a given name out of the mention ("Ruth" of
	// Ruth Calloway): the words before the mention that are the person's
	// own name are skipped, and a title before them is kept.
	for _, tc := range []struct{ text, want string }{
		{"Justice Ruth Calloway spoke on Monday.", "Justice"},
		{"On Monday Ruth Calloway spoke.", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, m := mentionOf(t, tc.text, "Calloway")
			m.Name = "Ruth Calloway" // as the entity is named across articles
			got := spanText(d, m, titleSpan)
			if got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAppositiveSpan: the phrase between commas after a name describes
// it, unless it is "the" and a name, the next item of a list.
func TestAppositiveSpan(t *testing.T) {
	tests := []struct {
		text, name, want string
	}{
		{"Tom Ferris, the party's chief strategist, spoke on Monday.", "Tom Ferris", "the party's chief strategist"},
		{"Tom Ferris, a Democrat, spoke on Monday.", "Tom Ferris", "a Democrat"},
		{"Sanctions by Canada, the European Union, and Japan began on Monday.", "Canada", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, m := mentionOf(t, tc.text, tc.name)
			got := spanText(d, m, appositiveSpan)
			if got != tc.want {
				t.Errorf("appositive of %s %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

// spanText is the text of the span that span finds for mention m of d, or
// "" when it finds none.
func spanText(d *nlp.Doc, m nlp.Mention, span func(*nlp.Doc, nlp.Mention) (int, int, bool)) string {
	if from, to, ok := span(d, m); ok {
		return d.Text[from:to]
	}
	return ""
}
