package nlp

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/jdkato/prose/v3"
)

func TestDefaultAliases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kiev", "Kyiv"},
		{"Kyiv", "Kyiv"},
		{"U.S.", "United States"},
		{"the US", "United States"},
		{"Washington", "United States"},
		{"the Kremlin", "Russia"},
		{"Moscow", "Russia"},
		{"Nato", "NATO"},
		{"U.N.", "United Nations"},
		{"Donbass", "Donbas"},
		{"Vladimir Zelensky", "Volodymyr Zelensky"},
		{"Sergei Lavrov", "Sergey Lavrov"},
		{"I.R.S.", "IRS"},
		{"G.O.P.", "Republican Party"},
		{"CDC", "Centers for Disease Control and Prevention"},
		{"Health and Human Services", "Department of Health and Human Services"},
		{"Twitter", "Twitter"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got, _ := DefaultAliases().Canonical(tc.in); got != tc.want {
				t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	// Capitals that are as often the city stay themselves.
	for _, city := range []string{"Honolulu", "Beijing", "London"} {
		if got, ok := DefaultAliases().Canonical(city); ok || got != city {
			t.Errorf("Canonical(%q) = %q, %v; want it left alone", city, got, ok)
		}
	}
}

func TestSplitPossessives(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Japan’s Yoshimasa Hayashi", []string{"Japan@0", "Yoshimasa Hayashi@10"}},
		{"South Korea's Chung Eui-yong", []string{"South Korea@0", "Chung Eui-yong@14"}},
		{"Antony Blinken", []string{"Antony Blinken@0"}},
		{"Kremlin's own", []string{"Kremlin's own@0"}}, // nothing named after it
		{"O'Shea", []string{"O'Shea@0"}},
		// A common noun's possessive is a word of the name.
		{"Alden Woman’s Health", []string{"Alden Woman’s Health@0"}},
		// An office after the possessive is the possessor's, one body.
		{"Alden County Sheriff’s Office", []string{"Alden County Sheriff’s Office@0"}},
		{"U.S. Attorney's Office", []string{"U.S. Attorney's Office@0"}},
		{"Russia’s Foreign Ministry", []string{"Russia@0", "Foreign Ministry@11"}},
		{"Whitfield’s Senate", []string{"Whitfield@0", "Senate@14"}},
		{"Alden Children's Hospital", []string{"Alden Children's Hospital@0"}},
		// A body possesses its people.
		{"Harbor Group’s Dana Hale", []string{"Harbor Group@0", "Dana Hale@17"}},
		{"Dana Hale’s Poor People’s Campaign", []string{"Dana Hale@0", "Poor People’s Campaign@14"}},
	} {
		var got []string
		for _, e := range splitPossessives([]prose.Entity{{Text: tc.in, Label: "GPE", Start: 0}}) {
			got = append(got, fmt.Sprintf("%s@%d", e.Text, e.Start))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("splitPossessives(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCleanEntityStripsTitles(t *testing.T) {
	tests := []struct{ in, name, role string }{
		{"Secretary of State Antony Blinken", "Antony Blinken", "secretary of state"},
		{"Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "foreign minister"},
		{"Arizona Sheriff Joe Arpaio", "Joe Arpaio", "arizona sheriff"},
		{"Rep. Michael Grimm", "Michael Grimm", "rep."},
		{"the Kremlin's", "Kremlin", ""},
		{"Republican Mitt Romney", "Mitt Romney", ""},
		{"Republican National Committee", "Republican National Committee", ""},
		{"Republican Whitfield", "Whitfield", ""},
		{"Democratic Party", "Democratic Party", ""},
		{"Liberal Democrats", "Liberal Democrats", ""},
		// A body's name glued before a person's by a section label.
		{"Congress McConnell", "McConnell", ""},
		{"Pentagon Dana Whitfield", "Dana Whitfield", ""},
		{"Senate Armed Services", "Senate Armed Services", ""},
		{"Congress Avenue", "Congress Avenue", ""},
		{"Cas Mudde", "Cas Mudde", ""},
		{"United Nations Dana Whitfield", "Dana Whitfield", ""},
		{"Had Ferris", "Ferris", ""},
		{"When Dana Whitfield", "Dana Whitfield", ""},
		{"Adds Dana Whitfield", "Dana Whitfield", ""},
		{"Said Jalili", "Said Jalili", ""},
		{"Will Hurd", "Will Hurd", ""},
		{"New York City", "New York City", ""},
		{"North Carolina Republican Dale Nelson", "Dale Nelson", ""},
		{"House Judiciary Democrat Ana Ruiz Vela", "Ana Ruiz Vela", ""},
		{"Democratic-led House", "House", ""},
		{"Republican-controlled Senate", "Senate", ""},
		{"Kurdish-led Alden Democratic Forces", "Alden Democratic Forces", ""},
		{"U.S.-backed Alden Militia", "Alden Militia", ""},
		{"NATO-ally Brenkovia", "Brenkovia", ""},
		{"Alden Law Professor Dana Whitfield", "Dana Whitfield", "alden law professor"},
		{"District Superintendent Tom Ferris", "Tom Ferris", "district superintendent"},
		{"Army Lieutenant Colonel Dana Whitfield", "Dana Whitfield", "army lieutenant colonel"},
		{"Peace Prize Laureate Ana Ruiz", "Ana Ruiz", "peace prize laureate"},
		{"Alden City Manager Tom Ferris", "Tom Ferris", "alden city manager"},
		{"AG Dana Whitfield", "Dana Whitfield", "ag"},
		{"Alden Steel AG", "Alden Steel AG", ""},
		{"Voter Tom Ferris", "Tom Ferris", ""},
		{"Reach Tom Ferris", "Tom Ferris", ""},
		{"Martin Luther Whitfield", "Martin Luther Whitfield", ""},
		{"Frank Lloyd Whitfield", "Frank Lloyd Whitfield", ""},
		{"Ruth Bader Whitfield", "Ruth Bader Whitfield", ""},
		{"Abu Bakr Tom", "Abu Bakr Tom", ""},
		{"Crazy Tom Ferris", "Tom Ferris", ""},
		{"Will Tom Ferris", "Will Tom Ferris", ""},
		{"Kentucky Democratic Party", "Kentucky Democratic Party", ""},
		{"White House Rose Garden", "White House Rose Garden", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, _, name, role, ok := cleanEntity(tc.in, true)
			if !ok || name != tc.name || role != tc.role {
				t.Errorf("cleanEntity(%q, true) = %q, %q, %v; want %q, %q", tc.in, name, role, ok, tc.name, tc.role)
			}
		})
	}
}

func TestReadAliases(t *testing.T) {
	in := "# Ukraine's defence minister\n\nOleksii Reznikov|person\tAleksei Reznikov\tOleksiy Reznikov\nKharkiv\tKharkov\n"
	a, err := ReadAliases("aliases.tsv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for alias, want := range map[string]string{"Aleksei Reznikov": "Oleksii Reznikov", "oleksiy reznikov": "Oleksii Reznikov", "Kharkov": "Kharkiv"} {
		if got, ok := a.Canonical(alias); !ok || got != want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", alias, got, ok, want)
		}
	}
	if typ := a.Type("Oleksii Reznikov"); typ != Person {
		t.Errorf("type %q, want %s", typ, Person)
	}
	merged := DefaultAliases().Merge(a)
	if got, _ := merged.Canonical("Kiev"); got != "Kyiv" {
		t.Errorf("the merged table lost the built-in Kiev: %q", got)
	}
	if got, _ := merged.Canonical("Aleksei Reznikov"); got != "Oleksii Reznikov" {
		t.Errorf("the merged table lost the user's alias: %q", got)
	}
}

func TestReadAliasesErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"spaces, not tabs", "Kyiv\tKiev\nKharkiv Kharkov\n", 2, "has no aliases"},
		{"empty canonical name", "# c\n\tKiev\n", 2, "empty canonical name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAliases("aliases.tsv", strings.NewReader(tc.in))
			var pe *corpus.ParseError
			if !errors.As(err, &pe) || pe.Line != tc.line || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("got %v, want aliases.tsv:%d and %q", err, tc.line, tc.msg)
			}
		})
	}
}

