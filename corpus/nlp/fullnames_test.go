package nlp

import (
	"context"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestJoinNames annotates sentences whose names the entity model cuts at
// "of" or at an abbreviation's dot, and sentences where a join would be
// wrong, and checks the names found.
func TestJoinNames(t *testing.T) {
	an := &Annotator{}
	for _, c := range []struct {
		text string
		want []string // Name/Type of every mention, in order
	}{
		{"The bill passed the House of Representatives on Tuesday after a long debate.",
			[]string{"House of Representatives/ORG"}},
		{"Officials in St. Louis said the protest was peaceful.",
			[]string{"St. Louis/GPE"}},
		{"The Department of Justice opened an investigation into the company.",
			[]string{"Justice Department/ORG"}},
		{"Bank of America agreed to pay a fine to settle the claims.",
			[]string{"Bank of America/ORG"}},
		{"He said the Department of Health and Human Services would act, and the Center for American Progress agreed.",
			[]string{"Department of Health and Human Services/ORG", "Center for American Progress/ORG"}},
		{"The Court of Arbitration for Sport on Monday refused to reinstate her suspension.",
			[]string{"Court of Arbitration for Sport/ORG"}},
		{"The Bureau of Labor Statistics said unemployment fell.",
			[]string{"Bureau of Labor Statistics/ORG"}},
		// A person of a place, a title before a name, and a time after
		// a head word stay apart.
		{"Senator Barack Obama of Illinois voted against the bill.",
			[]string{"Barack Obama/PERSON", "Illinois/GPE"}},
		{"Secretary of State Hillary Clinton met the Chinese foreign minister.",
			[]string{"Hillary Clinton/PERSON", "China/GPE"}},
		{"Obama met reporters at the White House on Tuesday to discuss the plan.",
			[]string{"White House/ORG"}},
		{"The Republican House of Representatives passed it.",
			[]string{"House of Representatives/ORG"}},
		{`"We will fight," said Obama. Department of Justice lawyers disagreed.`,
			[]string{"Obama/PERSON", "Justice Department/ORG"}},
		{"She studied at the School of Law. He did not.",
			[]string{"School of Law/ORG"}},
		{"The court struck down a part of the Defense of Marriage Act on Wednesday.",
			[]string{"Defense of Marriage Act/LAW"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: "a", Outlet: "o", Text: c.text, Language: "en"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range d.Entities {
				got = append(got, m.Name+"/"+m.Type)
			}
			// Only the names the case is about: the model's other finds
			// ("Obama" in the White House sentence) are not at issue.
			var have []string
			for _, g := range got {
				if slices.Contains(c.want, g) {
					have = append(have, g)
				}
			}
			if !slices.Equal(have, c.want) {
				t.Errorf("names %q, want %q among them", got, c.want)
			}
			for _, g := range got {
				for _, bad := range []string{"House/ORG", "Representatives/GPE", "Louis/PERSON", "Bank/GPE", "Arbitration/GPE"} {
					if g == bad {
						t.Errorf("a piece of a name: %q in %q", g, got)
					}
				}
			}
		})
	}
}

// FuzzInstitutionHint: wherever the institution pattern matches, the
// hint that lets it run says so, so that ruling paragraphs out by the
// hint changes no name.
func FuzzInstitutionHint(f *testing.F) {
	for _, s := range []string{
		"The Department of Justice and the Bank of Alden met.",
		"The University\tof Alden and the Council  for Tolls",
		"House\nof Representatives",
		"a board on ferries; the Board on Ferry Fares",
		"Office of",
		"No institution here, of course.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if institutionName.MatchString(s) && !institutionHint(s) {
			t.Errorf("institutionName matches %q, institutionHint says no", s)
		}
	})
}
