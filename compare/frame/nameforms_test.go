package frame

import (
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
)

// TestNamesOtherForms: an outlet names an entity by its acronym, or an
// acronym by what it abbreviates (acronyms.go), a storm by its name
// whatever its class, and a transliterated name without its doubled
// letters (doubled.go); near misses name nothing.
func TestNamesOtherForms(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		// Acronyms.
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
		// Storms.
		{"Hurricane Marta made landfall on Friday, and Marta's rain kept falling.", "Tropical Storm Marta", true},
		{"The remains of Marta flooded the coast.", "Hurricane Marta", true},
		{"A hurricane and a tropical storm hit the coast in August.", "Tropical Storm Marta", false},
		{"Marta Ruiz said the coast flooded.", "Alden County", false},
		// Doubled letters.
		{"Fighters of al-Shabab attacked the town on Monday.", "Al-Shabaab", true},
		{"Fighters of Al Shabaab attacked the town.", "al-Shabab", true},
		{"Colonel Gadafi spoke on Monday.", "Gaddafi", true},
		{"The shabby town square was empty.", "Al-Shabaab", false},
		// Four letters are too few: "Bell" is not "Bel".
		{"Rep. Bel Ruiz voted no.", "Bell", false},
		// The letters must start a word.
		{"The Kashabab valley flooded.", "Shabaab", false},
		// Undone, "Shell" is "shel": a whole word, not the start of
		// "shelter".
		{"Residents fled to shelters on Monday.", "Shell", false},
	}
	for _, tc := range tests {
		mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)}, nil)
		if got := mt.names(tc.name, spellingTable{}, false); got != tc.want {
			t.Errorf("names(%q) in %q = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestNamesByShortFormsOfBodies: a university is named without its head
// word, and a body named after a place with another spelling of the
// place; other bodies and places are not.
func TestNamesByShortFormsOfBodies(t *testing.T) {
	sp := newSpellingTable(map[string][]string{"United States": {"US", "U.S.", "America"}})
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Faculty at Brookfield, the Jesuit university, signed the letter.", "Brookfield University", true},
		{"The dean of Alden spoke.", "Alden College", true},
		{"The United States Conference of Harbor Pilots wrote to the council.", "US Conference of Harbor Pilots", true},
		{"The U.S. Conference of Harbor Pilots wrote to the council.", "United States Conference of Harbor Pilots", true},
		{"The Conference of Harbor Pilots wrote to the council.", "US Conference of Harbor Pilots", false},
		{"The Harbor Board met in Brookfield.", "Alden University", false},
		{"Pilots in the United States wrote to the council.", "US Conference of Harbor Pilots", false},
	}
	for _, tc := range tests {
		mt := newMentionText([]*nlp.Doc{doc("X", "", tc.text)}, nil)
		if got := mt.names(tc.name, sp, false); got != tc.want {
			t.Errorf("names(%q) in %q = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
