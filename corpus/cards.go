package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// People cards: some news sites attach to each politician's name a card
// that a reader sees on hovering over it, with the person's full name and
// the site's latest headlines about them, closed by a "MORE" link. A
// scraper that keeps the card's text leaves it in the middle of the
// sentence:
//
//	Treasury Secretary Dana Vance Dana Marie VanceThe week ahead: toll
//	talks resume | Ferry fares rise MORE did not share the mayor's view.
//
// The card opens with the full name, glued to the first headline ("Vance"
// + "The"), and its last surname is the name just written ("Dana Vance"),
// so its start is found by the surname that comes again within a few
// words, glued to a capital or a digit; it ends at the next " MORE". Left
// in, each card is a sentence no one wrote: its headlines read as the
// outlet's words, its full name as a name the article gives, "MORE" as a
// term. The card may also be glued to the name as written ("Dana
// VanceDana Marie VanceThe week ahead ... MORE"). In the
// Article-Bias-Prediction corpus 6,638 such cards stand in 1,231 articles
// (TestPeopleCardsABP), nearly all of one outlet (the rest its pieces
// published again under other names); about 150 cards are left, whose
// full name is followed by a space, misspelt or glued to a quote mark.

// maxCardBytes bounds a card from its glued name to its "MORE": a full name
// and a few headlines.
const maxCardBytes = 1500

// maxCardNameWords bounds the full name before the glued surname: given
// names, a nickname in brackets ("(Ted)"), middle names.
const maxCardNameWords = 6

// dropPeopleCards returns s without the people cards in it (see above).
func dropPeopleCards(s string) string {
	if !strings.Contains(s, " MORE") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		start, end, ok := peopleCardAt(s, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		b.WriteString(s[last:start])
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// peopleCardAt reports whether a person's card follows the capitalised word
// at s[i:] (the surname as the text writes it), and where the card's text
// lies: from the space after that word to the end of its "MORE".
func peopleCardAt(s string, i int) (start, end int, ok bool) {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) && !strings.ContainsRune(`("“`, r) {
			return 0, 0, false
		}
	}
	word := s[i:wordEnd(s, i)]
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) || len(word) < 2 {
		return 0, 0, false
	}
	if start = i + len(word); start < len(s) && s[start] == ' ' {
		j := start + 1 // where the full name starts
		// "Dana Vance Jr. Dana Marie VanceVance Jr. says ...": the suffix
		// is the name's, the card comes after it.
		if k := wordEnd(s, j); nameSuffixes[s[j:k]] && k < len(s) && s[k] == ' ' {
			start, j = k, k+1
		}
		if end, ok = cardEnd(s, word, start, j); ok {
			return start, end, true
		}
	}
	// The card glued to the name as written: "Dana VanceDana Marie
	// VanceThe week ahead ... MORE". The surname is the word up to its
	// last join of a small letter and a capital.
	if k := lastJoin(word); k > 0 {
		if end, ok = cardEnd(s, word[:k], i+k, i+k); ok {
			return i + k, end, true
		}
	}
	return 0, 0, false
}

// cardEnd reports whether a card of surname starts at s[start:], with the
// full name at s[j:], and where it ends: up to maxCardNameWords words of
// the full name, then the surname again glued to a capital or a digit (the
// first headline), then the next " MORE" within maxCardBytes, in the same
// paragraph.
func cardEnd(s, surname string, start, j int) (end int, ok bool) {
	for range maxCardNameWords + 1 {
		if j >= len(s) || s[j] == '\n' {
			return 0, false
		}
		if strings.HasPrefix(s[j:], surname) {
			if r, _ := utf8.DecodeRuneInString(s[j+len(surname):]); unicode.IsUpper(r) || unicode.IsDigit(r) {
				more := strings.Index(s[j:min(len(s), j+maxCardBytes)], " MORE")
				if more < 0 {
					return 0, false
				}
				end = j + more + len(" MORE")
				if strings.Contains(s[start:end], "\n") {
					return 0, false
				}
				if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) {
					return 0, false // "MOREOVER"
				}
				return end, true
			}
		}
		k := strings.IndexByte(s[j:], ' ')
		if k < 0 {
			return 0, false
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsUpper(r) && r != '(' {
			return 0, false // a full name is capitalised
		}
		j += k + 1
	}
	return 0, false
}

// lastJoin returns where the last capital that follows a small letter
// stands in word, when three letters or more come before it ("Vance" of
// "VanceDana"; "McConnell" has none); -1 when there is none. A surname
// with a capital further in ("MacArthur") is tried whole first.
func lastJoin(word string) int {
	last := -1
	var prev rune
	for k, r := range word {
		if k >= 3 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			last = k
		}
		prev = r
	}
	return last
}

// nameSuffixes are the generational suffixes written after a surname.
var nameSuffixes = map[string]bool{"Jr.": true, "Sr.": true, "Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// wordEnd returns the end of the word starting at s[i:]: the next space,
// or the end of s.
func wordEnd(s string, i int) int {
	if k := strings.IndexAny(s[i:], " \n"); k >= 0 {
		return i + k
	}
	return len(s)
}