// TestAnnotateNames: what the annotator makes of the model's mentions in
// one article. A surname and a title resolve to the full name the article
// introduced, and Kiev to Kyiv; a name the model cuts at its middle initial
// ("Paul D" + "Ryan") is one person without the initial, so the NYT's
// "Paul D. Ryan" and the wires' "Paul Ryan" are one entity; a possessive
// the model takes into a person's name is left out of it.
func TestAnnotateNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // name=mentioned text
		not        []string // mentions that must not be there
	}{
		{"resolves", "US Secretary of State Antony Blinken spoke to reporters in Honolulu on Saturday.\n\n" +
			"The secretary of state said the embassy in Kiev would keep a small staff.\n\n" +
			"Blinken said talks with Moscow remained possible.",
			[]string{"Antony Blinken=Antony Blinken", "Antony Blinken=secretary of state", "Antony Blinken=Blinken", "Kyiv=Kiev", "Russia=Moscow"}, nil},
		{"middle initials", "The vice president scoffed at Representative Paul D. Ryan during the debate.\n\n" +
			"Speaker John A. Boehner said the talks had stalled.",
			[]string{"Paul D. Ryan=Paul D. Ryan", "John Boehner=John A. Boehner"}, nil},
		{"possessive", "Japan’s Yoshimasa Hayashi stood beside Blinken in Honolulu on Saturday.",
			[]string{"Japan=Japan", "Yoshimasa Hayashi=Yoshimasa Hayashi"}, nil},
		// A comma ends the phrase before a title: Ferris's title is
		// "president", so two people carry it and "the president" is
		// neither.
		{"a title after a comma", "The tax angered Republicans, President Tom Ferris said on Monday. Talks with the government of President Ada Brandt stalled.\n\n" +
			"The president said he would not give in.",
			[]string{"Tom Ferris=Tom Ferris", "Ada Brandt=Ada Brandt"}, []string{"Ada Brandt=president", "Tom Ferris=president"}},
		// A title with a demonym before it yields to the same title
		// without one: news's "the president" is its own country's.
		{"a title with a demonym", "President Tom Ferris met Russian President Ada Brandt in Alden on Monday.\n\n" +
			"The president said the talks had gone well.",
			[]string{"Tom Ferris=Tom Ferris", "Ada Brandt=Ada Brandt", "Tom Ferris=president"}, []string{"Ada Brandt=president"}},
		{"the title of another body", "President Tom Ferris opened the session in Alden.\n\n" +
			"Maria Lindqvist, the president of The Harbor League, said the plan was late.",
			[]string{"Maria Lindqvist=Maria Lindqvist"}, []string{"Tom Ferris=president"}},
		{"a title before a verb's complement", "President Tom Ferris opened the session in Alden.\n\n" +
			"The league accused the president of stalling.",
			[]string{"Tom Ferris=president"}, nil},
		// A company or a place named with a title's word keeps it; a
		// person's title goes.
		{"names that start with a title's word", "Ford, General Motors and Toyota cut production after protesters blocked the Ambassador Bridge.\n\n" +
			"Police cleared the Ambassador Bridge on Sunday, and plants of General Motors would reopen.",
			[]string{"General Motors=General Motors", "Ambassador Bridge=Ambassador Bridge"}, []string{"Motors=Motors", "Bridge=Bridge"}},
		{"a person's title before a lone surname", "The report of President Ferris's National Commission on Bridges was late.",
			nil, []string{"President Ferris=President Ferris"}},
		// A party tag after a name is how prose later calls the person.
		{"a party tag's description", "Sen. Tom Ferris, R-Ariz., said the bridge would wait. Rep. Maria Lindqvist (D-Calif.) disagreed.\n\n" +
			"The Arizona Republican said he would vote on Friday, and the California Democrat said she would not.",
			[]string{"Tom Ferris=Arizona Republican", "Maria Lindqvist=California Democrat"}, nil},
		// Datelines' state abbreviations and the adjective of Europe.
		{"AP state abbreviations and demonyms", "INGLEWOOD, Calif. — The Rams won at home. European officials cheered, and Western capitals said nothing.",
			[]string{"California=Calif", "Europe=European", "West=Western"}, []string{"Calif=Calif", "European=European"}},
		// A word capitalised by its place is no name when the article
		// writes it in lower case too; a surname stays.
		{"capitalised words", "ALDEN — All commuters who are legally registered may cross the bridge, the council said. Gay and lesbian couples will pay the family rate.\n\n" +
			"Officials said all commuters and gay couples qualify. Ferris said the rate was fair.",
			[]string{"Ferris=Ferris"}, []string{"All=All", "Gay=Gay"}},
		// A title's organisation, an acronym, a hyphenated title and a
		// company's chief are no part of a person's name.
		{"an acronym and titles before a name", "US Ambassador to NATO Dana Whitfield spoke in Brussels on Monday. CEO Tom Ferris of Alden Tools said the plant would close, and EPA Administrator Maria Lindqvist disagreed.\n\n" +
			"Alliance Secretary-General Paul Grant left early. Special Counsel Ada Brandt declined to comment.",
			[]string{"Dana Whitfield=Dana Whitfield", "Tom Ferris=Tom Ferris", "Maria Lindqvist=Maria Lindqvist", "Paul Grant=Paul Grant"},
			[]string{"NATO Dana Whitfield=NATO Dana Whitfield", "CEO Tom Ferris=CEO Tom Ferris", "Administrator Maria Lindqvist=Administrator Maria Lindqvist", "Special Counsel Ada Brandt=Special Counsel Ada Brandt"}},
		{"a title's office in the model's span", "Director of National Intelligence Dana Whitfield told lawmakers on Thursday that threats remain. Secretary of Homeland Security Tom Ferris agreed.",
			[]string{"Dana Whitfield=Dana Whitfield", "Tom Ferris=Tom Ferris"}, []string{"National Intelligence Dana Whitfield=National Intelligence Dana Whitfield", "Homeland Security Tom Ferris=Homeland Security Tom Ferris"}},
		{"a titled person's surname that is a place's name", "\"That seems to have helped the mayor,\" Harbor Polling Director Keating Holland said. \"Turnout was high,\" Holland added.",
			[]string{"Keating Holland=Holland"}, []string{"Netherlands=Holland"}},
		{"a publication's name with its The", "Ada Brandt told The Harbinger on Monday that the council had not voted. Her lawyers went to the court in The Hague, and the Ferris administration said nothing.",
			[]string{"The Harbinger=The Harbinger", "The Hague=Hague"}, []string{"Harbinger=Harbinger"}},
		{"a title not yet taken up", "Just days away from joining the council's majority, Sen.-elect Tom Ferris broadly criticized the mayor's policies and argued that the mayor \"has not risen to the office.\" Governor-elect Ada Brandt agreed.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"Sen.-elect Tom Ferris=Sen.-elect Tom Ferris", "Governor-elect Ada Brandt=Governor-elect Ada Brandt"}},
		{"a company's chief and a title in initials", "Alden Tools CEO Tom Ferris said on Monday that the plant would stay. The council reached a deal with Mayor-elect Ada Brandt and VP-elect Paul Grant to keep the ferry.",
			[]string{"Tom Ferris=Tom Ferris", "Paul Grant=Paul Grant"}, []string{"Alden Tools CEO Tom Ferris=Alden Tools CEO Tom Ferris", "VP-elect Paul Grant=VP-elect Paul Grant"}},
		{"a chief executive and an editor", "Harbor Chief Executive Dana Whitfield said Monday that the vote would go ahead. Executive Editor Tom Ferris of The Harbinger disagreed, and the Executive Committee met later.",
			[]string{"Dana Whitfield=Dana Whitfield", "Tom Ferris=Tom Ferris"}, []string{"Executive Dana Whitfield=Executive Dana Whitfield", "Executive Editor Tom Ferris=Executive Editor Tom Ferris"}},
		{"a trade's title before a name, a publication's name after", "Harbor News Political Analyst Dana Whitfield said on Monday that the vote was close, as The Alden Reporter had predicted.",
			[]string{"Dana Whitfield=Dana Whitfield", "Alden Reporter=Alden Reporter"}, []string{"Political Analyst Dana Whitfield=Political Analyst Dana Whitfield"}},
		{"a place's initials run into a surname", "Activists said the U.S. Ferris administration's pressure was cruel. Tom Ferris said on Monday that the border would stay closed, and Ferris repeated it.",
			[]string{"Tom Ferris=Ferris"}, []string{"US Ferris=U.S. Ferris", "US Ferris=Ferris"}},
		{"a known name the model cut at its joining word", "Thirty states and the District of Columbia allow early voting, and a judge for the District of Columbia agreed on Monday. The Organization for Security and Co-operation in Europe sent monitors.",
			[]string{"DC=District of Columbia", "OSCE=Organization for Security and Co-operation in Europe"}, []string{"District=District", "Columbia=Columbia", "Organization for Security=Organization for Security", "Europe=Europe"}},
		{"an acronym of a name the article gave first", "The Harbor Conservation Fund sued the council on Monday. HCF said the ferry plan broke the law, and Alden's mayor called HCF's suit a stunt.",
			[]string{"Harbor Conservation Fund=Harbor Conservation Fund", "Harbor Conservation Fund=HCF"}, []string{"HCF=HCF"}},
		{"a name that plays on an acronym after it", "HTV ran the story first. Its critics call HTV the Harbor Tattle Vault.",
			[]string{"HTV=HTV"}, []string{"Harbor Tattle Vault=HTV"}},
		{"the end of a title the model cut short", "US Ambassador to the United Nations Dana Whitfield warned Friday that the council would act.",
			[]string{"Dana Whitfield=Dana Whitfield"}, []string{"United Nations Dana Whitfield=United Nations Dana Whitfield"}},
		{"the end of a title the model cut short, a known person", "(Keystone) US Ambassador to the United Nations Nikki Haley warned Friday that the council would act. Haley said the vote was close.",
			[]string{"Nikki Haley=Nikki Haley"}, []string{"United Nations Nikki Haley=United Nations Nikki Haley"}},
		{"a given name in initials", "National Security Adviser H.R. Halden said Sunday that talks would go on. Halden added that the strike had worked.",
			[]string{"HR Halden=H.R. Halden", "HR Halden=Halden"}, nil},
		{"a descriptor capitalised before a name", "Teenager Dana Whitfield won the race on Sunday. Emergency Use Authorization came later.",
			[]string{"Dana Whitfield=Dana Whitfield"}, []string{"Teenager Dana Whitfield=Teenager Dana Whitfield", "Use Authorization=Use Authorization"}},
		{"a holiday named by whose day it is", "The shooting happened on Valentine's Day, and parents said St. Patrick's Day would bring another march. Mother's Day events were cancelled by Tom Ferris.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"Valentine=Valentine", "St. Patrick=St. Patrick", "Mother=Mother"}},
		{"a season's greeting", "The mayor wished the crowd a Merry Christmas before leaving for Happy Valley, and Tom Ferris wished everyone a Happy New Year.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"Merry Christmas=Merry Christmas", "Happy New Year=Happy New Year"}},
		{"a surname that is a title's word", "Bill Bishop, an author, spoke in Alden. Bishop said the town had changed.",
			[]string{"Bill Bishop=Bill Bishop", "Bill Bishop=Bishop"}, nil},
		{"an acronym that starts a body's or a ship's name", "The fund ABC Harbor Partners sold its stake, and the USS Alden Ferris sailed on Monday.",
			nil, []string{"Harbor Partners=Harbor Partners", "Alden Ferris=Alden Ferris"}},
		// A relative introduced by a full name after the article named
		// someone by the surname alone does not take the surname.
		{"a relative's full name", "Ferris said on Sunday that both his parents were born abroad. His father, Ralph Ferris, was born in Alden.\n\n" +
			"\"I love those countries,\" Ferris told reporters.",
			[]string{"Ralph Ferris=Ralph Ferris", "Ferris=Ferris"}, []string{"Ralph Ferris=Ferris"}},
		{"a full name before the surname alone", "Ralph Ferris was born in Alden. Ferris told reporters he loved the town.",
			[]string{"Ralph Ferris=Ferris"}, nil},
		{"a party member's description", "Tom Ferris, a Kentucky Republican, said the bridge would wait. The Ohio Democrat on the panel disagreed.\n\n" +
			"The Kentucky Republican said he would vote on Friday.",
			[]string{"Tom Ferris=Tom Ferris", "Tom Ferris=Kentucky Republican"}, []string{"Kentucky Republican=Kentucky Republican", "Ohio Democrat=Ohio Democrat"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := corpus.Article{ID: "t", Outlet: "Keystone Wire", Language: "en", Text: tc.text}
			d, err := (&Annotator{}).AnnotateOne(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, m := range d.Entities {
				names = append(names, m.Name+"="+d.Text[m.Start:m.End])
			}
			for _, want := range tc.want {
				if !slices.Contains(names, want) {
					t.Errorf("no mention %s among %v", want, names)
				}
			}
			for _, not := range tc.not {
				if slices.Contains(names, not) {
					t.Errorf("mention %s among %v", not, names)
				}
			}
		})
	}
}

// TestCleanEntityDebris: what the model's spans carry from around a name,
// one case per kind of junk that reached quote speakers.
func TestCleanEntityDebris(t *testing.T) {
	tests := []struct {
		name, in, want, written string
	}{
		{"dateline", "WASHINGTON — Susan Marsh", "Susan Marsh", "Susan Marsh"},
		{"dateline with a state", "ST. PAUL, Minn. — Dale Okafor", "Dale Okafor", "Dale Okafor"},
		{"dash after", "Charles Whitby—specifically", "Charles Whitby", "Charles Whitby"},
		{"trailing weekday", "National Convention Wednesday", "National Convention", "National Convention"},
		{"weekday after a name", "Dana Whitfield Thursday", "Dana Whitfield", "Dana Whitfield"},
		{"programme title", "Pine Channel’s “Evening", "Pine Channel", "Pine Channel"},
		{"programme title after a plural possessive", "Hill News’ “Roundtable", "Hill News", "Hill News"},
		{"nickname", "William “Bo” Carver", "William Carver", "William “Bo” Carver"},
		{"closing editorial bracket", "Barack] Obama", "Barack Obama", "Barack] Obama"},
		{"opening bracket after a first name", "Marco [Rubio", "Marco Rubio", "Marco [Rubio"},
		{"bracket after a full name", "Linda Marsh [Senate", "Linda Marsh", "Linda Marsh"},
		{"party tag in parentheses", "Jan Holt (R", "Jan Holt", "Jan Holt"},
		{"sentence glued on", "Tuesday.McKinnon", "McKinnon", "McKinnon"},
		{"full stop on a word", "Secure Rivers Now.", "Secure Rivers Now", "Secure Rivers Now"},
		{"suffix keeps its stop", "Harold Vance Jr.", "Harold Vance Jr.", "Harold Vance Jr."},
		{"abbreviation keeps its stop", "Acme Widgets Inc.", "Acme Widgets Inc.", "Acme Widgets Inc."},
		{"next sentence taken in", "Dana Whitfield. Stop", "Dana Whitfield", "Dana Whitfield"},
		{"initial keeps its stop", "Dana J. Whitfield", "Dana J. Whitfield", "Dana J. Whitfield"},
		{"abbreviation with stops inside keeps them", "U.S. Harbor Commission", "U.S. Harbor Commission", "U.S. Harbor Commission"},
		{"a rank's abbreviation keeps its stop", "Marine Lance Cpl. Dana Whitfield", "Marine Lance Cpl. Dana Whitfield", "Marine Lance Cpl. Dana Whitfield"},
		{"colon", "Alden Ferry Board: Tolls", "Alden Ferry Board", "Alden Ferry Board"},
		{"closing quote after a stop", "Morning Ferry Show.\"", "Morning Ferry Show", "Morning Ferry Show"},
		{"a number after the name", "Whitfield 17", "Whitfield", "Whitfield"},
		{"a ticker after the name", "Alden Industrial Average .ALD", "Alden Industrial Average", "Alden Industrial Average"},
		{"an exchange's code after the name", "Acme Tools ACME.N", "Acme Tools", "Acme Tools"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start, end, name, _, ok := cleanEntity(tc.in, true)
			if !ok || name != tc.want || tc.in[start:end] != tc.written {
				t.Errorf("cleanEntity(%q, true) = %q written %q, %v; want %q written %q", tc.in, name, tc.in[start:end], ok, tc.want, tc.written)
			}
		})
	}
	for _, in := range []string{"We’ve", "I’d", "They'll", "November", "July", "Tuesday", "BA.N", ".DJI", "CL.1"} {
		if _, _, name, _, ok := cleanEntity(in, true); ok {
			t.Errorf("cleanEntity(%q, true) kept the contraction or date as %q", in, name)
		}
	}
	// A month with a title before it is a name; "May" alone may be one.
	for _, in := range []string{"Judge March", "May", "June Carter"} {
		if _, _, name, _, ok := cleanEntity(in, true); !ok {
			t.Errorf("cleanEntity(%q, true) dropped a name (%q)", in, name)
		}
	}
}

func TestEntityType(t *testing.T) {
	tests := []struct{ name, label, want string }{
		{"Dallas Tea Party", Person, Org},
		{"Democratic National Convention", Person, Org},
		{"Cato Institute", Person, Org},
		{"Vance Tower", Person, Place},
		{"Navy Pier", Org, Place},
		{"Harold Vance", Person, Person},
		{"Vance", Person, Person},
	}
	for _, tc := range tests {
		if got := entityType(tc.name, tc.label); got != tc.want {
			t.Errorf("entityType(%q, %s) = %s, want %s", tc.name, tc.label, got, tc.want)
		}
	}
}

// TestCleanEntitySentenceStop: a full stop after a person's two-letter
// surname ends the sentence, not an abbreviation; a suffix, an initial
// and another type's abbreviation keep theirs.
func TestCleanEntitySentenceStop(t *testing.T) {
	for _, tc := range []struct {
		in     string
		person bool
		want   string
	}{
		{"Dana Mo.", true, "Dana Mo"},
		{"Xi.", true, "Xi"},
		{"Lena Wu.", true, "Lena Wu"},
		{"Harold Vance Jr.", true, "Harold Vance Jr."},
		{"Paul D.", true, "Paul D."},
		{"Alden Co.", false, "Alden Co."},
		{"Alden Mo.", false, "Alden Mo."},
		{"Harold Vance.", true, "Harold Vance"},
	} {
		_, _, name, _, ok := cleanMention(tc.in, tc.person, tc.person)
		if !ok || name != tc.want {
			t.Errorf("cleanMention(%q, person %v) = %q, %v; want %q", tc.in, tc.person, name, ok, tc.want)
		}
	}
}

// TestSpeakerBeforeSentenceStop: the speaker named at a sentence's end is
// the same person as the one named mid-sentence (the model had read
// "Dana Mo." with the stop, and the later "Dana Mo" resolved to it).
func TestSpeakerBeforeSentenceStop(t *testing.T) {
	d := annotateText(t, "“The damage is done, and the wounds are still open,” said opposition legislator Dana Mo. “She thinks a garden hose will do.”\n\nOpposition lawmaker Dana Mo said the marchers would return on Sunday.")
	var names []string
	for _, m := range d.Entities {
		if m.Type == Person {
			names = append(names, m.Name)
		}
	}
	if len(d.Quotes) == 0 || d.Quotes[0].Speaker != "Dana Mo" {
		t.Errorf("quotes %+v, want one said by Dana Mo", d.Quotes)
	}
	for _, n := range names {
		if n != "Dana Mo" {
			t.Errorf("person %q, want Dana Mo (all: %v)", n, names)
		}
	}
}

func TestCleanEntityDropsPartyStateTags(t *testing.T) {
	for _, in := range []string{"R-Wis", "D-Md.", "I-Vt", "D-Arizona", "(D-Arizona)", "R-Tenn.)"} {
		if _, _, name, _, ok := cleanEntity(in, true); ok {
			t.Errorf("cleanEntity(%q, true) kept %q", in, name)
		}
	}
}

func TestBareName(t *testing.T) {
	tests := []struct{ in, want string }{
		// A middle initial is kept, written one way: it tells a son from
		// his father.
		{"Paul D. Ryan", "Paul D. Ryan"},
		{"George W Bush", "George W. Bush"},
		{"George H.W. Bush", "George HW Bush"},
		// A given name in initials is written one way, spaced or not.
		{"H. R. Halden", "HR Halden"},
		{"H.R. Halden", "HR Halden"},
		{"J. Halden", "J. Halden"},
		{"George H. W. Halden", "George HW Halden"},
		// A generation is part of the name, written one way.
		{"Joseph R. Biden Jr.", "Joseph R. Biden Jr."},
		{"Martin Luther King Jr", "Martin Luther King Jr."},
		{"Harold Vance, Jr.", "Harold Vance Jr."},
		{"Harold Vance III", "Harold Vance III"},
		{"Harold J. Vance Sr", "Harold J. Vance Sr."},
		{"George W", "George W"},
		{"Terry O’Shea", "Terry O'Shea"},
		{"I.R.S.", "IRS"},
		{"G.O.P. leaders", "GOP leaders"},
		{"Antony Blinken", "Antony Blinken"},
	}
	for _, tc := range tests {
		if got := bareName(tc.in); got != tc.want {
			t.Errorf("bareName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzReadAliases(f *testing.F) {
	f.Add("Kyiv\tKiev\n")
	f.Add("Oleksii Reznikov|PERSON\tAleksei Reznikov\tOleksiy Reznikov\n# c\n\n")
	f.Add("|\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ReadAliases("fuzz.tsv", strings.NewReader(in))
		if err != nil {
			var pe *corpus.ParseError
			if !errors.As(err, &pe) && !strings.HasPrefix(err.Error(), "reading fuzz.tsv") {
				t.Fatalf("error %v has no position", err)
			}
			return
		}
		// Every alias of every line maps to a canonical name of the file.
		for _, l := range strings.Split(in, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			f := strings.Split(l, "\t")
			for _, al := range f[1:] {
				if aliasKey(al) == "" {
					continue
				}
				if _, ok := a.Canonical(al); !ok {
					t.Fatalf("alias %q of line %q is not in the table", al, l)
				}
			}
		}
	})
}

// TestMissedSurnames: a lone surname the entity model missed is a mention
// of the one person the article names in full with it; a surname two
// people share, a word tagged no proper noun and a token inside a
// mention are not.
func TestMissedSurnames(t *testing.T) {
	text := "Wayne Ferris and Ada Brandt spoke. But Ferris argued, and Brandt of Alden and Tom Brandt agreed, ferris-like."
	d := &Doc{Article: corpus.Article{Text: text}}
	for _, w := range wordSpans(text) {
		s := strings.TrimRight(w.s, ".,")
		tag := "NN"
		if r := []rune(s)[0]; unicode.IsUpper(r) {
			tag = "NNP"
		}
		d.Tokens = append(d.Tokens, Token{Start: w.start, End: w.start + len(s), Tag: tag})
	}
	at := func(s string, n int) int {
		off := -1
		for range n {
			off += 1 + strings.Index(text[off+1:], s)
		}
		return off
	}
	d.Entities = []Mention{
		{Start: at("Wayne Ferris", 1), End: at("Wayne Ferris", 1) + len("Wayne Ferris"), Name: "Wayne Ferris", Type: Person},
		{Start: at("Ada Brandt", 1), End: at("Ada Brandt", 1) + len("Ada Brandt"), Name: "Ada Brandt", Type: Person},
		{Start: at("Tom Brandt", 1), End: at("Tom Brandt", 1) + len("Tom Brandt"), Name: "Tom Brandt", Type: Person},
	}
	got := missedSurnames(d, &normalizer{aliases: DefaultAliases()})
	if len(got) != 1 || got[0].Name != "Wayne Ferris" || text[got[0].Start:got[0].End] != "Ferris" || got[0].Start != at("Ferris", 2) {
		t.Errorf("missed surnames %+v, want the second Ferris as Wayne Ferris alone", got)
	}
}

// TestCleanEntityTitleWords: a two-word span that may not name a person
// keeps a title's word that starts a company's or a place's name; a title
// written only before people is cut either way.
func TestCleanEntityTitleWords(t *testing.T) {
	for _, tc := range []struct {
		in          string
		namesPerson bool
		name, role  string
	}{
		{"General Motors", false, "General Motors", ""},
		{"Ambassador Bridge", false, "Ambassador Bridge", ""},
		{"General Motors", true, "Motors", "general"},
		{"President Obama", false, "Obama", "president"},
		{"Gen. Milley", false, "Milley", "gen."},
	} {
		_, _, name, role, ok := cleanEntity(tc.in, tc.namesPerson)
		if !ok || name != tc.name || role != tc.role {
			t.Errorf("cleanEntity(%q, %v) = %q, %q, %v; want %q, %q", tc.in, tc.namesPerson, name, role, ok, tc.name, tc.role)
		}
	}
}

// TestHonorificMentions: a name after an honorific is a person's mention
// even where the entity model missed it, in American and British style,
// and no more than the name: not a body's name, not a name cut at an
// initial, not the possessive.
func TestHonorificMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string // mention texts after an honorific, in order
		not  []string // texts that must be no person's mention
	}{
		{"Mr. Grimm over time developed a reputation for being hot-tempered, and Ms. Lerner declined to testify.", []string{"Grimm", "Lerner"}, nil},
		{"The voters of Ohio were unmoved, Mr Zuckerberg replied to the committee.", []string{"Zuckerberg"}, nil},
		{"Republicans said Mr. Sestak’s account was false.", []string{"Sestak"}, []string{"Sestak’s"}},
		{"The board heard Sen. Arlen Specter and Rep. Todd Akin before lunch.", []string{"Arlen Specter", "Todd Akin"}, nil},
		{"Executives of Dr. Pepper Snapple Group met the regulators.", nil, []string{"Pepper Snapple Group"}},
		{"The letter from Dr. Alpha Beta Gamma Delta Epsilon arrived.", nil, []string{"Alpha Beta Gamma Delta", "Alpha Beta Gamma Delta Epsilon"}},
	}
	for _, tc := range tests {
		d, err := (&Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Capitol Dispatch", Language: "en", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		persons := map[string]bool{}
		for _, m := range d.Entities {
			if m.Type == Person {
				persons[d.Text[m.Start:m.End]] = true
			}
		}
		for _, w := range tc.want {
			if !persons[w] {
				t.Errorf("%q: no person mention %q; persons %v", tc.text, w, persons)
			}
		}
		for _, w := range tc.not {
			if persons[w] {
				t.Errorf("%q: %q is a person mention", tc.text, w)
			}
		}
	}
}

// TestKnownPlacesAlone: a known place's name alone is a place, whatever
// the model made of it or of a longer name ending with it, unless the
// article introduced a person of that surname with a title.
func TestKnownPlacesAlone(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // name=mentioned text:type
	}{
		{"a group named after a state", "The group, called \"Prairie Kansas,\" plans to register voters. Kansas has voted one way for decades, but Kansas could change.",
			[]string{"Kansas=Kansas:GPE"}},
		{"a court case named after a state", "The case of Vega v Idaho went to the high court. Idaho has appealed, and Idaho officials said little.",
			[]string{"Idaho=Idaho:GPE"}},
		{"a country opening a sentence", "Oregon's party chairman Tom Ferris said the party would not give up. Norway tried the plan and thrived, Ferris said.",
			[]string{"Norway=Norway:GPE", "Tom Ferris=Ferris:PERSON"}},
		{"a surname that is a place, after a title", "Rep. Dana Jersey, R-Alden, sponsored the bill. Jersey wants to make the rule a crime.",
			[]string{"Dana Jersey=Jersey:PERSON"}},
		{"a surname that is a place, before a party tag", "Tom Chad, R-Ohio, voted no. Chad said the bill was rushed, and Mr. Chad left early.",
			[]string{"Tom Chad=Chad:PERSON"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsIn(t, tc.text, true), tc.want, nil)
		})
	}
}

// TestIsHonorific: an honorific in any case, with or without its stop;
// a title word or a name is none.
func TestIsHonorific(t *testing.T) {
	for w, want := range map[string]bool{"Mr.": true, "mr": true, "SEN.": true, "Rep": true, "Gov.": true, "ms": true,
		"President": false, "said": false, "Ferris": false, "": false, ".": false} {
		if got := IsHonorific(w); got != want {
			t.Errorf("IsHonorific(%q) = %v, want %v", w, got, want)
		}
	}
}

// cleanEntity is cleanMention for a span the model may have labelled a
// person's (namesPerson), as the tests read it.
func cleanEntity(text string, namesPerson bool) (start, end int, name, role string, ok bool) {
	return cleanMention(text, namesPerson, namesPerson)
}

// TestGenerationalSuffix: a person's name keeps the suffix the model
// leaves out after a comma, so the son is not his father.
func TestGenerationalSuffix(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // name=mentioned text:type
	}{
		{"after a comma", "The foundation sat down with Roy Tanner, Jr. for an interview in January. His father, Roy Tanner, did not attend.",
			[]string{"Roy Tanner Jr.=Roy Tanner, Jr.:PERSON"}, []string{"Roy Tanner=Roy Tanner, Jr:PERSON"}},
		{"a numeral", "Tom Ferris III, the heir, sold the mill to the county on Monday.",
			[]string{"Tom Ferris III=Tom Ferris III:PERSON"}, nil},
		{"a word that only starts like one", "The award went to Dana Vance Srinivasan on Monday.",
			nil, []string{"Dana Vance Sr.=Dana Vance Sr:PERSON"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsIn(t, tc.text, true), tc.want, tc.not)
		})
	}
}

