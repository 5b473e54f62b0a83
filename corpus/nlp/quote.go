package nlp

// Direct quotations.
//
// Algorithm: one pass over each paragraph's runes finds the quoted spans.
// Curly marks say which side they are on; a straight mark opens after a
// space, a bracket or a dash and closes otherwise. Single marks quote only
// outside double ones, must open before a letter and close before a
// non-letter, so the apostrophes of "America’s" and "don't" are never
// marks. A paragraph that ends inside a double quote continues it when the
// next paragraph opens with a mark, the newspaper convention for a quote
// that runs on; otherwise the quote ends with its paragraph.
//
//	“A diplomatic path … remains open,” Blinken told reporters.
//	 └────────── quoted words ───────┘  └speaker┘└cue┘
//
// Attribution, for each quotation (its parts across paragraphs together):
//
//  1. After the closing mark, within the next few words of the same
//     sentence: a cue ("said", "told", "according to", ...) and the
//     entity nearest to it (",” Blinken told reporters", ",” said Blinken").
//  2. Otherwise before the opening mark in the same sentence: the last cue
//     and the entity nearest before it, its subject ("Lavrov told Blinken
//     that the US was waging “a propaganda campaign”").
//  3. A pronoun in the subject's place ("he said") is the last person named
//     before the quote.
//  4. A quote with no cue that opens a paragraph right after another
//     quotation belongs to the same speaker: the next paragraph of a
//     statement.
//
// Complexity: linear in the text and its tokens and mentions.
//
// Limits: indirect speech ("Lavrov said the US was...") is not a quote.
// A speaker that is not a named entity ("officials said") stays "". The
// nearest-entity rule can pick the object of "told" when the subject is
// not an entity. Straight quotes that are left unbalanced can pair the
// wrong marks until the paragraph ends.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// cueWords are the verbs (and the first word of "according to") that
// attribute a quotation, lower case.
var cueWords = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true,
	"told": true, "tells": true, "tell": true,
	"added": true, "adds": true,
	"insisted": true, "insists": true,
	"warned": true, "warns": true,
	"argued": true, "argues": true,
	"stated":   true,
	"declared": true, "declares": true,
	"noted": true, "notes": true,
	"explained": true, "explains": true,
	"claimed": true, "claims": true,
	"accused": true, "accuses": true,
	"asked": true, "asks": true,
	"replied": true, "replies": true,
	"wrote": true, "writes": true,
	"tweeted": true, "posted": true,
	"urged": true, "urges": true,
	"stressed": true, "stresses": true,
	"reiterated": true, "reiterates": true,
	"repeated": true, "repeats": true,
	"acknowledged": true, "admitted": true,
	"announced": true, "announces": true,
	"described": true, "called": true, "calls": true,
	"suggested": true, "suggests": true,
	"recalled": true, "conceded": true, "countered": true,
	"complained": true, "cautioned": true, "vowed": true,
	"according": true,
}

// pronouns that stand for the last person named.
var subjectPronouns = map[string]bool{"he": true, "she": true}

// cueAfterWords is how many words after a closing mark may precede the
// cue: ",” the secretary of state told reporters".
const cueAfterWords = 6

// maxSingleQuoteWords bounds a single-quoted span: longer ones are more
// likely apostrophes that happened to pair up.
const maxSingleQuoteWords = 40

// quoteSpan is one run of quoted words inside one paragraph.
type quoteSpan struct {
	start, end  int  // the words, without the marks
	open, close int  // the marks' offsets; close is -1 when the paragraph ended the span
	cont        bool // continues the previous span from the paragraph before
}

// findQuotes finds the direct quotations of an annotated document and
// attributes them. Quotes come in text order; a quotation that runs over
// several paragraphs is one Quote per paragraph, the later ones marked
// Continues, all with the same speaker and cue.
func findQuotes(d *Doc) []Quote {
	spans := quoteSpans(d.Text, d.Paragraphs)
	if len(spans) == 0 {
		return nil
	}
	// Group the parts of each quotation.
	var groups [][]quoteSpan
	for _, s := range spans {
		if s.cont && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], s)
			continue
		}
		groups = append(groups, []quoteSpan{s})
	}
	var out []Quote
	prevSpeaker, prevCue, prevPara := "", "", -2
	for _, g := range groups {
		first, last := g[0], g[len(g)-1]
		speaker, cue := attribute(d, first, last)
		para := paraAt(d.Paragraphs, first.open)
		if cue == "" && prevSpeaker != "" && para <= prevPara+1 && opensParagraph(d, first.open, para) {
			speaker, cue = prevSpeaker, prevCue
		}
		for i, s := range g {
			out = append(out, Quote{
				Start: s.start, End: s.end, Speaker: speaker, Cue: cue,
				Sent: d.SentenceAt(s.start), Continues: i > 0,
			})
		}
		prevSpeaker, prevCue = speaker, cue
		if speaker == "" {
			prevCue = ""
		}
		prevPara = paraAt(d.Paragraphs, last.start)
	}
	return out
}

