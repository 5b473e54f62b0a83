package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
)

func TestNamesStorm(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Hurricane Marta made landfall on Friday, and Marta's rain kept falling.", "Tropical Storm Marta", true},
		{"The remains of Marta flooded the coast.", "Hurricane Marta", true},
		{"A hurricane and a tropical storm hit the coast in August.", "Tropical Storm Marta", false},
		{"Marta Ruiz said the coast flooded.", "Alden County", false},
	}
	for _, tc := range tests {
		mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)}, nil)
		if got := mt.names(tc.name, spellingTable{}, false); got != tc.want {
			t.Errorf("names(%q) in %q = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
