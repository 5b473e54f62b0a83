package report

import "testing"

func TestMissingList(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"Vox"}, "Vox"},
		{[]string{"A", "B", "C", "D", "E"}, "A, B, C, D, E"},
		{[]string{"A", "B", "C", "D", "E", "F"}, "A, B, C, D, E and 1 more"},
		{[]string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"}, "A, B, C, D, E and 21 more"},
	}
	for _, tt := range tests {
		if got := missingList(tt.in); got != tt.want {
			t.Errorf("missingList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
