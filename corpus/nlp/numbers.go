package nlp

import (
	"slices"
	"strings"
)

// English numbers written in words: annotation does not take one for a
// name ("Fourteen states", "plead the Fifth"; entity.go), and framing does
// not count one as a term (compare/frame/numbers.go). One table for both.
var (
	cardinalWords = []string{
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen",
	}
	ordinalWordList = []string{
		"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth",
	}
	tensWords    = []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	tensOrdinals = []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	largeWords   = []string{"hundred", "thousand", "million", "billion", "trillion"}
	largeOrdinal = []string{"hundredth", "thousandth", "millionth", "billionth", "trillionth"}
)

// spelledNumbers maps every number the lists above spell, in lower case,
// to whether it is an ordinal: the words, the tens with a unit joined by
// a hyphen ("twenty-one", "thirty-third"), and the counts of large
// numbers and dozens ("hundreds", "dozen", "dozens").
var spelledNumbers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range cardinalWords {
		m[w] = false
	}
	for _, w := range ordinalWordList {
		m[w] = true
	}
	for i, w := range tensWords {
		m[w] = false
		m[tensOrdinals[i]] = true
		for j := range 9 {
			m[w+"-"+cardinalWords[j]] = false
			m[w+"-"+ordinalWordList[j]] = true
		}
	}
	for _, w := range append(slices.Clone(largeWords), "dozen") {
		m[w], m[w+"s"] = false, false
	}
	for _, w := range largeOrdinal {
		m[w] = true
	}
	return m
}()

// SpelledNumber reports whether word, in lower case, is an English number
// written in words ("three", "eighteenth", "twenty-one", "hundreds"), and
// whether it is an ordinal.
func SpelledNumber(word string) (ordinal, ok bool) {
	ordinal, ok = spelledNumbers[word]
	return ordinal, ok
}

// NumberVariants returns the cardinals from three to ten, or the
// ordinals from third to tenth: the numbers a count or a rank varies by
// ("three-term", "nine-term"), leaving out "one", "two", "first" and
// "second", whose compounds are mostly idioms ("one-sided",
// "second-rate").
func NumberVariants(ordinal bool) []string {
	if ordinal {
		return slices.Clone(ordinalWordList[2:10])
	}
	return slices.Clone(cardinalWords[2:10])
}

// cardinalParts are the words a cardinal number in words is made of,
// joined by hyphens ("Twenty-one"): no ordinal, and no count of
// hundreds or dozens.
var cardinalParts = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range [][]string{cardinalWords, tensWords, largeWords} {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}()

// ordinalWords are the ordinals from "First" to "Tenth" written with a
// capital, which name no one alone ("plead the Fifth").
var ordinalWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range ordinalWordList[:10] {
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	return m
}()

// isNumberWord reports whether w is a cardinal number in words, in any
// case, its parts joined by hyphens: "Fourteen", "Twenty-one".
func isNumberWord(w string) bool {
	for _, p := range strings.Split(strings.ToLower(strings.TrimRight(w, ".,;:")), "-") {
		if !cardinalParts[p] {
			return false
		}
	}
	return true
}
