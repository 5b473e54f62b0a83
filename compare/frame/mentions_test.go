package frame

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func doc(outlet, title, text string) *nlp.Doc {
	return &nlp.Doc{Article: corpus.Article{Outlet: outlet, Title: title, Text: text}}
}

func TestMentionTextNames(t *testing.T) {
	spellings := newSpellingTable(nlp.DefaultAliases().Spellings())
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
		{"GDP", "members spend 2 percent of their GDPs on defense", false, true},
		{"GDP", "the GDPR took effect", false, false},
		{"NGO", "NGOs' staff left", false, true},
		{"Associated Press", "the AP reported", false, true},
		{"Barack Obama", "Michelle spoke", true, false},
		// A given name makes a person's name of one the model typed
		// otherwise: its surname names it.
		{"Gerald Holt", "filed by Gerald Lynn Holt, who lost his job", false, true},
		{"Gerald Holt", "filed by the Holt County clerk", false, true},
		{"Alden Holt", "the Holt County clerk", false, false},
		// A known body led by a named person is named by the body.
		{"Brenko White House", "former White House counsel Dana Hale", false, true},
		{"Brenko White House", "the Brenko campaign", false, false},
		{"Harbor News White House", "officials in the White House said", false, true},
		{"Harbor News White House", "Harbor News reported", false, false},
		{"Port Authority of New York and New Jersey", "New Jersey officials said", false, false},
		{"Labor Department", "data from the Department of Labor showed", false, true},
		{"Department of the Interior", "the Interior Department said", false, true},
		{"Ministry of Defence", "the Defence Ministry said", false, true},
		{"Labor Department", "the Department of Commerce said", false, false},
		{"Department of Veterans Affairs", "Veterans Affairs would get a 14% boost", false, true},
		{"Education Department", "Education would get less", false, false},
		{"Obama", "Obamacare is law", false, true},
		{"Democratic", "Unfortunately for Democrats, the vote failed.", false, true},
		{"Republican", "Republicans walked out.", false, true},
		{"Greens", "Their green ideas won.", false, false},
		{"Republican Party", "The Republican ticket won Ohio.", false, true},
		{"Labour Party", "Labour held the seat.", false, true},
		{"Democratic Party", "Senate Democrats walked out.", false, true},
		{"Green Party", "Their green ideas won.", false, false},
		{"Republican Party", "Its republican ideals were clear.", false, false},
		{"Republican", "The GOP congressman is expected to be charged.", false, true},
		{"Republicans", "The G.O.P. leaders met.", false, true},
		{"Republican", "Rep. Dana Hale (R-Ohio) is expected to be charged.", false, true},
		{"Republican Party", "Rep. Dana Hale (R-N.Y.) spoke.", false, true},
		{"Democratic", "Sen. Ann Roe (D-Calif.) spoke.", false, true},
		{"Democratic", "Rep. Dana Hale (R-Ohio) spoke.", false, false},
		{"Republican", "The RNC chairman spoke.", false, false},
		{"House GOP", "GOP lawmakers rejected the plan.", false, true},
		{"Senate Democrats", "Democrats in the chamber walked out.", false, true},
		{"House GOP", "The House voted on Monday.", false, false},
		{"Sandy Hook Elementary School", "the families of the Sandy Hook school shooting", false, true},
		{"Sandy Hook Elementary School", "the Sandy Hook neighbourhood", false, false},
		{"North Korea", "South Korea protested.", false, false},
		{"Super Bowl LVI", "The Rams won the Super Bowl at home.", false, true},
		{"Elizabeth II", "Queen Elizabeth has not commented.", true, true},
		{"Super Bowl LVI", "The Rams won at home.", false, false},
		{"World War II", "The war ended in 1945.", false, false},
		// Found in capitals only: "ſ" is "S" in upper case and stays
		// "ſ" in lower case.
		{"Gauſs", "GAUSS spoke.", false, true},
		{"Gauſs", "Gauss spoke.", false, false},
	}
	// A stem cache of the text's own, and one kept from case to case
	// as a worker keeps its cache from event to event.
	kept := nlp.Stemmer{}
	for _, tc := range tests {
		for cache, st := range map[string]nlp.Stemmer{"own": nil, "kept": kept} {
			mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)}, st)
			if got := mt.names(tc.name, spellings, tc.person); got != tc.want {
				t.Errorf("names(%q) in %q, stem cache %s = %v, want %v", tc.name, tc.text, cache, got, tc.want)
			}
		}
	}
}