// TestForNames: a name of the form "X for Y" is one name, not its second
// part alone; a person or a place beside "for" keeps them apart.
func TestForNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // mentioned text
	}{
		{"a programme", "The council voted to keep Deferred Action for Childhood Arrivals in place on Monday.",
			[]string{"Deferred Action for Childhood Arrivals"}, []string{"Childhood Arrivals"}},
		{"a group", "Money from Everytown for Gun Safety and the Club for Growth poured into the race.",
			[]string{"Everytown for Gun Safety", "Club for Growth"}, []string{"Gun Safety", "Growth"}},
		{"a person for a place", "Voters in the valley blamed Tom Ferris for Harbourton and its tolls, and Tom Ferris for New Alden too.",
			nil, []string{"Tom Ferris for Harbourton", "Tom Ferris for New Alden"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsIn(t, tc.text, false), tc.want, tc.not)
		})
	}
}

func TestForNamesSpans(t *testing.T) {
	text := "It shields Obama-era Deferred Action for Childhood Arrivals. Blame The Ledger for The Times, ask Congress for Monday, thank Japan for South Korea, write Tuesdays for USA TODAY."
	got := forNames(text, text, nil)
	if len(got) != 1 || text[got[0].Start:got[0].End] != "Deferred Action for Childhood Arrivals" {
		var s []string
		for _, g := range got {
			s = append(s, text[g.Start:g.End])
		}
		t.Errorf("forNames = %q, want only the programme", s)
	}
}

