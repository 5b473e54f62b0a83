package frame

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus/nlp"
)

// Acronyms in omission claims.
//
// An outlet that writes "FEMA" names the Federal Emergency Management
// Agency, and one that writes the agency's name in full names FEMA: the
// entity model finds the two as two names, and an omission claimed about
// either would be false. An acronym and a name of several words are one
// another's spelling when the name's capitalised words, without the small
// words of names ("of", "for", "and", "the"), begin with the acronym's
// letters in order. Only acronyms of three letters or more are matched:
// two letters say too little ("SC" is South Carolina and the Supreme
// Court).

// minAcronym is the fewest letters an acronym is matched with.
const minAcronym = 3

// initialsOf returns the initials of a name's capitalised words in capitals
// ("FEMA" of "Federal Emergency Management Agency"), or "" when the name
// has fewer than minAcronym such words or a word that is neither
// capitalised nor one acronyms leave out.
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if nlp.IsNameSmallWord(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	if utf8.RuneCountInString(b.String()) < minAcronym {
		return ""
	}
	return b.String()
}

// isAcronymName reports whether name is an acronym that can be matched:
// minAcronym to six capital letters.
func isAcronymName(name string) bool {
	n := utf8.RuneCountInString(name)
	if n < minAcronym || n > 6 {
		return false
	}
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// namesByAcronym reports whether the text names the entity name by its
// acronym, or, for an acronym, by the name it abbreviates: a run of
// capitalised words of one of its documents, small words between
// allowed, whose initials are the acronym.
func (t *mentionText) namesByAcronym(name string) bool {
	if a := initialsOf(name); a != "" {
		return t.acronym(a)
	}
	if !isAcronymName(name) {
		return false
	}
	letters := []rune(name)
	for _, fd := range t.docs {
		if fd.casedWords == nil {
			fd.casedWords = strings.Fields(fd.cased)
		}
		if expands(fd.casedWords, letters) {
			return true
		}
	}
	return false
}

// expands reports whether words hold a run of capitalised words, small
// words between allowed, whose initials are letters.
func expands(words []string, letters []rune) bool {
	for i := range words {
		k, j := 0, i
		for j < len(words) && k < len(letters) {
			w := words[j]
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case r == letters[k] && strings.ContainsFunc(w, unicode.IsLower):
				k++
			case k > 0 && nlp.IsNameSmallWord(w):
			default:
				j = len(words) // the run ends
				continue
			}
			j++
		}
		if k == len(letters) {
			return true
		}
	}
	return false
}
