package corpus

import "testing"

// TestCleanLine: a one-line field loses its markup, its runs of spaces and
// a broken tag's lone bracket at its edge, and keeps brackets that pair.
func TestCleanLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ferry  fares\trise again", "Ferry fares rise again"},
		{"<b>Ferry</b> fares rise", "Ferry fares rise"},
		{"<Harbor Toll Softens, If Not Its Costs", "Harbor Toll Softens, If Not Its Costs"},
		{"Harbor Toll Softens >", "Harbor Toll Softens"},
		{"Why 3 < 4 matters to the council", "Why 3 < 4 matters to the council"},
		{"The <Toll> debate", "The <Toll> debate"},
	} {
		if got := cleanLine(tc.in); got != tc.want {
			t.Errorf("cleanLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
