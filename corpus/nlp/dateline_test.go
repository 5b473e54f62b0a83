package nlp

import "testing"

func TestDatelineLen(t *testing.T) {
	tests := []struct {
		para, want string
	}{
		{"HONOLULU — Secretary of State Antony Blinken said on Saturday", "HONOLULU — "},
		{"KYIV, Ukraine, Feb 13 (Keystone) - The embassy began", "KYIV, Ukraine, Feb 13 (Keystone) - "},
		{"WASHINGTON—The White House said", "WASHINGTON—"},
		{"Washington — the capital, not a dateline", ""},
		{"The talks — which ended early — produced nothing.", ""},
		{"NATO said on Friday that it would send more troops to the east of the alliance's territory — a move", ""},
		{`"NO" — the word that ended the talks`, ""},
	}
	for _, tc := range tests {
		if got := DatelineLen(tc.para); tc.para[:got] != tc.want {
			t.Errorf("DatelineLen(%q) covers %q, want %q", tc.para, tc.para[:got], tc.want)
		}
	}
}