// TestForNamesAbbreviated: where the model took a programme's first words
// for a person, the name is still joined if the article writes its acronym.
func TestForNamesAbbreviated(t *testing.T) {
	text := "The offer extends protections for Deferred Relief for Childhood Arrivals recipients."
	first := strings.Index(text, "Deferred")
	ents := []prose.Entity{{Text: "Deferred Relief", Label: "PERSON", Start: first}}
	for _, tc := range []struct {
		doc  string
		want int
	}{
		{text + "\n\nDRCA began in 2012.", 1},
		{text + "\n\nThe programme began in 2012.", 0},
	} {
		if got := forNames(text, tc.doc, ents); len(got) != tc.want {
			t.Errorf("forNames in %q = %d names, want %d", tc.doc, len(got), tc.want)
		}
	}
}

// TestFirstNameAlone: a first name alone is the one person of the article
// with that first name; with two such people, or none, it stays.
func TestFirstNameAlone(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // name=mentioned text:type
	}{
		{"one person", "Senator Dana Vance lost the primary on Tuesday.\n\nHow Dana blew it is a story of a campaign that never found its voice, Tom Ferris said.",
			[]string{"Dana Vance=Dana:PERSON"}, nil},
		{"two people", "Senator Dana Vance and her rival Dana Ruiz met on Tuesday.\n\nDana left first, Tom Ferris said.",
			nil, []string{"Dana Vance=Dana:PERSON", "Dana Ruiz=Dana:PERSON"}},
		{"a surname too", "Senator Ferris Hale met Tom Ferris on Tuesday.\n\nFerris left first, the clerk said.",
			nil, []string{"Ferris Hale=Ferris:PERSON"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsIn(t, tc.text, true), tc.want, tc.not)
		})
	}
}

