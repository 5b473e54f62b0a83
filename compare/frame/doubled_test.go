package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
)

func TestNamesUndoubled(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Fighters of al-Shabab attacked the town on Monday.", "Al-Shabaab", true},
		{"Fighters of Al Shabaab attacked the town.", "al-Shabab", true},
		{"Colonel Gadafi spoke on Monday.", "Gaddafi", true},
		{"The shabby town square was empty.", "Al-Shabaab", false},
		// Four letters are too few: "Bell" is not "Bel".
		{"Rep. Bel Ruiz voted no.", "Bell", false},
		// The letters must start a word.
		{"The Kashabab valley flooded.", "Shabaab", false},
	}
	for _, tc := range tests {
		mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)}, nil)
		if got := mt.names(tc.name, spellingTable{}, false); got != tc.want {
			t.Errorf("names(%q) in %q = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
