package frame

// Numbers written out in words are numbers too. Digits and the tagger's
// CD tag catch "12,000" and most "three"s, but not an ordinal ("the
// eighteenth year", tagged an adjective) nor a compound a number leads
// ("a seven-term House member"): counted as terms, the rarest of them
// ranked among an outlet's most distinctive words, and the loaded-word
// model, which takes a rare word for a chosen one, called "seven-term"
// and "eighteenth year" framing. How many terms a member served is a
// fact, which unique sentences report, not a word choice.
//
// A compound a number leads is not always a count: "one-sided",
// "two-faced", "second-rate" and "first-hand" are idioms, and judgements
// at that. A count or a rank is a pattern the number can vary in: news
// writes "three-term", "four-term", "nine-term", but no "four-faced" or
// "fifth-rate". So a compound counts as a number when the general-news
// background (loaded.News) holds the same compound led by at least
// minNumberVariants other numbers from three (or third) to ten (or
// tenth); "one" and "two", "first" and "second" are left out of the
// variants because their compounds are the idioms' ("second-class",
// "first-class"). Measured on the background: "seven-term", "two-year",
// "third-largest", "one-time", "two-way" count; "one-sided", "two-faced",
// "second-rate", "first-rate", "third-rate", "first-hand", "one-man" do
// not; nor, a limit, do "first-term" and "second-term" (one variant
// each), which stay words.
//
// Only lower-case English words: "First Amendment", "Seventh Fleet" and
// "Fourth of July" are names, and the other languages' numbers are not
// listed.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// minNumberVariants is how many other numbers must lead the same compound
// in the background for it to count as a number.
const minNumberVariants = 2

// isSpelledNumber reports whether a token is an English number written
// in words, or a compound such a number leads that counts or ranks (see
// above).
func isSpelledNumber(word string) bool {
	if word == "" || !isLower(word) {
		return false
	}
	if _, ok := nlp.SpelledNumber(word); ok {
		return true
	}
	head, rest, ok := strings.Cut(word, "-")
	if !ok || rest == "" {
		return false
	}
	ordinal, ok := nlp.SpelledNumber(head)
	if !ok {
		return false
	}
	bg := loaded.News()
	n := 0
	for _, v := range nlp.NumberVariants(ordinal) {
		if v != head && bg.DF(v+"-"+rest) >= loaded.MinDocs {
			n++
		}
	}
	return n >= minNumberVariants
}

// isLower reports whether s is its own lower case (strings.ToLower(s) ==
// s) without making the lower-case string: no rune that lower case
// changes, and valid UTF-8, which strings.ToLower would mend.
func isLower(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}