// FuzzForNames: the names forNames finds lie inside the text, in order,
// on character boundaries, each holding " for ".
func FuzzForNames(f *testing.F) {
	for _, s := range []string{
		"It shields Deferred Action for Childhood Arrivals. Ask Congress for Monday.",
		" for A",
		"A for ",
		"Club for Growth for All for Élan",
		"\n for X\nY for Z.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		prev := 0
		for _, s := range forNames(text, text, nil) {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End || !utf8.ValidString(text[s.Start:s.End]) || !strings.Contains(text[s.Start:s.End], " for ") {
				t.Fatalf("name [%d,%d) after %d in %q", s.Start, s.End, prev, text)
			}
			prev = s.End
		}
	})
}

// TestBodyBeforeNameNotPerson: where the model does not label the span a
// person's, a body's name before other capitalised words is a longer
// name of its own and stays.
func TestBodyBeforeNameNotPerson(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"United Nations Security Council", "United Nations Security Council"},
		{"New York Stock Exchange", "New York Stock Exchange"},
		{"White House Rose Garden", "White House Rose Garden"},
		{"White House Plumbers", "White House Plumbers"},
		{"United States Border Patrol", "United States Border Patrol"},
		{"Congress Ferris", "Congress Ferris"},
	} {
		_, _, name, _, ok := cleanMention(tc.in, true, false)
		if !ok || name != tc.want {
			t.Errorf("cleanMention(%q, not a person) = %q, %v; want %q", tc.in, name, ok, tc.want)
		}
	}
}

