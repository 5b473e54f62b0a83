package nlp

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/jdkato/prose/v3"
)

// TestAnnotateTypes: the type of a name the entity model gets wrong by
// its sentence, on written sentences where the model types an outlet, a
// company or a body as a person or a place: a name ending in a word that
// ends an organisation's name, and an acronym, are organisations; an
// honorific before the name, or a known place, keeps it what it is.
func TestAnnotateTypes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // name=mentioned text:type
	}{
		{"a newspaper the model takes for a person", "In an interview with Lakeshore Post, Tom Ferris said the bridge would wait.",
			[]string{"Lakeshore Post=Lakeshore Post:ORG", "Tom Ferris=Tom Ferris:PERSON"}},
		{"a newspaper the model takes for a place", "The Dunmore Times reported the vote. According to the Dunmore Times, the council split.",
			[]string{"Dunmore Times=Dunmore Times:ORG"}},
		{"a broadcaster", "Ferris told Millbrook News that the bridge would wait. Millbrook News first reported the plan.",
			[]string{"Millbrook News=Millbrook News:ORG"}},
		{"a company", "Dorvale Motors Inc. cut 300 jobs, Ferris said.",
			[]string{"Dorvale Motors=Dorvale Motors:ORG"}},
		{"an institution's head word ends the name", "The Lindqvist Administration said the plan was late.",
			[]string{"Lindqvist Administration=Lindqvist Administration:ORG"}},
		{"a university", "Ferris left Alden University in 1990.",
			[]string{"Alden University=Alden University:ORG"}},
		{"an acronym the model takes for a person", "In an interview with KLBN, Ferris said the bridge would wait.",
			[]string{"KLBN=KLBN:ORG"}},
		{"an acronym the model takes for a place", "Members of the ARVA lobbied the council. ARVA said the rate was unfair.",
			[]string{"ARVA=ARVA:ORG"}},
		{"a known place's initials stay a place", "Tom Ferris flew to DC on Monday. In DC, Ferris met the council.",
			[]string{"DC=DC:GPE"}},
		{"an honorific keeps a person whose surname ends outlets' names", "Sen. Dana Post said the bill was late. Post said she would vote no.",
			[]string{"Dana Post=Dana Post:PERSON", "Dana Post=Post:PERSON"}},
		{"an honorific before a full name", "Mr. Ben Press said the bill was late.",
			[]string{"Ben Press=Ben Press:PERSON"}},
		{"a region's body is no state acting", "The Alden Council met. The European Parliament said the zones broke the law, and Ukrainian officials agreed.",
			[]string{"European Parliament=European Parliament:ORG", "Ukraine=Ukrainian:GPE"}},
		{"a demonym stands for its country", "The Afghan said no, and Afghan forces took the town on Monday.",
			[]string{"Afghanistan=Afghan:GPE"}},
		// A people's plural is its state only after "the" (demonyms).
		{"a plural demonym after the stands for its state", "Polls show that the Californians back the plan, Tom Ferris said.",
			[]string{"California=Californians:GPE"}},
		{"an honorific before a surname that ends bodies' names", "Sen. Dana Church said the bill was late. Church said she would vote no.",
			[]string{"Dana Church=Dana Church:PERSON", "Dana Church=Church:PERSON"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsIn(t, tc.text, true), tc.want, nil)
		})
	}
}

