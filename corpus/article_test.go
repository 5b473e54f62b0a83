package corpus

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestMakeID(t *testing.T) {
	day := time.Date(2022, 2, 13, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		outlet, wantPrefix string
	}{
		{"The Meridian Post", "the-meridian-post-20220213-"},
		{"", "unknown-20220213-"},
		{"The Very Long Name Of A Regional Morning Paper", "the-very-long-name-of-a-20220213-"},
		// 16 Cyrillic letters and a space: 33 bytes, cut at 23
		// between two letters, never inside one.
		{"Вечерний меридиан", "вечерний-мер-20220213-"},
		{"Süddeutsche Allgemeine Zeitung", "süddeutsche-allgemeine-20220213-"},
	}
	for _, tt := range tests {
		id := MakeID(tt.outlet, day, "text")
		if !utf8.ValidString(id) {
			t.Errorf("MakeID(%q) = %q: not valid UTF-8", tt.outlet, id)
		}
		if !strings.HasPrefix(id, tt.wantPrefix) {
			t.Errorf("MakeID(%q) = %q, want the prefix %q", tt.outlet, id, tt.wantPrefix)
		}
	}
}