// quoteSpans scans the paragraphs for quoted spans.
func quoteSpans(text string, paras []corpus.Span) []quoteSpan {
	var out []quoteSpan
	carry := false // the previous paragraph ended inside a double quote
	for pi, p := range paras {
		open := -1    // offset of the open double mark, -1 when none
		sOpen := -1   // offset of the open single mark
		cont := false // the open double quote continues from the paragraph before
		if carry {
			if r, _ := utf8.DecodeRuneInString(text[p.Start:]); r == '“' || r == '"' {
				open, cont = p.Start, true
			}
		}
		carry = false
		i := p.Start
		if cont {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		for i < p.End {
			r, size := utf8.DecodeRuneInString(text[i:])
			prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			if i == p.Start {
				prev = ' '
			}
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i+size >= p.End {
				next = ' '
			}
			switch {
			case r == '“' || r == '"' && open < 0 && opensAfter(prev):
				// A curly opening mark inside an open quote means the
				// earlier mark was stray: start again here.
				open, sOpen, cont = i, -1, false
			case (r == '”' || r == '"') && open >= 0:
				if s, ok := makeSpan(text, open, i, i, cont); ok {
					out = append(out, s)
				}
				open, cont = -1, false
			case open < 0 && sOpen < 0 && (r == '‘' || r == '\'') && opensAfter(prev) && isLetterOrDigit(next):
				sOpen = i
			case open < 0 && sOpen >= 0 && (r == '’' || r == '\'') && !isLetterOrDigit(next) && !unicode.IsSpace(prev):
				if s, ok := makeSpan(text, sOpen, i, i, false); ok && corpus.CountWords(text[s.start:s.end]) <= maxSingleQuoteWords {
					out = append(out, s)
				}
				sOpen = -1
			}
			i += size
		}
		if open >= 0 {
			// The paragraph ends inside a quote: it runs on when the next
			// paragraph opens with a mark, and ends here either way.
			if s, ok := makeSpan(text, open, -1, p.End, cont); ok {
				out = append(out, s)
			}
			if pi+1 < len(paras) {
				r, _ := utf8.DecodeRuneInString(text[paras[pi+1].Start:])
				carry = r == '“' || r == '"'
			}
		}
	}
	return out
}

// opensAfter reports whether a quote mark after rune prev opens a quote.
func opensAfter(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:“‘", prev)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// makeSpan returns the words between an opening mark at open and a closing
// mark at close (-1: none, the quote ends at limit), trimmed of spaces and
// of the comma that English puts inside the closing mark.
func makeSpan(text string, open, close, limit int, cont bool) (quoteSpan, bool) {
	_, size := utf8.DecodeRuneInString(text[open:])
	start := open + size
	end := close
	if close < 0 {
		end = limit
	}
	for start < end && text[start] == ' ' {
		start++
	}
	end = trimQuoteEnd(text, start, end)
	s := quoteSpan{start: start, end: end, open: open, close: close, cont: cont}
	return s, end > start && IsWord(text[start:end])
}

func trimQuoteEnd(text string, start, end int) int {
	for end > start && strings.IndexByte(" ,;\n", text[end-1]) >= 0 {
		end--
	}
	return end
}

func paraAt(paras []corpus.Span, off int) int {
	i := sort.Search(len(paras), func(i int) bool { return paras[i].End > off })
	return i
}

// opensParagraph reports whether the mark at off is the first character of
// its paragraph.
func opensParagraph(d *Doc, off, para int) bool {
	return para < len(d.Paragraphs) && d.Paragraphs[para].Start == off
}

// attribute finds the cue and speaker of a quotation whose first part is
// first and last part last.
func attribute(d *Doc, first, last quoteSpan) (speaker, cue string) {
	// 1. Right after the closing mark, before any punctuation: ",” Blinken
	// told reporters", ",” said Blinken".
	var later []int // cues further on in the closing sentence
	from, limit := -1, -1
	if last.close >= 0 {
		s := d.Sentences[d.SentenceAt(last.close)]
		from, limit = last.close, s.End
		if next := nextMark(d.Text, last.close+1, s.End); next >= 0 {
			limit = next
		}
		words, clause := 0, true
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			t := d.Tokens[ti]
			if t.Start <= last.close || t.Start >= limit {
				continue
			}
			if !IsWord(d.TokenText(ti)) {
				clause = false
				continue
			}
			words++
			if _, ok := cueAt(d, ti); !ok {
				continue
			}
			if clause && words <= cueAfterWords {
				c, _ := cueAt(d, ti)
				return speakerNear(d, ti, from, limit, first.open), c
			}
			later = append(later, ti)
		}
	}
	// 2. Before the opening mark, in the same sentence: "Lavrov told
	// Blinken that the US was waging “a propaganda campaign”".
	s := d.Sentences[d.SentenceAt(first.open)]
	for ti := s.TokEnd - 1; ti >= s.TokStart; ti-- {
		if d.Tokens[ti].Start >= first.open {
			continue
		}
		if c, ok := cueAt(d, ti); ok {
			return subjectBefore(d, ti, s.Start), c
		}
	}
	// 3. Later in the closing sentence: ", the Russian foreign ministry
	// said", ", spokesman Ned Price said in a statement".
	if len(later) > 0 {
		c, _ := cueAt(d, later[0])
		return speakerNear(d, later[0], from, limit, first.open), c
	}
	return "", ""
}

// nextMark returns the offset of the next opening double mark in
// text[from:to], or -1.
func nextMark(text string, from, to int) int {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '“' {
			return i
		}
		i += size
	}
	return -1
}

