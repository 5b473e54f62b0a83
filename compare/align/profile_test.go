package align

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/nlp"
)

func TestCompoundParts(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"vice-presidential", []string{"vice", "presidential"}},
		{"Biden-Ryan", []string{"Biden", "Ryan"}},
		{"U.S.-led", []string{"U.S.", "led"}},
		{"hour-long", []string{"hour", "long"}},
		// A part that is a prefix or a letter keeps the compound whole.
		{"de-escalate", []string{"de-escalate"}},
		{"re-election", []string{"re-election"}},
		{"Chick-fil-A", []string{"Chick-fil-A"}},
		{"15-year-old", []string{"15-year-old"}},
		{"F-16", []string{"F-16"}},
		// So does a prefix that turns the rest around.
		{"non-violent", []string{"non-violent"}},
		{"Anti-Doping", []string{"Anti-Doping"}},
		{"debate", []string{"debate"}},
		{"-", []string{"-"}},
		{"--", []string{"--"}},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := compoundParts(tc.word, nil); !slices.Equal(got, tc.want) {
				t.Errorf("compoundParts(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}

func TestSurnamesSplit(t *testing.T) {
	day := time.Date(2012, 10, 12, 0, 0, 0, 0, time.UTC)
	ticket := synthDoc("Fox", "Debate", day, []string{"Joe Biden, Mitt Romney and Paul Ryan met. The Biden-Ryan debate and the Romney/Ryan ticket."}, "Joe Biden", "Paul Ryan", "Mitt Romney")
	twoBidens := synthDoc("Fox", "Bidens", day, []string{"Joe Biden, Hunter Biden and Paul Ryan met."}, "Joe Biden", "Hunter Biden", "Paul Ryan")
	tests := []struct {
		name string
		doc  *nlp.Doc
		in   string
		want []string
	}{
		{"a pairing of two people named in full", ticket, "Biden-Ryan", []string{"Joe Biden", "Paul Ryan"}},
		{"a slash", ticket, "Romney/Ryan", []string{"Mitt Romney", "Paul Ryan"}},
		{"a part that is no one's surname", ticket, "Biden-Cheney", nil},
		{"a surname two people share", twoBidens, "Biden-Ryan", nil},
		{"a company", ticket, "Wal-Mart", nil},
		{"a compound inside a longer name", ticket, "Romney-Ryan Medicare", nil},
		{"a plain name", ticket, "Paul Ryan", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s surnames
			if got := s.split(Mentions(tc.doc), tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("split(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// One debate told by two outlets, one writing "Vice-Presidential" and
// leading with "Biden-Ryan", the other writing "vice presidential" and
// leading with the two names: the link between them shows the words they
// share, and their leads name the same people.
func TestCompoundsLinkAcrossSpellings(t *testing.T) {
	day := time.Date(2012, 10, 12, 3, 0, 0, 0, time.UTC)
	// synthDoc makes each paragraph one sentence; the first three are
	// the lead.
	a := synthDoc("Daily Clarion", "Vice-Presidential Debate Turns Feisty", day,
		[]string{"The Biden-Ryan debate in Danville was feisty.", "The vice-presidential debate ran long.", "The moderator kept time.", "Joe Biden interrupted Paul Ryan often."},
		"Biden-Ryan", "Joe Biden", "Paul Ryan", "Danville")
	b := synthDoc("Keystone Wire", "Feisty vice presidential debate", day.Add(2*time.Hour),
		[]string{"Joe Biden and Paul Ryan clashed in the vice presidential debate in Danville.", "The debate was feisty.", "It ran long."},
		"Joe Biden", "Paul Ryan", "Danville")
	res, err := alignDocs(context.Background(), []*nlp.Doc{a, b}, defaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || len(res.Events[0].Evidence) != 1 {
		t.Fatalf("got %d events, want one event with one link: %+v", len(res.Events), res.Events)
	}
	l := res.Events[0].Evidence[0]
	for _, w := range []string{"vice", "presidential"} {
		if !slices.Contains(l.SharedTerms, w) {
			t.Errorf("shared terms %q lack %q", l.SharedTerms, w)
		}
	}
	// Both leads name Joe Biden, Paul Ryan and Danville, and nothing
	// else: the overlap is whole. "Biden-Ryan" as a name of its own
	// would hold a third of the first article's lead entities.
	if math.Abs(l.EntityOverlap-1) > 1e-3 {
		t.Errorf("entity overlap %.4f, want 1 (shared %q)", l.EntityOverlap, l.SharedEntities)
	}
}
