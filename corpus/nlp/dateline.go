package nlp

import (
	"strings"
	"unicode/utf8"
)

// maxDatelineBytes bounds where a dateline's dash may stand in its
// paragraph.
const maxDatelineBytes = 80

// DatelineLen returns the length of the dateline that opens a paragraph,
// dash and space included, or 0: a first word in capitals ("HONOLULU",
// "WASHINGTON"), then at most a place, a date and an agency tag (eight
// words in all), then a dash, with no quotation before it. Furniture
// (compare/frame) and the tone toward a place (corpus/nlp/target) read it.
func DatelineLen(p string) int {
	lim := min(len(p), maxDatelineBytes)
	dash := -1
	for _, d := range []string{" — ", " – ", " -- ", " - ", "—", "–"} {
		if i := strings.Index(p[:lim], d); i > 0 && (dash < 0 || i < dash) {
			dash = i
			lim = i + len(d)
		}
	}
	if dash < 0 {
		return 0
	}
	head := p[:dash]
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 8 {
		return 0
	}
	first := strings.Trim(words[0], ",.")
	if utf8.RuneCountInString(first) < 2 || !isAllUpper(first) {
		return 0
	}
	if strings.ContainsAny(head, "“”\"") {
		return 0 // a quotation, not a dateline
	}
	end := lim
	for end < len(p) && p[end] == ' ' {
		end++
	}
	return end
}
