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
// every run of one letter written once, its first word as a whole word:
// undone, "Shell" is "shel", the start of "shelter".

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
// doubled letters undone, at the start of a word: in one of its
// documents that has the name's first word so written, a quick look-up
// before the search (an omission is looked for in every other outlet's
// text, and most names are in none).
func (t *mentionText) namesUndoubled(name string) bool {
	f := strings.ToLower(strings.TrimSpace(fold(name)))
	if utf8.RuneCountInString(strings.ReplaceAll(f, " ", "")) < minCollapsed {
		return false
	}
	u := undoubled(f)
	first, _, _ := strings.Cut(u, " ")
	for _, fd := range t.docs {
		if fd.undoubledWords == nil {
			fd.undoubled = " " + undoubled(fd.lower)
			fd.undoubledWords = map[string]bool{}
			for _, w := range strings.Fields(fd.undoubled) {
				fd.undoubledWords[strings.TrimSuffix(w, "'s")] = true
			}
		}
		if fd.undoubledWords[first] && strings.Contains(fd.undoubled, " "+u) {
			return true
		}
	}
	return false
}
