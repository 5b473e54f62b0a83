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
// term. In the Article-Bias-Prediction corpus 6,610 such cards stand in
// 1,213 of the 1,377 articles of the one outlet that has them
// (TestPeopleCardsABP); none in any other outlet's.

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
	start = i + len(word)
	if start >= len(s) || s[start] != ' ' {
		return 0, 0, false
	}
	// "Dana Vance Jr. Dana Marie VanceVance Jr. says ...": the suffix is
	// the name's, the card comes after it.
	if k := wordEnd(s, start+1); nameSuffixes[s[start+1:k]] && k < len(s) && s[k] == ' ' {
		start = k
	}
	// The full name: up to maxCardNameWords words, then the surname again,
	// glued to a capital or a digit.
	j := start + 1
	for range maxCardNameWords + 1 {
		if j >= len(s) || s[j] == '\n' {
			return 0, 0, false
		}
		if strings.HasPrefix(s[j:], word) {
			if r, _ := utf8.DecodeRuneInString(s[j+len(word):]); unicode.IsUpper(r) || unicode.IsDigit(r) {
				more := strings.Index(s[j:min(len(s), j+maxCardBytes)], " MORE")
				if more < 0 {
					return 0, 0, false
				}
				end = j + more + len(" MORE")
				if strings.Contains(s[start:end], "\n") {
					return 0, 0, false
				}
				if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) {
					return 0, 0, false // "MOREOVER"
				}
				return start, end, true
			}
		}
		k := strings.IndexByte(s[j:], ' ')
		if k < 0 {
			return 0, 0, false
		}
		w := s[j : j+k]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && r != '(' {
			return 0, 0, false // a full name is capitalised
		}
		j += k + 1
	}
	return 0, 0, false
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