func TestEndsLikeOrg(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Lakeshore Post", true},
		{"Harbor Broadcasting Network", true},
		{"Alden Post-Dispatch", true},
		{"Dorvale Motors Inc.", true},
		{"Lindqvist Administration", true},
		{"Prairie National Guard", true},
		{"Times", true}, // "the Times reported"
		// A party's members in the plural are a group, not a person.
		{"Prairie Democrats", true},
		{"House Republicans", true},
		{"Alden Conservatives", true},
		// A lone surname that ends outlets' names is left to the model.
		{"Post", false},
		{"Press", false},
		// A state, a people, a building, a person.
		{"Alden Republic", false},
		{"Prairie Americans", false},
		{"Vance Center", false},
		{"Dana Vance", false},
		{"Vance", false},
	} {
		if got := endsLikeOrg(tc.name); got != tc.want {
			t.Errorf("endsLikeOrg(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestAcronymType(t *testing.T) {
	aliases := DefaultAliases()
	for _, tc := range []struct{ name, typ, want string }{
		{"KLBN", Person, Org},
		{"ARVA", Place, Org},
		{"AT&T", Person, Org},
		{"ARVA", Org, Org},
		// Known places stay places: the alias table's, the name table's.
		{"US", Place, Place},
		{"UK", Place, Place},
		{"DC", Place, Place},
		{"SEOUL", Place, Place},
		// Not an acronym: lower case, one letter, too long, digits.
		{"Klbn", Person, Person},
		{"K", Person, Person},
		{"ABCDEFG", Place, Place},
		{"K9", Person, Person},
	} {
		if got := acronymType(tc.name, tc.typ, aliases); got != tc.want {
			t.Errorf("acronymType(%q, %s) = %s, want %s", tc.name, tc.typ, got, tc.want)
		}
	}
}

// TestResolveTypes: across the corpus, a name of two words or more takes
// the type most of its mentions carry, the alias table's type winning; a
// tie and a name of one word keep each document's type. The documents
// held whole and their mentions collected alone (Names.AddMentions,
// Resolver.ResolveMentions) give the same types.
func TestResolveTypes(t *testing.T) {
	doc := func(id string, ms ...Mention) *Doc {
		return &Doc{Article: corpus.Article{ID: id, Text: "x"}, Entities: ms}
	}
	docs := []*Doc{
		doc("a", Mention{Name: "Dana Okafor", Type: Person}, Mention{Name: "Dana Okafor", Type: Person}, Mention{Name: "Harbor Lights", Type: Place},
			Mention{Name: "Vance", Type: Person}, Mention{Name: "Lindqvist Group", Type: Org}),
		doc("b", Mention{Name: "Dana Okafor", Type: Place}, Mention{Name: "Harbor Lights", Type: Org},
			Mention{Name: "Vance", Type: Place}, Mention{Name: "Vance", Type: Place}),
		doc("c", Mention{Name: "Dana Okafor", Type: Person}, Mention{Name: "Joe Biden", Type: Place}, Mention{Name: "Joe Biden", Type: Place},
			Mention{Name: "Lindqvist Group", Type: Person}, Mention{Name: "Lindqvist Group", Type: Person}),
		doc("d", Mention{Name: "Joe Biden", Type: Person}, Mention{Name: "Lindqvist Group", Type: Org}, Mention{Name: "Lindqvist Group", Type: Org}),
	}
	want := map[string][]string{ // per document, the types of its mentions
		"a": {Person, Person, Place, Person, Org},
		"b": {Person, Org, Place, Place}, // "Harbor Lights" is tied, "Vance" one word
		"c": {Person, Person, Person, Org, Org},
		"d": {Person, Org, Org},
	}
	check := func(t *testing.T, id string, ms []Mention) {
		t.Helper()
		var got []string
		for _, m := range ms {
			got = append(got, m.Type)
		}
		if !slices.Equal(got, want[id]) {
			t.Errorf("document %s: types %v, want %v", id, got, want[id])
		}
	}
	t.Run("documents", func(t *testing.T) {
		for _, d := range ResolveNames(docs, nil, 1) {
			check(t, d.ID, d.Entities)
		}
	})
	t.Run("mentions", func(t *testing.T) {
		ns := NewNames(nil)
		for _, d := range docs {
			ns.AddMentions(d.Entities)
		}
		r := ns.Resolver()
		for _, d := range docs {
			check(t, d.ID, r.ResolveMentions(d.Entities))
		}
	})
	// The caller's documents are not changed.
	if docs[1].Entities[0].Type != Place {
		t.Errorf("ResolveNames changed its input: %v", docs[1].Entities[0])
	}
}

// TestWordsThatAreNoNames: a word general news writes in lower case is
// no name where only its place capitalises it, nor is a word of a title
// in quotation marks; a surname that is such a word stays a name where
// the article writes it inside a sentence, and a name written outside the
// title too stays.
func TestWordsThatAreNoNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // mentioned texts
	}{
		{"an adjective opening a sentence", "Bombastic commentator Tom Ferris closed the conference on Saturday.",
			[]string{"Tom Ferris"}, []string{"Bombastic"}},
		{"a noun of a compound opening a sentence", "Real estate agent Tom Ferris said on Thursday that he would run.",
			[]string{"Tom Ferris"}, []string{"Real"}},
		{"words of a programme's title", "Tom Ferris told CBS's “Face the Nation” on Sunday that the bridge would wait.",
			[]string{"Tom Ferris"}, []string{"Nation"}},
		{"words of a cover's title", "The magazine called her “The Queen of Tolls,” and Ferris objected.",
			nil, []string{"Tolls"}},
		{"a name also written outside the title stays", "Critics called it “Ferris's War on Tolls.” Ferris said the tolls would stay.",
			[]string{"Ferris"}, []string{"Tolls"}},
		{"a heading's capitals", "Report Sees Tolls as Path to Safety on Bridges\n\nThe council voted on Monday to raise the bridge tolls, Tom Ferris said.",
			[]string{"Tom Ferris"}, []string{"Path", "Safety"}},
		{"a surname that is a title's word, then a suffix", "Students read the speeches of Martin Luther King Jr. in class on Monday.",
			[]string{"Martin Luther King Jr."}, []string{"Jr."}},
		{"a month abbreviated before its day", "Tom Ferris spoke of the attacks of Sept. 11 and of the vote on Oct. 2 at the hall.",
			[]string{"Tom Ferris"}, []string{"Sept", "Sept.", "Oct", "Oct."}},
		{"an ordinal alone", "Dana Hale said she would plead the Fifth before the panel.",
			[]string{"Dana Hale"}, []string{"Fifth"}},
		{"a place before a hyphen", "Officials worry about Colorado-grown marijuana crossing into Kansas, Tom Ferris said.",
			[]string{"Colorado", "Tom Ferris"}, []string{"Colorado-grown"}},
		{"a common word before a hyphen", "Gun-control groups met on Monday, Tom Ferris said.",
			[]string{"Tom Ferris"}, []string{"Gun", "Gun-control"}},
		{"a given name the model leaves out after an honorific", "Ms. Ellen Marsh said the plan was late. Marsh added that the vote would wait.",
			[]string{"Ellen Marsh"}, []string{"Ms. Ellen Marsh"}},
		{"a title after an honorific is no given name", "Sen. Majority Leader Harry Lind said the plan was late.",
			[]string{"Harry Lind"}, []string{"Majority Leader Harry Lind"}},
		{"the tail of a name cut at of the", "Tom Ferris will answer the senators before the State of the Union next month.",
			[]string{"Tom Ferris"}, []string{"Union"}},
		{"a place after a title's of the", "Tom Ferris met the Prime Minister of the Netherlands on Monday.",
			[]string{"Tom Ferris", "Netherlands"}, nil},
		{"a surname that is a common word", "Rep. Dana Young of Alaska spoke first. Young said the bill would pass.",
			[]string{"Dana Young", "Young"}, nil},
		{"a common word after a party's name", "The crowd cheered at a rally for Democratic presidential candidate Dana Hale at Riverside Park in Alden.",
			[]string{"Democratic", "Dana Hale"}, []string{"Democratic presidential"}},
		{"a photo's credit", "A lone voter waits at a polling station in Alden on Tuesday. (Tom Ferris/The Alden Post)",
			[]string{"Alden"}, []string{"Tom Ferris/The Alden Post", "Tom Ferris"}},
		{"a word of a photo's credit", "The plant closed in 2019.(AP Photo/Dana Hale, File)\n\nTom Ferris said the plant would open.",
			[]string{"Tom Ferris"}, []string{"File"}},
		{"a site's link in capitals after a name", "House Majority Leader Dana Vossberg MORE (D-Md.) said the vote would wait, and more would come.",
			[]string{"Dana Vossberg"}, []string{"Dana Vossberg MORE", "MORE"}},
		{"a caption's label in capitals", "FILE - In this Nov. 2, 2017, file photo, a worker walks past the Alden plant. Tom Ferris said the plant would open.",
			[]string{"Tom Ferris"}, []string{"FILE"}},
		{"a common word opening a question before a name", "The Morning Report - Can Ferris, Lindqvist agree on a bridge? Ferris said yes.",
			[]string{"Ferris"}, []string{"Can Ferris"}},
		{"a name that opens with a common word keeps it", "Little Rock voted on Monday. Tom Ferris said the count was slow.",
			[]string{"Little Rock"}, []string{"Rock"}},
		{"a letter's salutation", "Dear reader:\n\nTom Ferris said the bridge would wait.",
			[]string{"Tom Ferris"}, []string{"Dear"}},
		{"a heading's capitals ending in common words", "Tolls Up 22 Percent For Harbourcare Plans, But Subsidies Rise, Too\n\nThe Harbourcare tolls rose on Monday, Tom Ferris said.",
			[]string{"Tom Ferris"}, []string{"Harbourcare Plans", "Subsidies Rise"}},
		{"a heading's common words before a name", "Tom Ferris wrote the e-mail on Monday, the clerk said.\n\nDestroy Dana Vance Before She Destroys Us\n\nThe clerk said the e-mail was real.",
			[]string{"Tom Ferris"}, []string{"Destroy Dana Vance"}},
		{"a common word opening a sentence that the article capitalises only inside a longer name", "Tom Ferris spoke for the Alden Public Health Agency on Monday.\n\nPublic health experts say it is safe to dine out. Public health officials in Alden ordered the bars closed.\n\nMarijuana sales rose, the Marijuana Policy Project said.",
			[]string{"Tom Ferris", "Alden Public Health Agency"}, []string{"Public", "Marijuana"}},
		{"a place cut before its hyphenated rest, in an article that never names it alone", "The New Harbor-based group sued the city on Monday, Tom Ferris said.",
			[]string{"New Harbor", "Tom Ferris"}, []string{"New"}},
		{"a number in words opening a sentence", "The count went on. Fourteen states vote on Tuesday, Tom Ferris said.",
			[]string{"Tom Ferris"}, []string{"Fourteen"}},
		{"a day's name", "The race went on through Super Tuesday, and Super Tuesday states voted. Tom Ferris said so.",
			[]string{"Super Tuesday", "Tom Ferris"}, []string{"Super"}},
		{"a named day written once", "Dana Hale dropped out after a poor showing on Super Tuesday, Tom Ferris said.",
			[]string{"Dana Hale", "Tom Ferris"}, []string{"Super"}},
		{"an honorific's plural", "With the money running out, Sens. Dana Hale (R-Alden) and Tom Ferris (D-Harbor) wrote a plan.",
			[]string{"Dana Hale", "Tom Ferris"}, []string{"Sens", "Sens."}},
		{"a weekday after a name dates it", "Tom Ferris said Monday that the bridge would wait. Ferris Tuesday said it again.",
			[]string{"Tom Ferris"}, []string{"Ferris Tuesday"}},
		{"a name cut before a capitalised word", "The Alden Winter Olympics open in May, Tom Ferris said.",
			[]string{"Alden Winter Olympics"}, []string{"Alden Winter"}},
		{"a name cut after a capitalised word", "Funding for Planned Harborhood was cut, Tom Ferris said.",
			[]string{"Planned Harborhood"}, []string{"Harborhood"}},
		{"a body's name cut at and", "A clerk at the Alden Citizenship and Immigration Services office said the forms were late.",
			[]string{"Alden Citizenship and Immigration Services"}, []string{"Alden Citizenship"}},
		{"two parts of a body's name joined at and", "Officials at the Harbor Food and Drug Administration said the test was late.",
			[]string{"Harbor Food and Drug Administration"}, []string{"Harbor Food", "Drug Administration"}},
		{"two bodies joined by and stay two", "The bill passed the Alden House and Senate on Monday.",
			[]string{"Alden House", "Senate"}, []string{"Alden House and Senate"}},
		{"a name the model typed a person that ends in a common word", "The Dow Jones Harbor Average fell 3 percent, Tom Ferris said.",
			[]string{"Dow Jones Harbor Average"}, []string{"Jones Harbor Average"}},
		{"a title and a party's word stay out of a name", "The talks stalled, said Secretary of State Ferris, and Republican Dana Hale agreed.",
			[]string{"Ferris", "Dana Hale"}, []string{"State Ferris", "Republican Dana Hale"}},
		{"a name cut at its particles", "The plan was backed by Dana von der Hale, who spoke in Rio de Alto on Friday. Tom ten Brink said so.",
			[]string{"Dana von der Hale", "Rio de Alto", "Tom ten Brink"}, []string{"Dana von", "Dana", "Hale", "Brink"}},
		{"a common word after a demonym", "Scholars of American political history met in Alden on Friday.",
			[]string{"American"}, []string{"American political"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsIn(t, tc.text, false), tc.want, tc.not)
		})
	}
}

