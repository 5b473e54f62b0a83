package nlp

// Quotations in single marks.
//
// British papers quote in single marks and nest in double ones:
//
//	'We will not be rushed,' the minister said. 'The talks go on.'
//	She called the plan 'a "reset" in name only'.
//
// The quote finder reads double marks as quotations and single ones as
// the short quotations nested in them (a label, a title), so an article
// in this style had most of its quotations read as the outlet's own
// words: in a Daily Mail report of September 2019 a congressman's
// "treason", a statement's "pathetic" and a speech's "betrayal" were the
// outlet's framing terms. In the Article-Bias-Prediction corpus the rule
// below reads 34 of the Daily Mail's 46 articles as quoting in single
// marks, and one other of the 37,554 (The Boston Globe's, set in doubled
// single marks: ‘‘...’’).
//
// An article quotes in single marks when it opens at least
// minSingleOpenings quotations of speech with them, and more than it
// opens quotations with double marks (singleStyle).
// Its quotations are then found as any others are, in a copy of the text
// whose single quotation marks are double and whose double marks are
// single, byte for byte as long (swapMarks): offsets, tokens and names
// are the article's own.
//
// Limits: an apostrophe and a closing single mark are the same glyph. A
// mark between letters is an apostrophe ("don't"), a mark before a digit
// an elision ("'90s"), and one after an s that a space and a lower-case
// word follow a possessive ("the Democrats' plan") inside a speaker's
// quotation and a closing mark after a phrase the outlet quotes ("'gaping
// holes' in"): a speaker's quotation that closes on such a word without
// punctuation ('we back the protesters' she said) runs on to the next
// closing mark, and a phrase with a plural's possessive inside it is cut
// there.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// minSingleOpenings is how many quotations of speech an article must open
// with single marks to be read as quoting in them.
const minSingleOpenings = 2

// markKind says what a quotation mark's glyph is doing.
type markKind int

const (
	notMark markKind = iota // an apostrophe, or no mark
	opening
	closing
)

// singleMark reports whether the single mark r at text[i:] (prev and next
// are the runes around it, ' ' at a paragraph's edge) opens or closes a
// quotation, or is an apostrophe.
func singleMark(text string, i int, r, prev, next rune) markKind {
	switch {
	case r == '‘':
		return opening
	case r != '’' && r != '\'':
		return notMark
	case unicode.IsLetter(prev) && unicode.IsLetter(next), unicode.IsDigit(next):
		return notMark // "don't", "'90s"
	case opensAfter(prev) && unicode.IsLetter(next) && r == '\'':
		return opening
	case unicode.IsSpace(prev) || prev == '(':
		return notMark
	case (prev == 's' || prev == 'S') && next == ' ' && lowerNext(text, i):
		return notMark // "the Democrats' plan"
	}
	return closing
}

