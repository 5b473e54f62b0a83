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

	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// minNumberVariants is how many other numbers must lead the same compound
// in the background for it to count as a number.
const minNumberVariants = 2

var (
	cardinals = []string{
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen",
	}
	ordinals = []string{
		"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth",
	}
	tens     = []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	tensOrd  = []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	large    = []string{"hundred", "thousand", "million", "billion", "trillion", "dozen"}
	largeOrd = []string{"hundredth", "thousandth", "millionth", "billionth", "trillionth"}
)

// numberWords maps every spelled number to whether it is an ordinal.
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range cardinals {
		m[w] = false
	}
	for _, w := range ordinals {
		m[w] = true
	}
	for i, w := range tens {
		m[w] = false
		m[tensOrd[i]] = true
		for j := range 9 {
			m[w+"-"+cardinals[j]] = false
			m[w+"-"+ordinals[j]] = true
		}
	}
	for _, w := range large {
		m[w], m[w+"s"] = false, false
	}
	for _, w := range largeOrd {
		m[w] = true
	}
	return m
}()

// isSpelledNumber reports whether a token is an English number written
// in words, or a compound such a number leads that counts or ranks (see
// above).
func isSpelledNumber(word string) bool {
	if word == "" || word != strings.ToLower(word) {
		return false
	}
	if _, ok := numberWords[word]; ok {
		return true
	}
	head, rest, ok := strings.Cut(word, "-")
	if !ok || rest == "" {
		return false
	}
	ordinal, ok := numberWords[head]
	if !ok {
		return false
	}
	variants := cardinals[2:10]
	if ordinal {
		variants = ordinals[2:10]
	}
	bg := loaded.News()
	n := 0
	for _, v := range variants {
		if v != head && bg.DF(v+"-"+rest) >= loaded.MinDocs {
			n++
		}
	}
	return n >= minNumberVariants
}