// checkMentions reports each of want that got lacks and each of not that
// it holds.
func checkMentions(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no mention %q among %q", w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("mention %q among %q", w, got)
		}
	}
}

// mentionsIn annotates text as an English article and returns its
// mentions: as "name=text:type" when long, else as the text each covers.
func mentionsIn(t *testing.T, text string, long bool) []string {
	t.Helper()
	a := corpus.Article{ID: "t", Outlet: "Keystone Wire", Language: "en", Text: text}
	d, err := (&Annotator{}).AnnotateOne(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Entities {
		if long {
			got = append(got, m.Name+"="+d.Text[m.Start:m.End]+":"+m.Type)
		} else {
			got = append(got, d.Text[m.Start:m.End])
		}
	}
	return got
}

// TestMendNameEdges: a name the model cut inside a hyphenated word takes
// the rest of it; one resolved to another name keeps that name.
func TestMendNameEdges(t *testing.T) {
	text := "He could, as the Alden Post-Courier explains, wait. The Alden Post-Courier said so."
	at := strings.Index(text, "Alden Post-")
	second := strings.LastIndex(text, "Alden Post-")
	d := &Doc{Article: corpus.Article{Text: text}, Entities: []Mention{
		{Start: at, End: at + len("Alden Post"), Name: "Alden Post", Type: Org},
		{Start: second, End: second + len("Alden Post"), Name: "Courier Group", Type: Org},
	}}
	mendNameEdges(d)
	if got := d.Text[d.Entities[0].Start:d.Entities[0].End]; got != "Alden Post-Courier" || d.Entities[0].Name != "Alden Post-Courier" {
		t.Errorf("first mention %q named %q, want the whole hyphenated name", got, d.Entities[0].Name)
	}
	if got := d.Text[d.Entities[1].Start:d.Entities[1].End]; got != "Alden Post-Courier" || d.Entities[1].Name != "Courier Group" {
		t.Errorf("second mention %q named %q, want the span mended and the resolved name kept", got, d.Entities[1].Name)
	}
}

// TestMendNameEdgesHyphenatedRest: a place's name cut before a word that
// opens with the rest of it and goes on with a hyphen ("Alden" of "Alden
// Harbor-based") takes that part; a person's does not, nor a name
// followed by a capital after its hyphen, which the rule above mends.
func TestMendNameEdgesHyphenatedRest(t *testing.T) {
	tests := []struct {
		text, name, typ, want string
	}{
		{"Traders at the Alden Harbor-based fund sold.", "Alden", Place, "Alden Harbor"},
		{"A Dana Whitfield-led panel met.", "Dana", Person, "Dana"},
		{"The Alden Harbor-Side fund sold.", "Alden", Place, "Alden"},
		{"The Alden gas-fired plant closed.", "Alden", Place, "Alden"},
	}
	for _, tc := range tests {
		at := strings.Index(tc.text, tc.name)
		d := &Doc{Article: corpus.Article{Text: tc.text}, Entities: []Mention{{Start: at, End: at + len(tc.name), Name: tc.name, Type: tc.typ}}}
		mendNameEdges(d)
		if got := d.Text[d.Entities[0].Start:d.Entities[0].End]; got != tc.want || d.Entities[0].Name != tc.want {
			t.Errorf("%q: mention %q named %q, want %q", tc.text, got, d.Entities[0].Name, tc.want)
		}
	}
}

// FuzzAnnotateNames: whatever the text, every mention the name rules
// make (cut, widened, joined) lies inside the text, on rune boundaries,
// and names something, with one apostrophe ("O’Rourke" is "O'Rourke").
func FuzzAnnotateNames(f *testing.F) {
	for _, s := range []string{
		"The crowd cheered at a rally for Democratic presidential candidate Dana Hale at Riverside Park in Alden.",
		"A lone voter waits in Alden on Tuesday. (Tom Ferris/The Alden Post)\n\nThe plant closed in 2019.(AP Photo/Dana Hale, File)",
		"House Majority Leader Dana Vossberg MORE (D-Md.) said the vote would wait.\n\nFILE - In this file photo, a worker walks.",
		"The Morning Report - Can Ferris, Lindqvist agree on a bridge? Ferris said yes. Dear reader:",
		"The race went on through Super Tuesday, and Super Tuesday states voted. Alden Woman’s Health sued.",
		"Officials at the Harbor Food and Drug Administration met Dana von der Hale in Rio de Alto. The Dow Jones Harbor Average fell.",
		"O'Neill & Co and / Ferris/ /Hale É. Ölund d' de",
		// The splitter once ended a sentence after a doubled mark's "The"
		// (public.""The), and a name rule sliced before the sentence.
		"\"It was a story told to the American public.\"\"The Ferris administration made up a story,\" Hale said. The Hill reported it.",
		"Beto O’Rourke drew crowds. O’Rourke said the U.S. Ferris administration’s plan failed, O’Rourke’s aides said.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		a := corpus.Article{ID: "f", Language: "en", Text: text}
		d, err := (&Annotator{}).AnnotateOne(context.Background(), a)
		if pe := (*PanicError)(nil); errors.As(err, &pe) {
			t.Fatalf("the annotator panicked: %v\n%s", pe.Value, pe.Stack)
		}
		if err != nil {
			return
		}
		for _, m := range d.Entities {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %q: bad span [%d,%d) in %d bytes", m.Name, m.Start, m.End, len(text))
			}
			if !utf8.ValidString(text[m.Start:m.End]) {
				t.Fatalf("mention %q splits a rune: %q", m.Name, text[m.Start:m.End])
			}
			if strings.TrimSpace(m.Name) == "" {
				t.Fatalf("mention at [%d,%d) names nothing", m.Start, m.End)
			}
			if strings.Contains(m.Name, "’") {
				t.Fatalf("mention %q: names are written with one apostrophe, '", m.Name)
			}
		}
	})
}