// TestTitleStandsForItsHolder: "the president" is the person the article
// titled so; one titled only with a demonym ("Brazilian President") only
// where no one is named more often, as news calls its own country's
// president "the president".
func TestTitleStandsForItsHolder(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the name "the president" stands for, "" for none
	}{
		{"the foreign president the article is about", "Brazilian President Dana Hale arrived in Alden on Monday. Hale met the council, and Hale thanked the mayor. Later the president said the talks went well.", "Dana Hale"},
		{"another person named more often", "Tom Ferris tweeted on Sunday. Ferris has attacked the council for weeks, and Ferris said he would sue. Brazilian President Dana Hale stayed out of it. Later the president tweeted again.", ""},
		{"the one titled without a demonym", "President Tom Ferris met Brazilian President Dana Hale and Hale's ministers on Monday. Hale spoke first. Later the president said the talks went well.", "Tom Ferris"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotateText(t, tc.text)
			at := strings.LastIndex(tc.text, "the president") + len("the ")
			got := ""
			for _, m := range d.Entities {
				if m.Start == at {
					got = m.Name
				}
			}
			if got != tc.want {
				t.Errorf("\"the president\" stands for %q, want %q", got, tc.want)
			}
		})
	}
}

// mentionPairs annotates text and returns its mentions as
// "name=text as written".
func mentionPairs(t *testing.T, text string) []string {
	t.Helper()
	return namePairs(annotateText(t, text))
}

