package nlp

import (
	"context"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestCaseNames: a court case's title is one mention of type Law, whatever
// the model made of its parties; what is no case is left alone. Each text
// is invented, in the shapes case titles take in news.
func TestCaseNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // name=mentioned text, of type Law
		not        []string // name=mentioned text, of any type
		others     []string // name=mentioned text, not of type Law
	}{
		{"two one-word parties", "The nominee was asked on Tuesday whether Harlow v. Brandt was rightly decided.",
			[]string{"Harlow v. Brandt=Harlow v. Brandt"}, []string{"Harlow=Harlow", "Brandt=Brandt"}, nil},
		{"long parties with joiners", "Lawyers for the city cited Friends of the Alden Harbor v. Board of Education of Tempe in their brief.",
			[]string{"Friends of the Alden Harbor v. Board of Education of Tempe=Friends of the Alden Harbor v. Board of Education of Tempe"}, nil, nil},
		{"a sentence's opening word", "In Lindqvist v. Ohio, the court ruled that the search was lawful.",
			[]string{"Lindqvist v. Ohio=Lindqvist v. Ohio"}, []string{"Ohio=Ohio", "In Lindqvist v. Ohio=In Lindqvist v. Ohio"}, nil},
		{"a court before the case", "Critics of the Supreme Court's Ferris v. Alden ruling rallied outside.",
			[]string{"Ferris v. Alden=Ferris v. Alden"}, nil, []string{"Supreme Court=Supreme Court"}},
		{"no period, about a court", "The 1973 Harlow v Brandt ruling was cited by the judge.",
			[]string{"Harlow v. Brandt=Harlow v Brandt"}, nil, nil},
		{"no period, no court", "A caption read Ferris v Lindqvist on the screen, and the debate began.",
			nil, []string{"Ferris v. Lindqvist=Ferris v Lindqvist"}, nil},
		{"a contest's vs.", "The race was billed as Ferris vs. Lindqvist for the governor's seat.",
			nil, []string{"Ferris vs. Lindqvist=Ferris vs. Lindqvist", "Ferris v. Lindqvist=Ferris vs. Lindqvist"}, nil},
		{"two cases in a list", "The ruling relied on Harlow v. Brandt and Ferris v. Alden Harbor Authority.",
			[]string{"Harlow v. Brandt=Harlow v. Brandt", "Ferris v. Alden Harbor Authority=Ferris v. Alden Harbor Authority"}, nil, nil},
		{"an abbreviation in a party", "See Brandt v. Tempe Bd. of Education, decided in 1961.",
			[]string{"Brandt v. Tempe Bd. of Education=Brandt v. Tempe Bd. of Education"}, nil, nil},
		{"a possessive after the case", "Harlow v. Brandt's reasoning was questioned in court.",
			[]string{"Harlow v. Brandt=Harlow v. Brandt"}, nil, nil},
		{"a pronoun after the case", "\"If the court overturns Harlow v. Brandt I would act,\" she said.",
			[]string{"Harlow v. Brandt=Harlow v. Brandt"}, nil, nil},
		// A party's one-word name alone is the case elsewhere in the
		// article, unless the article names someone with it.
		{"a party's name alone", "The court heard Harlow v. Brandt in 1973.\n\nActivists have vowed for years to overturn Harlow, and the ruling in Harlow still stands.",
			[]string{"Harlow v. Brandt=Harlow"}, []string{"Harlow=Harlow"}, nil},
		{"a party who is someone here", "The court heard Ferris v. Ohio last year.\n\nGov. Tom Ferris said on Monday that he would appeal.",
			[]string{"Ferris v. Ohio=Ferris v. Ohio"}, []string{"Ferris v. Ohio=Ferris"}, []string{"Tom Ferris=Tom Ferris"}},
		{"a justice cited by name", "The court decided Brandt v. Alden in 2008.\n\nThe dissent was joined by others (Brandt, J., dissenting).",
			[]string{"Brandt v. Alden=Brandt v. Alden"}, []string{"Brandt v. Alden=Brandt"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := corpus.Article{ID: "t", Outlet: "Keystone Wire", Language: "en", Text: tc.text}
			d, err := (&Annotator{}).AnnotateOne(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			var laws, others []string
			for _, m := range d.Entities {
				s := m.Name + "=" + d.Text[m.Start:m.End]
				if m.Type == Law {
					laws = append(laws, s)
				} else {
					others = append(others, s)
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(laws, w) {
					t.Errorf("no case %s among %v (others %v)", w, laws, others)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(laws, n) || slices.Contains(others, n) {
					t.Errorf("mention %s among %v %v", n, laws, others)
				}
			}
			for _, o := range tc.others {
				if !slices.Contains(others, o) {
					t.Errorf("no mention %s among %v", o, others)
				}
			}
		})
	}
}

// TestCaseSpeaker: a case's title is no speaker, however close it stands to
// a quotation.
func TestCaseSpeaker(t *testing.T) {
	d := annotateText(t, "In the case Ferris v. Alden, the judge wrote, \"The statute binds private parties.\"")
	for _, q := range d.Quotes {
		if q.Speaker != "" {
			t.Errorf("quote %q given to %q", d.Text[q.Start:q.End], q.Speaker)
		}
	}
	if len(d.Quotes) == 0 {
		t.Fatal("no quote found")
	}
}

// TestStatuteTypes: a law's name is a Law whatever the model made of it,
// and a name that only ends in a capital is left alone.
func TestStatuteTypes(t *testing.T) {
	ms := []Mention{
		{Name: "HARBOR Act", Type: Person},
		{Name: "Alden Clean Water Act", Type: Place},
		{Name: "Title IX", Type: Person},
		{Name: "First Amendment", Type: Org},
		{Name: "Harbor Security and Ports Act of 2019", Type: Org},
		{Name: "Tom Act", Type: Person},
		{Name: "Actors Guild", Type: Org},
		{Name: "Title Insurance Group", Type: Org},
	}
	statuteTypes(ms)
	want := []string{Law, Law, Law, Law, Law, Law, Org, Org}
	for i, m := range ms {
		if m.Type != want[i] {
			t.Errorf("%q: type %s, want %s", m.Name, m.Type, want[i])
		}
	}
}