// TestAmpersandName: a name joined by an ampersand to a capitalised word
// is a firm's, a programme's or a book's, not a person's; a post's
// shorthand joining people to "I" or to a phrase is left alone.
func TestAmpersandName(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"The memoir is published by Harlow & Brandt, the firm said.", "Harlow", true},
		{"The memoir is published by Harlow & Brandt, the firm said.", "Brandt", true},
		{"Quill told “Morning & Friends” on Monday.", "Morning", true},
		{"Quill told “Morning & Friends” on Monday.", "Friends", true},
		{"He hired the law firm Ferris & Lindqvist LLP.", "Ferris", true},
		{"the only thing Dana Ferris & I have in common", "Dana Ferris", false},
		{"If Ferris & the top people knew, they would act.", "Ferris", false},
		{"Ferris and Brandt met on Monday.", "Ferris", false},
		{"— Harbor Films & Andrew Hale (@andrewhale) May 2, 2022", "Andrew Hale", false},
		{"Damaged: Uptown Pub & Peanut Bar, Lake Street.", "Peanut Bar", true},
		{"Ferris met Brandt on Monday.", "Brandt", false},
	} {
		start := strings.Index(tc.text, tc.name)
		if got := ampersandName(tc.text, start, start+len(tc.name)); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestShouted: a word in capitals joined to another is a phrase shouted
// or a heading, not a name; a capitalised acronym among lower-case words,
// a dateline's place and a name in capitals alone are left to the model.
func TestShouted(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"He posted again: “RULES & ORDER!”", "ORDER", true},
		{"THE FACTS: No such study existed.", "FACTS", true},
		{"TOP OF THE HOUR: the bridge reopens", "HOUR", true},
		{"HERE'S WHAT YOU NEED TO KNOW", "HERE", true},
		{"The claim is FALSE, the panel found.", "FALSE", false},
		{"Police cleared the HAVN zone on Monday.", "HAVN", false},
		{"ALDEN, Mo. — The council met.", "ALDEN", false},
		{"FERRIS: We will build it.", "FERRIS", false},
		{"He thanked the U.S. NAVY band.", "NAVY", false},
		{"a former KLBN TV producer", "KLBN", false},
		{"Ferris & Lindqvist, a firm", "Lindqvist", false},
	} {
		start := strings.Index(tc.text, tc.word)
		if got := shouted(tc.text, start, start+len(tc.word)); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.word, tc.text, got, tc.want)
		}
	}
}