// lowerNext reports whether the word after the mark and a space at
// text[i:] starts in lower case.
func lowerNext(text string, i int) bool {
	_, size := utf8.DecodeRuneInString(text[i:])
	rest := strings.TrimLeft(text[i+size:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// singleStyle reports whether the article quotes in single marks: it
// opens at least minSingleOpenings quotations of speech with single marks
// (after a verb of saying and a colon, or closed at a sentence's or a
// clause's end before a verb of saying: "'We will act,' she said"), and
// more of them than quotations of any kind with double marks. A
// headline's or a subhead's phrase in single marks ("'Shortest recession
// in history'", "'deepfakes' | Tim Cook asks") is no quotation of speech,
// so a page quoting in double marks that sets its headlines so stays as
// it is.
func singleStyle(text string, paras []corpus.Span) bool {
	singles, doubles := singleCounts(text, paras)
	return singles >= minSingleOpenings && singles > doubles
}

// singleCounts returns how many quotations of speech the article opens
// with single marks, and how many quotations it opens with double ones.
func singleCounts(text string, paras []corpus.Span) (singles, doubles int) {
	for _, p := range paras {
		open := -1 // the open single mark
		colon := false
		for i := p.Start; i < p.End; {
			r, size := utf8.DecodeRuneInString(text[i:])
			prev, next := runesAround(text, p, i, size)
			switch k := singleMark(text, i, r, prev, next); {
			case r == '“' || r == '"' && opensAfter(prev) && isLetterOrDigit(next):
				doubles++
			case k == opening:
				open = i
				before := strings.TrimRight(text[p.Start:i], " ")
				colon = strings.HasSuffix(before, ":") && speechBefore(strings.TrimSuffix(before, ":"))
			case k == closing && open >= 0:
				// A sentence's or a clause's end closes a quotation of
				// speech ("act,' she said"); a headline's phrase closes on
				// a word ("'deepfakes' | Tim Cook asks").
				if colon || strings.ContainsRune(",.?!—", prev) && speechAfter(text[i+size:p.End]) {
					singles++
				}
				open = -1
			}
			i += size
		}
	}
	return singles, doubles
}

// speechBefore reports whether a verb of saying stands among the last
// four words before a colon ("she said on Tuesday:"): a headline's colon
// ("Harris on the complaint: 'A cover-up'") introduces no speech.
func speechBefore(before string) bool {
	ws := strings.Fields(before)
	return hasCue(ws[max(0, len(ws)-4):])
}

// speechAfter reports whether a verb of saying stands among the first
// five words after a closing mark ("," she said", "' said Dana Vance").
func speechAfter(rest string) bool {
	ws := strings.Fields(rest)
	return hasCue(ws[:min(len(ws), 5)])
}

// hasCue reports whether ws holds a verb of saying (speaker.go's cues).
func hasCue(ws []string) bool {
	for _, w := range ws {
		w = strings.ToLower(strings.Trim(w, ".,;:!?’'\"”“‘()"))
		if cueWords[w] != 0 && w != "according" {
			return true
		}
	}
	return false
}

// runesAround returns the runes before and after text[i:i+size] inside
// paragraph p, ' ' at its edges.
func runesAround(text string, p corpus.Span, i, size int) (prev, next rune) {
	prev, next = ' ', ' '
	if i > p.Start {
		prev, _ = utf8.DecodeLastRuneInString(text[p.Start:i])
	}
	if i+size < p.End {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	return prev, next
}

// swapMarks returns text with its single quotation marks written as double
// ones and its double marks as single ones, each glyph replaced by one of
// the same length (‘ and “, ’ and ”, ' and "); apostrophes stay.
//
// A quotation opened inside a sentence, after a word, is a phrase the
// outlet quotes ("the target of a 'fixation' of prosecutors"); one that
// ends on a plural closes before a lower-case word ("there were 'gaping
// holes' in the testimony"), where after a speaker's full quotation the
// same glyph is a possessive's ("'The Democrats' plan fails,' she said").
func swapMarks(text string, paras []corpus.Span) string {
	b := []byte(text)
	put := func(i int, s string) { copy(b[i:], s) }
	for _, p := range paras {
		partial := false // the open single quotation is a phrase inside a sentence
		for i := p.Start; i < p.End; {
			r, size := utf8.DecodeRuneInString(text[i:])
			prev, next := runesAround(text, p, i, size)
			switch r {
			case '“':
				put(i, "‘")
			case '”':
				put(i, "’")
			case '"':
				put(i, "'")
			case '‘', '’', '\'':
				k := singleMark(text, i, r, prev, next)
				if k == notMark && partial && (prev == 's' || prev == 'S') && next == ' ' {
					k = closing // "'gaping holes' in"
				}
				switch k {
				case opening:
					partial = phraseOpening(text[p.Start:i])
					if r == '\'' {
						put(i, `"`)
					} else {
						put(i, "“")
					}
				case closing:
					partial = false
					if r == '\'' {
						put(i, `"`)
					} else {
						put(i, "”")
					}
				}
			}
			i += size
		}
	}
	return string(b)
}

// phraseOpening reports whether a quotation opening after before (its
// paragraph's text up to the mark) is a phrase inside a sentence: after a
// word, not at the paragraph's or a sentence's start, and not after a
// colon or a comma that introduce a speaker's words.
func phraseOpening(before string) bool {
	before = strings.TrimRight(before, " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
