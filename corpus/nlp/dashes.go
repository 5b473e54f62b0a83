package nlp

// Dashes written without spaces.
//
// American news sets its dashes closed: "the crisis—although it began
// abroad—spread", "the giveaway–and", and, on a typewriter's keys,
// "crisis--although". prose's tokenizer splits only at white space and a
// few marks, so each of these is one token ("crisis—although", tagged as
// a noun; "Italy—and", taken for a place) that hides both words from the
// tagger, the entity model, the tone lexicon and every word count.
//
// parseProse gives prose a copy of the paragraph in which every dash
// that touches a word is set apart by white space in the same number of
// bytes, so every offset prose reports is an offset into the original as
// well:
//
//	"—" and "–" (U+2014, U+2013; 3 bytes)  ->  " - "
//	"--" (exactly two hyphens; 2 bytes)    ->  ": "
//
// Two bytes hold only one mark and one space, and prose splits a colon,
// not a hyphen, from the word before it ("crisis:" is "crisis" and ":",
// while "crisis-" stays one token); a colon is also what the tagger calls
// "--" between spaces. A run of three or more hyphens is a rule or a
// censored word ("f---"), and one hyphen joins a compound ("well-known"):
// both are left as written, and so is a dash set as the hyphen of a party
// tag ("(D–Calif.)": a capital alone before it, partyCode). A range
// "2012–2014" is split: "2012", "–", "2014", each a number.
//
// A dash with white space on both sides is left as written: the
// tokenizer splits it already. Replacing it too was measured over
// basil-dev and its distractors: it mended a few names the model had
// read with the dash ("WASHINGTON — Dana Marsh" as a place), but typed
// more persons after a spaced dash as places (40 mentions on the
// distractors, most of them a president's name opening photo captions
// after an en dash) and, where "--" stood between spaces, hid a place
// from the model.
//
// The tokens, sentences and entities prose returns are then widened to
// whole dashes where they hold part of one (the hyphen of " - " is the
// middle byte of "—"), and their text is read from the original: the
// dash's token is "—", an entity's name is as the article writes it.

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3"
)

// proseDoc is prose's annotation of one paragraph with offsets and text
// of the original paragraph.
type proseDoc struct {
	tokens    []prose.Token
	sentences []prose.Sentence
	entities  []prose.Entity
}

func (d *proseDoc) Tokens() []prose.Token       { return d.tokens }
func (d *proseDoc) Sentences() []prose.Sentence { return d.sentences }
func (d *proseDoc) Entities() []prose.Entity    { return d.entities }

// parseProse annotates text with prose, its dashes set apart by spaces
// (see the comment atop this file). Offsets and texts are text's.
func parseProse(ctx context.Context, text string) (*proseDoc, error) {
	spaced, dashes := spaceDashes(text)
	pd, err := prose.NewDocumentContext(ctx, spaced)
	if err != nil {
		return nil, err
	}
	d := &proseDoc{tokens: pd.Tokens(), sentences: pd.Sentences(), entities: pd.Entities()}
	if len(dashes) == 0 {
		return d, nil
	}
	for i, t := range d.tokens {
		s, e := widen(dashes, t.Start, t.End())
		d.tokens[i].Start, d.tokens[i].Text = s, text[s:e]
	}
	for i, t := range d.sentences {
		s, e := widen(dashes, t.Start, t.End())
		d.sentences[i].Start, d.sentences[i].Text = s, text[s:e]
	}
	for i, t := range d.entities {
		s, e := widen(dashes, t.Start, t.End())
		d.entities[i].Start, d.entities[i].Text = s, text[s:e]
	}
	return d, nil
}

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// spaceDashes returns text with the dashes that touch a word set apart by
// white space in as many bytes ("—" and "–" as " - ", "--" as ": "), and
// the byte ranges of the dashes it replaced, in order. Text without such
// a dash is returned as it is, with no ranges.
func spaceDashes(text string) (string, []span) {
	if !strings.Contains(text, "—") && !strings.Contains(text, "–") && !strings.Contains(text, "--") {
		return text, nil
	}
	b := []byte(text)
	var dashes []span
	for i := 0; i < len(text); {
		switch {
		case (strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–")) && closed(text, i, i+3) && !partyCode(text, i, i+3):
			copy(b[i:], " - ")
			dashes = append(dashes, span{i, i + 3})
			i += 3
		case strings.HasPrefix(text[i:], "--") && (i == 0 || text[i-1] != '-') && (i+2 == len(text) || text[i+2] != '-') && closed(text, i, i+2):
			copy(b[i:], ": ")
			dashes = append(dashes, span{i, i + 2})
			i += 2
		case text[i] == '-':
			for i < len(text) && text[i] == '-' {
				i++ // a run of hyphens, one or three and more, stays
			}
		default:
			i++
		}
	}
	return string(b), dashes
}

// closed reports whether the dash text[start:end] touches a character
// other than white space on either side.
func closed(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return start > 0 && !unicode.IsSpace(before) || end < len(text) && !unicode.IsSpace(after)
}

// partyCode reports whether the dash text[start:end] joins a capital
// letter that stands alone to a capitalised word, as the hyphen of a
// party tag does ("D–Calif.", "I–Vt."): such a dash is a hyphen, and the
// tag is one token as "D-Calif." is.
func partyCode(text string, start, end int) bool {
	letter, n := utf8.DecodeLastRuneInString(text[:start])
	before, _ := utf8.DecodeLastRuneInString(text[:start-n])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return unicode.IsUpper(letter) && (start == n || !unicode.IsLetter(before)) && unicode.IsUpper(after)
}

// widen returns [start, end) grown to hold every dash of dashes it
// overlaps whole.
func widen(dashes []span, start, end int) (int, int) {
	// The first dash that ends after start.
	k := sort.Search(len(dashes), func(k int) bool { return dashes[k].end > start })
	for ; k < len(dashes) && dashes[k].start < end; k++ {
		start = min(start, dashes[k].start)
		end = max(end, dashes[k].end)
	}
	return start, end
}