// namePairs lists d's mentions as "name=text as written".
func namePairs(d *Doc) []string {
	var out []string
	for _, m := range d.Entities {
		out = append(out, m.Name+"="+d.Text[m.Start:m.End])
	}
	return out
}

// TestPossessiveNames: a name written in the possessive, a shop's or a
// firm's after an article or a longer name headed by a common word, is
// not the name of its first part; a possessor of something else is.
func TestPossessiveNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a shop after a", "She bought lunch at a Dinah's near the depot on Monday, said Tom Ferris.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"Dinah=Dinah"}},
		{"a shop after the, used as a noun", "The Hollister's on Elm Street closed last week, said Tom Ferris.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"Hollister=Hollister"}},
		{"the shop's other possessives", "She ate at a Nancy's on Monday. Nancy's staff said the Nancy's restaurant would reopen, said Tom Ferris.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"Nancy=Nancy"}},
		{"a name also written alone", "She ate at a Ferris's on Monday. Tom Ferris's staff said Ferris would reopen it.",
			[]string{"Tom Ferris=Tom Ferris"}, nil},
		{"a common word heading a name", "The Driver's Privacy Act passed on Tuesday, said Maria Lindqvist.",
			[]string{"Maria Lindqvist=Maria Lindqvist"}, []string{"Driver=Driver"}},
		{"a person possesses", "Dana Hale's plan drew fire from Tom Ferris on Monday.",
			[]string{"Dana Hale=Dana Hale", "Tom Ferris=Tom Ferris"}, nil},
		{"a place possesses a person", "Japan’s Yoshimasa Hayashi stood beside Tom Ferris in Alden on Saturday.",
			[]string{"Japan=Japan", "Yoshimasa Hayashi=Yoshimasa Hayashi"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionPairs(t, tc.text)
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}

// TestClericTitles: a cleric's title, and the order or church before it,
// is cut as an office's is, so the titled and the full mentions are one
// person, who speaks the quote; "the father" of a family is no one
// titled "Father".
func TestClericTitles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
		speaker    string
	}{
		{"father, with and without the order",
			"Father Ansel Brookner spoke on Monday. \"We are tired,\" Father Brookner said. Jesuit Father Ansel Brookner, a professor, added that the parish would stay open.",
			[]string{"Ansel Brookner=Ansel Brookner", "Ansel Brookner=Brookner"},
			[]string{"Father Brookner=Father Brookner", "Jesuit Father Ansel Brookner=Jesuit Father Ansel Brookner"}, "Ansel Brookner"},
		{"sister",
			"Franciscan Sister Lucia Vantree led a prayer on Sunday. \"It is over,\" Sister Vantree said.",
			[]string{"Lucia Vantree=Lucia Vantree", "Lucia Vantree=Vantree"}, []string{"Sister Vantree=Sister Vantree"}, "Lucia Vantree"},
		{"cardinal and monsignor",
			"Cardinal Piet Osterholm met Msgr. Karl Lenz in Alden on Monday.",
			[]string{"Piet Osterholm=Piet Osterholm", "Karl Lenz=Karl Lenz"}, []string{"Cardinal Piet Osterholm=Cardinal Piet Osterholm", "Msgr=Msgr"}, ""},
		{"the father of a family",
			"Father Ansel Brookner spoke on Monday. The father of one pupil said he was angry.",
			[]string{"Ansel Brookner=Ansel Brookner"}, []string{"Ansel Brookner=father"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := annotateText(t, tc.text)
			checkMentions(t, namePairs(d), tc.want, tc.not)
			if tc.speaker != "" && (len(d.Quotes) != 1 || d.Quotes[0].Speaker != tc.speaker) {
				t.Errorf("quotes %+v, want one by %s", d.Quotes, tc.speaker)
			}
		})
	}
}

// TestPossessiveNameRule: the rule on the words around a span, where the
// model's spans vary. The span is the first occurrence of span in text;
// no case needs the tagger's tags (nil).
func TestPossessiveNameRule(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		want       bool
	}{
		{"due to the Driver's Privacy Protection Act, a law", "Driver", true},
		{"listen to Harbor Short Wave's Nancy Quillan give a lesson", "Harbor Short Wave", false},
		{"said Harbor Wave's J.D. Hale", "Harbor Wave", false},
		{"said Harbor Wave's Producer Dana Hale", "Harbor Wave", false},
		{"lunch at a Dinah's near the depot", "Dinah", true},
		{"lunch at an Alden Kell's near the depot", "Kell", true},
		{"after a Justice Department Inspector General's report", "Department Inspector General", false},
		{"Dana Hale's plan", "Dana Hale", false},
		{"Hale's plan", "Hale", false},
	} {
		start := strings.Index(tc.text, tc.span)
		if got := possessiveName(tc.text, nil, start, start+len(tc.span), DefaultAliases()); got != tc.want {
			t.Errorf("possessiveName(%q, %q) = %v, want %v", tc.text, tc.span, got, tc.want)
		}
	}
}