// TestSplitRepeats: a name written twice running, as a photo's credit
// glued to its caption gives it, is two mentions of the name, and the
// person's quotations go to the name once.
func TestSplitRepeats(t *testing.T) {
	text := "Races were canceled across the country.\n\nCourtesy of Dana Holt Dana Holt, a hobby marathoner in Alden, runs laps of her garden.\n\n“That might be an opportunity to try something different,” says Dana Holt, who has run over 200 marathons."
	checkMentions(t, mentionsIn(t, text, true), []string{"Dana Holt=Dana Holt:PERSON"}, []string{"Dana Holt Dana Holt=Dana Holt Dana Holt:PERSON"})
	a := corpus.Article{ID: "t", Outlet: "Keystone Wire", Language: "en", Text: text}
	d, err := (&Annotator{}).AnnotateOne(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Dana Holt" {
		t.Errorf("quotes %+v, want one by Dana Holt", d.Quotes)
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Dana Holt Dana Holt", []string{"Dana Holt", "Dana Holt"}},
		{"Holt Holt", []string{"Holt Holt"}},
		{"Dana Holt", []string{"Dana Holt"}},
		{"Dana Holt Dana", []string{"Dana Holt Dana"}},
		{"New York New Jersey", []string{"New York New Jersey"}},
	} {
		var got []string
		for _, e := range splitRepeats([]prose.Entity{{Text: tc.in, Label: Person, Start: 10}}) {
			got = append(got, e.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("splitRepeats(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSplitCompounds: names joined by a hyphen that the article also
// writes alone are two mentions; a double surname, a company's or a
// county's name, and a compound inside a longer name stay whole.
func TestSplitCompounds(t *testing.T) {
	text := "Brenko met Russia's envoy on Monday. The Brenko-Russia talks ended without a deal, and Russia said it would wait.\n\n" +
		"Senator Dana Hyde-Lowe said Lowe Street would close. Alden-Dade County voted to keep the toll."
	got := mentionsIn(t, text, true)
	checkMentions(t, got, []string{"Russia=Russia:GPE"}, []string{"Brenko-Russia=Brenko-Russia:GPE", "Brenko-Russia=Brenko-Russia:PERSON", "Brenko-Russia=Brenko-Russia:ORG"})
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Brenko-Russia", []string{"Brenko", "Russia"}},
		{"Hyde-Lowe", nil},  // "Hyde" never stands alone
		{"Alden-Dade", nil}, // nor do these
		{"Brenko-Russia Pact", nil},
		{"Brenko", nil},
		{"Brenko-A", nil},
		{"Russia-American", nil},
	} {
		if got := compoundParts(text, tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("compoundParts(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	// A part takes the type the document's other mentions of its name
	// carry most, not the compound's.
	ms := []Mention{
		{Start: 0, Name: "Brenko", Type: Person}, {Start: 10, Name: "Brenko", Type: Place},
		{Start: 20, Name: "Brenko", Type: Person}, {Start: 30, Name: "Brenko", Type: Place},
		{Start: 40, Name: "Brenko", Type: Person},
		{Start: 50, Name: "Brenko", Type: Place}, {Start: 57, Name: "Kolt", Type: Place}, // "Brenko-Kolt"
	}
	compoundTypes(ms, map[int]bool{50: true, 57: true})
	if ms[5].Type != Person || ms[6].Type != Place {
		t.Errorf("parts typed %s and %s, want PERSON (as the other mentions) and GPE (as the compound: no other)", ms[5].Type, ms[6].Type)
	}
}

// TestLanguageAlone: a language's name standing alone is no mention; one
// that opens a longer name stays.
func TestLanguageAlone(t *testing.T) {
	text := "Tom Ferris came to Alden in 2015. His English and computer skills meant he could help file paperwork, and volunteers teach English as a second language in Brenton."
	got := mentionsIn(t, text, false)
	checkMentions(t, got, []string{"Tom Ferris", "Alden"}, []string{"English"})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"He speaks English at home.", true},
		{"They sailed the English Channel.", false},
		{"in English, French and Spanish", true},
		{"the Russian language", false}, // a people's adjective: the demonym rules' case
	} {
		i := strings.Index(tc.text, "English")
		if i < 0 {
			i = strings.Index(tc.text, "Russian")
		}
		if got := languageAlone(tc.text, i, i+7); got != tc.want {
			t.Errorf("languageAlone(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMilitiaNotState: a body named with a demonym and a state noun is
// the state only where the words between are a state's services.
func TestMilitiaNotState(t *testing.T) {
	got := mentionsIn(t, "The commander of the Kurdish-led Syrian Democratic Forces told a senior diplomat they would stay, and Syrian Armed Forces moved north.", true)
	checkMentions(t, got, []string{"Syria=Syrian Armed Forces:GPE"}, []string{"Syria=Syrian Democratic Forces:GPE"})
	if !slices.ContainsFunc(got, func(m string) bool { return strings.HasPrefix(m, "Syrian Democratic Forces=") }) {
		t.Errorf("no mention named Syrian Democratic Forces among %q", got)
	}
}