// cueAt reports whether token ti is a cue, and its text: "according to"
// for "according" followed by "to".
func cueAt(d *Doc, ti int) (string, bool) {
	text := d.TokenText(ti)
	w := strings.ToLower(text)
	if !cueWords[w] || text != w {
		return "", false // "States" in "United States" is no cue
	}
	if w == "according" {
		if ti+1 < len(d.Tokens) && strings.ToLower(d.TokenText(ti+1)) == "to" {
			return "according to", true
		}
		return "", false
	}
	return w, true
}

// speakerNear returns the entity nearest to the cue token ti between the
// closing mark and limit ("Blinken told", "said Blinken", "according to the
// ministry"), or the person a pronoun next to the cue stands for.
func speakerNear(d *Doc, ti, from, limit, quoteStart int) string {
	cue := d.Tokens[ti]
	// A pronoun right before or after the cue: ",” he said", ",” said he".
	for _, j := range []int{ti - 1, ti + 1} {
		if j >= 0 && j < len(d.Tokens) && d.Tokens[j].Start > from && d.Tokens[j].Start < limit &&
			subjectPronouns[strings.ToLower(d.TokenText(j))] {
			return lastPerson(d, quoteStart)
		}
	}
	best, bestDist := "", -1
	for _, m := range d.Entities {
		if m.Start <= from || m.End > limit || possessive(d.Text, m) {
			continue
		}
		dist := 0
		switch {
		case m.End <= cue.Start:
			dist = cue.Start - m.End
		case m.Start >= cue.End:
			// After the cue counts a little more: the subject usually
			// comes first.
			dist = m.Start - cue.End + 1
		default:
			continue
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = m.Name, dist
		}
	}
	return best
}

// subjectBefore returns the entity nearest before the cue token ti within
// the sentence starting at sentStart, or the person a pronoun there stands
// for.
func subjectBefore(d *Doc, ti, sentStart int) string {
	cue := d.Tokens[ti]
	if ti > 0 && subjectPronouns[strings.ToLower(d.TokenText(ti-1))] {
		return lastPerson(d, d.Tokens[ti-1].Start)
	}
	name := ""
	for _, m := range d.Entities {
		if m.Start >= sentStart && m.End <= cue.Start && !possessive(d.Text, m) {
			name = m.Name
		}
	}
	if name != "" {
		return name
	}
	// "He insisted that ...": a pronoun further before the cue.
	for j := ti - 1; j >= 0 && d.Tokens[j].Start >= sentStart; j-- {
		if subjectPronouns[strings.ToLower(d.TokenText(j))] {
			return lastPerson(d, d.Tokens[j].Start)
		}
	}
	return ""
}

// lastPerson returns the last person named before offset off.
func lastPerson(d *Doc, off int) string {
	name := ""
	for _, m := range d.Entities {
		if m.Start >= off {
			break
		}
		if m.Type == Person {
			name = m.Name
		}
	}
	return name
}

// possessive reports whether a mention is a possessive ("Putin’s adviser"),
// which names whose the subject is rather than the subject.
func possessive(text string, m Mention) bool {
	rest := text[m.End:]
	return strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’ ")
}
