package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func doc(outlet, title, text string) *nlp.Doc {
	return &nlp.Doc{Article: corpus.Article{Outlet: outlet, Title: title, Text: text}}
}

func TestMentionTextNames(t *testing.T) {
	spellings := nlp.DefaultAliases().Spellings()
	tests := []struct {
		name, text string
		person     bool
		want       bool
	}{
		{"Honolulu", "HONOLULU — The talks began.", false, true},
		{"Tea Party", "The tea party movement grew.", false, true},
		{"NAACP", "The N.A.A.C.P. passed a resolution.", false, true},
		{"Enrique Peña Nieto", "Pena Nieto spoke.", true, true},
		{"Peña Nieto", "Peña Nieto spoke.", false, true},
		{"Beijing", "before the Beijing Winter Olympics", false, true},
		{"Kyiv", "the embassy in Kiev closed", false, true},
		{"Kyiv", "Kyiv's mayor spoke", false, true},
		{"Barack Obama", "President Obama said", true, true},
		{"Arlen Specter", "Sen. Arlen Specter said", true, true},
		{"Donald Trump Jr.", "Trump's son spoke", true, true},
		{"Afghanistan", "whatever we call it 'Afghanistan or Iraq'", false, true},
		{"United States", "Tell us what you think.", false, false},
		{"United States", "The U.S. said", false, true},
		{"NATO", "senators met", false, false},
		{"Barack Obama", "Michelle spoke", true, false},
		{"Obama", "Obamacare is law", false, true},
	}
	for _, tc := range tests {
		mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)})
		if got := mt.names(tc.name, spellings[tc.name], tc.person); got != tc.want {
			t.Errorf("names(%q) in %q = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestClaimable(t *testing.T) {
	docs := []*nlp.Doc{
		doc("Daily Clarion", "", "The National Association for the Advancement of Colored People met. The Tea Party answered. She made a list. Angie's List sold. Obama spoke in February."),
		doc("fox", "", "The list grew; another list followed. NATO met."),
	}
	all := newMentionText(docs)
	tests := []struct {
		name string
		typ  string
		want bool
	}{
		{"February", nlp.Place, false},
		{"Colored People", nlp.Org, false},
		{"National Association", nlp.Org, false},
		{"Tea", nlp.Org, false},
		{"List", nlp.Person, false},
		{"Barack] Obama", nlp.Person, false},
		{"I've", nlp.Person, false},
		{"Democratic primary", nlp.Org, false},
		{"Fox News", nlp.Org, false},
		{"Daily Clarion", nlp.Org, false},
		{"Obama", nlp.Person, true},
		{"NATO", nlp.Org, true},
		{"Tea Party", nlp.Org, true},
		{"Martin O'Malley", nlp.Person, true},
	}
	for _, tc := range tests {
		e := EntityCount{Name: tc.name, Type: tc.typ}
		if got := claimable(e, []string{"Daily Clarion", "fox"}, all, docs); got != tc.want {
			t.Errorf("claimable(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