// TestPluralDemonyms: a people's plural is the people, no mention of
// the country, unless "the" makes it the state as a party ("the
// Russians balked"); a demonym before an actor noun stays the country.
func TestPluralDemonyms(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"people", "Americans are angry about the tolls, said Tom Ferris. Many Russians left Alden.",
			[]string{"Tom Ferris=Tom Ferris"}, []string{"United States=Americans", "Russia=Russians"}},
		{"the state as a party", "Talks in Alden stalled when the Russians balked, said Tom Ferris.",
			[]string{"Russia=Russians"}, nil},
		{"an actor noun", "Russian troops crossed into Alden on Monday, said Tom Ferris.",
			[]string{"Russia=Russian"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionPairs(t, tc.text)
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}

// TestSurnameAfterInitial: a name the model ended at a middle initial
// takes the surname after it; a new sentence's first word is none.
func TestSurnameAfterInitial(t *testing.T) {
	text := `The Treasury printed "President Tomas J. Ferrand" on every check, and aides to Dana K. Then said so.`
	at := strings.Index(text, "Tomas J")
	got := joinInitials(text, []prose.Entity{{Text: "Tomas J", Label: Person, Start: at}})
	if len(got) != 1 || got[0].Text != "Tomas J. Ferrand" {
		t.Errorf("joinInitials = %+v, want Tomas J. Ferrand", got)
	}
	nick := "the thinking, says Herman B. “Dutch” Lindqvist, a professor."
	at = strings.Index(nick, "Herman B")
	got = joinInitials(nick, []prose.Entity{{Text: "Herman B", Label: Person, Start: at}})
	if len(got) != 1 || got[0].Text != "Herman B. “Dutch” Lindqvist" {
		t.Errorf("joinInitials = %+v, want the name with its nickname", got)
	}
	if got := mentionsIn(t, "“We are just beginning,” says Herman B. “Dutch” Lindqvist, a professor of management.", true); !slices.Contains(got, "Herman B. Lindqvist=Herman B. “Dutch” Lindqvist:PERSON") {
		t.Errorf("mentions %q, want Herman B. Lindqvist", got)
	}
	at = strings.Index(text, "Dana K")
	got = joinInitials(text, []prose.Entity{{Text: "Dana K", Label: Person, Start: at}})
	if len(got) != 1 || got[0].Text != "Dana K" {
		t.Errorf("joinInitials = %+v, want Dana K alone (Then is no surname)", got)
	}
}

// TestPlatformsAreOrganisations: platforms named by one word are bodies,
// whatever the entity model makes of them without a title to go by.
func TestPlatformsAreOrganisations(t *testing.T) {
	d := annotateText(t, "Platforms Face New Rules\n\nTwitter said on Friday that it had added a label to the mayor's posts. Facebook has not acted.\n\nTwitter taking a harder line than Facebook likely has something to do with its decision last year, said Dana Hale, who runs a consultancy in Alden.")
	want := map[string]bool{"Twitter": true, "Facebook": true}
	for _, m := range d.Entities {
		if want[m.Name] && m.Type != Org {
			t.Errorf("%q at %d: type %s, want %s", d.Text[m.Start:m.End], m.Start, m.Type, Org)
		}
		delete(want, m.Name)
	}
	for n := range want {
		t.Errorf("no mention of %s", n)
	}
}

// TestSurnameOfNamed: a people's word is a person's surname only after a
// name that reads as a person's, not a people's compound the entity model
// typed a person.
func TestSurnameOfNamed(t *testing.T) {
	for _, tc := range []struct {
		name, word string
		want       bool
	}{
		{"Tom German", "German", true},
		{"Kerry French", "French", true},
		{"African American", "American", false},
		{"Native American", "American", false},
		{"Every American", "American", false},
		{"LGBTQ Irish", "Irish", false},
		{"Tom Germanson", "German", false},
	} {
		ms := []Mention{{Name: tc.name, Type: Person}}
		if got := surnameOfNamed(ms, tc.word); got != tc.want {
			t.Errorf("surnameOfNamed(%q, %q) = %v, want %v", tc.name, tc.word, got, tc.want)
		}
	}
}
