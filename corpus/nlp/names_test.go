package nlp

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestSameNames(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ben Okafor", "Benjamin Okafor", true},
		{"Ben Okafor", "Benjamin Todd Okafor", true},
		{"Benjamin Okafor", "Benjamin Todd Okafor", true},
		{"Benjamin Todd Okafor", "Benjamin Todd Okafor", true},
		{"benjamin okafor", "Benjamin Okafor", true},
		// Different middle names, first names that are not one the
		// start of the other, and too short a start say nothing.
		{"Benjamin Todd Okafor", "Benjamin Lee Okafor", false},
		{"Ben Okafor", "Bernard Okafor", false},
		{"Al Okafor", "Albert Okafor", false},
		{"Ben Okafor", "Ben Adeyemi", false},
		// A generation is never merged.
		{"Harold Vance Jr.", "Harold Vance", false},
		{"Harold Vance Jr.", "Harold Vance Sr.", false},
		{"Harold Vance Jr.", "Harold Vance Jr.", true},
		{"Ben Vance III", "Benjamin Vance III", true},
		// A surname alone is no full name.
		{"Okafor", "Ben Okafor", false},
		// A pet form that is not the start of the name is no variant:
		// "Jimmy Carter" and "James Carter" may be two people (petNames).
		{"Steve Okafor", "Stephen Okafor", false},
		{"Bill Vance", "Billy Vance", true},
	}
	for _, tc := range tests {
		if got := sameNames(tc.a, tc.b); got != tc.want {
			t.Errorf("sameNames(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := sameNames(tc.b, tc.a); got != tc.want {
			t.Errorf("sameNames(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestFullNames(t *testing.T) {
	f := newFullNames(nil)
	for _, n := range []string{
		"Ben Okafor", "Benjamin Todd Okafor", "Benjamin Okafor",
		"Sam Reyes", "Samuel Reyes", "Samantha Reyes",
		"Harold Vance", "Harold Vance Jr.",
		"Ines Moreau",
		"Steve Adeyemi", "Stephen Adeyemi",
	} {
		f.add(n)
	}
	variants := []struct{ in, want string }{
		{"Ben Okafor", "Benjamin Todd Okafor"},
		{"Benjamin Okafor", "Benjamin Todd Okafor"},
		{"Benjamin Todd Okafor", "Benjamin Todd Okafor"},
		{"Sam Reyes", "Sam Reyes"}, // Samuel or Samantha: left alone
		{"Samuel Reyes", "Samuel Reyes"},
		{"Harold Vance", "Harold Vance"},
		{"Harold Vance Jr.", "Harold Vance Jr."},
		{"Steve Adeyemi", "Steve Adeyemi"}, // a pet form: one person for a bare surname only
	}
	for _, tc := range variants {
		if got, _ := f.variant(tc.in); got != tc.want {
			t.Errorf("variant(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	surnames := []struct{ in, want string }{
		{"Okafor", "Benjamin Todd Okafor"}, // three spellings of one person
		{"Moreau", "Ines Moreau"},
		{"Adeyemi", "Stephen Adeyemi"}, // one person, a pet form and the name
		{"Vance", ""},                  // father or son
		{"Vance Jr.", "Harold Vance Jr."},
		{"Reyes", ""},
		{"Nobody", ""},
	}
	for _, tc := range surnames {
		if got := f.surname(tc.in, nil); got != tc.want {
			t.Errorf("surname(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// The alias table's name stands for its variants.
	a := &Aliases{}
	a.Add(Person, "Ben Okafor")
	g := newFullNames(a)
	g.add("Ben Okafor")
	g.add("Benjamin Todd Okafor")
	if got, _ := g.variant("Benjamin Todd Okafor"); got != "Ben Okafor" {
		t.Errorf("with Ben Okafor in the alias table, variant = %q", got)
	}
}

// TestResolveNamesVariants: one outlet's "Ben Okafor" and another's
// "Benjamin Todd Okafor" are one person across the corpus, quotes and
// all; "Harold Vance Jr." stays apart from his father.
func TestResolveNamesVariants(t *testing.T) {
	doc := func(id string, names ...string) *Doc {
		d := &Doc{Article: corpus.Article{ID: id, Text: "x"}}
		for _, n := range names {
			d.Entities = append(d.Entities, Mention{Name: n, Type: Person})
			d.Quotes = append(d.Quotes, Quote{Speaker: n})
		}
		return d
	}
	docs := []*Doc{
		doc("a", "Ben Okafor", "Harold Vance"),
		doc("b", "Benjamin Todd Okafor", "Harold Vance Jr."),
		doc("c", "Okafor"),
	}
	got := ResolveNames(docs, DefaultAliases(), 1)
	want := [][]string{
		{"Benjamin Todd Okafor", "Harold Vance"},
		{"Benjamin Todd Okafor", "Harold Vance Jr."},
		{"Benjamin Todd Okafor"},
	}
	for i, d := range got {
		for k, m := range d.Entities {
			if m.Name != want[i][k] {
				t.Errorf("doc %s entity %d = %q, want %q", d.ID, k, m.Name, want[i][k])
			}
			if s := d.Quotes[k].Speaker; s != want[i][k] {
				t.Errorf("doc %s quote %d speaker = %q, want %q", d.ID, k, s, want[i][k])
			}
		}
	}
}

// TestResolveNamesInitials: a middle initial tells two people apart ("George
// W. Bush", "George HW Bush"), and a name without it that could be
// either stays as written; where only one person bears the initial, the
// forms with and without it are one name, written without it, and so is a
// name the corpus gives only with its initial.
func TestResolveNamesInitials(t *testing.T) {
	doc := personDoc
	docs := []*Doc{
		doc("a", "George W. Bush", "Dana D. Vance"),
		doc("b", "George HW Bush", "Dana Vance"),
		doc("c", "George Bush", "Alan B. Krueger"),
	}
	got := ResolveNames(docs, DefaultAliases(), 1)
	want := [][]string{
		{"George W. Bush", "Dana Vance"},
		{"George HW Bush", "Dana Vance"},
		{"George Bush", "Alan Krueger"},
	}
	for i, d := range got {
		for k, m := range d.Entities {
			if m.Name != want[i][k] {
				t.Errorf("doc %s entity %d = %q, want %q", d.ID, k, m.Name, want[i][k])
			}
		}
	}
}

// TestResolveNamesCase: names that differ only in case, accents, a
// leading "The" or a company's legal suffix are one name, spelled as most
// documents spell it, or as the alias table does.
func TestResolveNamesCase(t *testing.T) {
	doc := func(id string, typ string, names ...string) *Doc {
		d := &Doc{Article: corpus.Article{ID: id, Text: "x"}}
		for _, n := range names {
			d.Entities = append(d.Entities, Mention{Name: n, Type: typ})
		}
		return d
	}
	docs := []*Doc{
		doc("a", Org, "Harbour News", "Dana LaVelle"),
		doc("b", Org, "HARBOUR NEWS", "Dana Lavelle"),
		doc("c", Org, "Harbour News", "Dana LaVelle"),
		doc("d", Place, "SEOUL"),
		doc("e", Place, "Seoul"),
		doc("f", Org, "Harbour Newsroom"),
		doc("g", Person, "Inés Peña Ruiz"),
		doc("h", Person, "Ines Pena Ruiz"),
		doc("i", Person, "Ines Pena Ruiz"),
		doc("j", Org, "The Harbinger"),
		doc("k", Org, "Harbinger"),
		doc("l", Org, "The Harbinger"),
		doc("m", Org, "Alden Tools Inc."),
		doc("n", Org, "Alden Tools"),
		doc("o", Org, "Alden Tools Corp"),
	}
	got := ResolveNames(docs, DefaultAliases(), 1)
	want := [][]string{
		{"Harbour News", "Dana LaVelle"},
		{"Harbour News", "Dana LaVelle"},
		{"Harbour News", "Dana LaVelle"},
		{"Seoul"},
		{"Seoul"},
		{"Harbour Newsroom"},
		{"Ines Pena Ruiz"},
		{"Ines Pena Ruiz"},
		{"Ines Pena Ruiz"},
		{"The Harbinger"},
		{"The Harbinger"},
		{"The Harbinger"},
		{"Alden Tools"},
		{"Alden Tools"},
		{"Alden Tools"},
	}
	for i, d := range got {
		for k, m := range d.Entities {
			if m.Name != want[i][k] {
				t.Errorf("doc %s entity %d = %q, want %q", d.ID, k, m.Name, want[i][k])
			}
		}
	}
}

// TestResolveNamesOneOffFullName: a lone word becomes a full name that
// ends with it unless one document alone gives that full name and more
// than twice as many give the word alone: the entity model makes "full
// names" of a list's capitals ("Sell Ferrylink and the old docks"), and
// a word many articles give alone is then its own name. A full name that
// one wire story gives still stands for a surname two others give alone.
func TestResolveNamesOneOffFullName(t *testing.T) {
	doc := personDoc
	docs := []*Doc{
		doc("list", "Sell Ferrylink", "Dana Whitfield", "Paul Grant"),
		doc("a", "Ferrylink", "Whitfield", "Grant"),
		doc("b", "Ferrylink", "Whitfield", "Grant"),
		doc("c", "Ferrylink", "Dana Whitfield"),
		doc("d", "Whitfield"),
	}
	got := ResolveNames(docs, DefaultAliases(), 1)
	want := map[string][]string{
		"list": {"Sell Ferrylink", "Dana Whitfield", "Paul Grant"},
		"a":    {"Ferrylink", "Dana Whitfield", "Paul Grant"},
		"b":    {"Ferrylink", "Dana Whitfield", "Paul Grant"},
		"c":    {"Ferrylink", "Dana Whitfield"},
		"d":    {"Dana Whitfield"},
	}
	for _, d := range got {
		for k, m := range d.Entities {
			if m.Name != want[d.ID][k] {
				t.Errorf("doc %s entity %d = %q, want %q", d.ID, k, m.Name, want[d.ID][k])
			}
		}
	}
}

// TestResolveNamesSurnameTaggedOtherwise: a lone surname the entity model
// tagged a place everywhere becomes a full name the alias table knows as a
// person ("Biden", Joe Biden); a word never tagged a person does not
// become a full name the model alone made of it ("Videos" of "Replay More
// Videos", a video player's line).
func TestResolveNamesSurnameTaggedOtherwise(t *testing.T) {
	docs := []*Doc{
		{Article: corpus.Article{ID: "a", Text: "x"}, Entities: []Mention{{Name: "Joe Biden", Type: Person}, {Name: "Replay More Videos", Type: Person}}},
		{Article: corpus.Article{ID: "b", Text: "x"}, Entities: []Mention{{Name: "Biden", Type: Place}, {Name: "Videos", Type: Org}}},
	}
	got := ResolveNames(docs, DefaultAliases(), 1)
	if n := got[1].Entities[0].Name; n != "Joe Biden" {
		t.Errorf("Biden tagged a place resolves to %q, want Joe Biden", n)
	}
	if n := got[1].Entities[1].Name; n != "Videos" {
		t.Errorf("Videos resolves to %q, want itself", n)
	}
}

func TestGiven(t *testing.T) {
	f := newFullNames(nil)
	for _, n := range []string{"Bernie Sanders", "Dana Vance", "Dana Ruiz", "Google Drive", "Tom Ferris", "Ferris Hale"} {
		f.add(n)
	}
	for _, tc := range []struct{ w, want string }{
		{"Bernie", "Bernie Sanders"},
		{"Dana", ""},   // two people
		{"Google", ""}, // "Drive" is no name's word
		{"Ferris", ""}, // Tom Ferris's surname
		{"Tom", "Tom Ferris"},
	} {
		if got := f.given(tc.w); got != tc.want {
			t.Errorf("given(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// personDoc is a document that names the persons names, one mention each.
func personDoc(id string, names ...string) *Doc {
	d := &Doc{Article: corpus.Article{ID: id, Text: "x"}}
	for _, n := range names {
		d.Entities = append(d.Entities, Mention{Name: n, Type: Person})
	}
	return d
}

func TestPetNames(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Steve Okafor", "Stephen Okafor", true},
		{"Steve Okafor", "Steven Okafor", true},
		{"Bill Vance", "William Vance", true},
		{"Bill Vance", "William J. Vance", true},
		{"Bob Vance", "Robert Vance", true},
		{"Bob Vance", "Bill Vance", false},
		{"Steve Okafor", "Stephanie Okafor", false},
		{"Bill Vance Jr.", "William Vance", false},
		{"Bill Vance", "William Okafor", false},
		{"Ben Okafor", "Benjamin Okafor", false}, // a variant (sameNames), not a pet form
	}
	for _, tc := range tests {
		if got := petNames(tc.a, tc.b); got != tc.want {
			t.Errorf("petNames(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := petNames(tc.b, tc.a); got != tc.want {
			t.Errorf("petNames(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestSurnameOfPetNames(t *testing.T) {
	weights := map[string]int{"Steve Adeyemi": 6, "Stephen Adeyemi": 4, "Ted Marsh": 3, "Edward Marsh": 3, "Theodore Marsh": 3, "Jimmy Lund": 9, "James Lund": 1, "Carla Lund": 5}
	weight := func(n string) int { return weights[n] }
	tests := []struct {
		names []string
		in    string
		want  string
	}{
		// A writer's "Steve" and another's "Stephen" are one person for
		// the bare surname, under the form more often used.
		{[]string{"Steve Adeyemi", "Stephen Adeyemi"}, "Adeyemi", "Steve Adeyemi"},
		// "Ted" may be Edward's or Theodore's: three people.
		{[]string{"Ted Marsh", "Edward Marsh", "Theodore Marsh"}, "Marsh", ""},
		// Joined, the pet form and the name still share the surname with
		// a third person who holds more than a fifth of it.
		{[]string{"Jimmy Lund", "James Lund", "Carla Lund"}, "Lund", ""},
	}
	for _, tc := range tests {
		f := newFullNames(nil)
		for _, n := range tc.names {
			f.add(n)
		}
		if got := f.surname(tc.in, weight); got != tc.want {
			t.Errorf("surname(%q) among %q = %q, want %q", tc.in, tc.names, got, tc.want)
		}
	}
	// Without weights (one article), the one before stands for the two.
	f := newFullNames(nil)
	f.add("Steve Adeyemi")
	f.add("Stephen Adeyemi")
	if got := f.surname("Adeyemi", nil); got != "Stephen Adeyemi" {
		t.Errorf("unweighed surname = %q, want Stephen Adeyemi", got)
	}
}