func TestClaimable(t *testing.T) {
	docs := []*nlp.Doc{
		doc("Daily Clarion", "Ferris Calls on Lindqvist to Quit", "The National Association for the Advancement of Colored People met. The Tea Party answered. She made a list. Angie's List sold. Obama spoke in February. Tom Ferris called on Maria Lindqvist to quit."),
		doc("fox", "Lindqvist Rejects Call", "The list grew; another list followed. NATO met. Maria Lindqvist refused."),
		{Article: corpus.Article{Outlet: "Keystone Wire", Text: "Update at 4:08 p.m.: Lindqvist Answers Critics\n\nMaria Lindqvist said she would stay."},
			Paragraphs: []corpus.Span{{Start: 0, End: 46}, {Start: 48, End: 84}}},
	}
	// A name only inside a quotation is a speaker's word, not an actor
	// an outlet left out; one also named outside a quotation is claimable.
	quoted := "Ferris posted: “The Fake Board and the Alden Council let us down.” The Alden Council met on Monday."
	qd := &nlp.Doc{Article: corpus.Article{Outlet: "Keystone Wire", Text: quoted}}
	open := strings.Index(quoted, "“") + len("“")
	qd.Quotes = []nlp.Quote{{Start: open, End: strings.Index(quoted, "”"), Speaker: "Tom Ferris"}}
	for _, name := range []string{"Fake Board", "Alden Council"} {
		for off := 0; ; {
			i := strings.Index(quoted[off:], name)
			if i < 0 {
				break
			}
			qd.Entities = append(qd.Entities, nlp.Mention{Start: off + i, End: off + i + len(name), Name: name, Type: nlp.Org})
			off += i + len(name)
		}
	}
	docs = append(docs, qd)
	et := newEventText(docs)
	tests := []struct {
		name string
		typ  string
		want bool
	}{
		{"Fake Board", nlp.Org, false},
		{"Alden Council", nlp.Org, true},
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
		{"Ferris Calls", nlp.Person, false},
		{"Lindqvist Answers Critics", nlp.Person, false},
		{"Lindqvist", nlp.Person, true},
	}
	for _, tc := range tests {
		e := EntityCount{Name: tc.name, Type: tc.typ}
		if got := claimable(e, []string{"Daily Clarion", "fox"}, et, docs); got != tc.want {
			t.Errorf("claimable(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestMentionTextContains: searching the documents one by one, and where
// one meets the next, finds what searching the joined text finds, across
// documents too.
func TestMentionTextContains(t *testing.T) {
	docs := []*nlp.Doc{
		doc("A", "Ferry budget", "The council met in New"),
		doc("B", "", ""),
		doc("C", "York harbour", "Tom Ferris spoke."),
	}
	mt := newMentionText(docs, nil)
	tests := []struct {
		s    string
		want bool
	}{
		{" ferry budget ", true},
		{" tom ferris ", true},
		{" met in new ", true},
		{" new york harbour", false},
		{"in new   york harbour ", true}, // across B, which adds two spaces
		{" york harbour tom", true},
		{" tom ferri ", false},
		{" harbour authority", false},
		{" spoke ", true},
		{" spoke  ", false},
		{"spoke", true},
		{"xyz", false},
	}
	for _, tc := range tests {
		if got := mt.contains(tc.s); got != tc.want || got != strings.Contains(mt.lower, tc.s) {
			t.Errorf("contains(%q) in %q = %v, want %v", tc.s, mt.lower, got, tc.want)
		}
	}
	// Every piece of the text, at every length and offset, of texts of
	// short documents and long.
	r := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		b := make([]byte, r.IntN(9))
		for i := range b {
			b[i] = "abAB .é"[r.IntN(7)]
		}
		return string(b)
	}
	for round := 0; round < 50; round++ {
		var docs []*nlp.Doc
		for range r.IntN(6) {
			var title, text []string
			for range r.IntN(3) {
				title = append(title, word())
			}
			for range r.IntN(20) {
				text = append(text, word())
			}
			docs = append(docs, doc("X", strings.Join(title, " "), strings.Join(text, " ")))
		}
		mt := newMentionText(docs, nil)
		for i := 0; i < len(mt.lower); i++ {
			for j := i + 1; j <= len(mt.lower) && j <= i+30; j++ {
				if !mt.contains(mt.lower[i:j]) {
					t.Fatalf("contains(%q) in %q = false", mt.lower[i:j], mt.lower)
				}
			}
		}
		for range 200 {
			s := " " + word() + " " + word()
			if got, want := mt.contains(s), strings.Contains(mt.lower, s); got != want {
				t.Fatalf("contains(%q) in %q = %v, want %v", s, mt.lower, got, want)
			}
		}
	}
}

// foldTables is fold looking every rune up in Unicode's tables, as fold
// did before it read ASCII on its own.
func foldTables(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
			continue
		case (r == '’' || r == '\'') && b.Len() > 0 && !space && isWordRune(lastRune(b.String())):
			r = '\''
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func TestFoldASCII(t *testing.T) {
	for _, s := range []string{
		"", "HONOLULU — The talks began.", "N.A.A.C.P.", "Kyiv's mayor", "'Afghanistan or Iraq'",
		"Peña Nieto", "rock 'n' roll", "Kyiv’s", "x’", "é'", "5' 7\"", "a\x00b\x7fc", "\xffabc", "ǅ", "١٢٣",
	} {
		if got, want := fold(s), foldTables(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	const alphabet = "aZ9 .'’-éÉñ\u0301\u00a0İ٣\t\xff"
	runes := []rune(alphabet)
	for range 2000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteRune(runes[r.IntN(len(runes))])
		}
		if s := b.String(); fold(s) != foldTables(s) {
			t.Fatalf("fold(%q) = %q, want %q", s, fold(s), foldTables(s))
		}
	}
}

// TestNamesEnds: every alias spelling, alone and led by a surname, is
// looked up without end (names calls itself for a body's shorter name),
// and a known body led by a surname is named by the body.
func TestNamesEnds(t *testing.T) {
	spellings := newSpellingTable(nlp.DefaultAliases().Spellings())
	mt := newMentionText([]*nlp.Doc{doc("X", "", "The council met on Monday, and Dana Hale spoke.")}, nil)
	for s, c := range spellings.canon {
		for _, name := range []string{s, c, "Brenko " + s, "Brenko " + c, "Brenko Brenko " + c} {
			mt.names(name, spellings, false)
		}
	}
	wh := newMentionText([]*nlp.Doc{doc("X", "", "A former White House counsel spoke.")}, nil)
	if !wh.names("Brenko White House", spellings, false) {
		t.Error("the Brenko White House is not named by the White House")
	}
}
