package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
)

func TestNamesByAcronym(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Residents lined up for hours, and FEMA said more trailers would come.", "Federal Emergency Management Agency", true},
		{"The Federal Emergency Management Agency sent trailers on Monday.", "FEMA", true},
		{"The Harbor Transit and Bridge Authority raised the tolls.", "HTBA", true},
		{"Officials of the Centers for Disease Control said the test was late.", "CDC", true},
		// Small words may stand inside the run, not open it; the words
		// must be capitalised and in order.
		{"Staff fees for Emergency Management Agency workers rose.", "FEMA", false},
		{"The federal emergency management agency is short of trailers.", "FEMA", false},
		{"Management of the Federal Emergency Agency was faulted.", "FEMA", false},
		// An acronym inside another word, or in lower case, is none.
		{"The FEMALE staff voted, and fema.gov was down.", "Federal Emergency Management Agency", false},
		// Two letters are too few.
		{"The SC plant closed.", "Supreme Court", false},
		{"The Supreme Court ruled on Monday.", "SC", false},
	}
	for _, tc := range tests {
		mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)}, nil)
		if got := mt.names(tc.name, spellingTable{}, false); got != tc.want {
			t.Errorf("names(%q) in %q = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
