package frame

import (
	"strings"
	"unicode/utf8"
)

// Transliterated names in omission claims.
//
// A name from another script comes in several spellings, and one of the
// commonest differences is a doubled letter: "Al-Shabaab" and "al-Shabab",
// "Gaddafi" and "Gadafi", "Mohammed" and "Mohamed". The Christian Science
// Monitor, which wrote "Al Shabab", had "never named Al-Shabaab". A name of
// five letters or more is also named by the text where the two match with
// every run of one letter written once.

// minCollapsed is the fewest letters a name needs to be matched with its
// doubled letters undone.
const minCollapsed = 5

// undoubled returns s with every run of one letter written once
// ("shabaab" -> "shabab").
func undoubled(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var last rune = -1
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// namesUndoubled reports whether the text names name, both with their
// doubled letters undone, at the start of a word.
func (t *mentionText) namesUndoubled(name string) bool {
	f := strings.ToLower(strings.TrimSpace(fold(name)))
	if utf8.RuneCountInString(strings.ReplaceAll(f, " ", "")) < minCollapsed {
		return false
	}
	if t.undoubled == "" {
		t.undoubled = undoubled(t.lower)
	}
	return strings.Contains(t.undoubled, " "+undoubled(f))
}
