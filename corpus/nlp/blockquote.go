package nlp

// Quotations set off without marks.
//
// A page sets a long quotation, a statement or a post without its
// signature apart as a block (<blockquote>), and its text keeps the words
// without quotation marks, after a paragraph that introduces them:
//
//	Senator Dana Vance wrote on Friday:
//
//	The vote was rigged from the start, and every member of this council knows it.
//
// The paragraph after the introduction is the speaker's, not the outlet's.
// The introduction must end in a colon right after a verb of saying or
// writing and its subject ("Vance wrote:", "the statement reads:",
// "DeSantis also tweeted Thursday:"): a speech verb at most
// maxBlockCueWords words before the colon, no "that" between (a clause
// the outlet words: "tweeted that the memo was ...:"), and a named
// speaker. The paragraph after holds no quotation mark of its own at its
// start, and is at most maxBlockWords words (a block quote is a paragraph
// or two; a longer one is the outlet's own text resuming). On three ABP
// months (February 2018, March 2020, October 2016) this quotes 10
// paragraphs, all read right.
//
// Limits: only the first paragraph of a block is read as quoted; an
// introduction that names no one ("Here is what they said:") quotes
// nothing.

import "strings"

// maxBlockCueWords bounds the words between the verb of saying and the
// colon ("tweeted on Thursday morning:").
const maxBlockCueWords = 4

// maxBlockWords bounds a quoted block's paragraph.
const maxBlockWords = 150

// blockCues are the verbs that introduce a block: saying and writing,
// not asking or arguing, whose colon may start a list or an argument.
var blockCues = map[string]bool{
	"said": true, "says": true, "wrote": true, "writes": true, "tweeted": true, "tweets": true,
	"posted": true, "posts": true, "stated": true, "states": true, "declared": true, "added": true,
	"continued": true, "reads": true, "read": true, "announced": true,
}

// findBlocks returns the paragraphs of d that a named speaker's
// introduction sets off as a quotation, as unmarked quotations. spans are
// the quotations found by their marks.
func findBlocks(d *Doc, spans []quoteSpan) []unmarked {
	var cands []int // paragraphs after an introduction's colon
	for k := 1; k < len(d.Paragraphs); k++ {
		prev := strings.TrimRight(d.Text[d.Paragraphs[k-1].Start:d.Paragraphs[k-1].End], " ")
		p := d.Paragraphs[k]
		if !strings.HasSuffix(prev, ":") || opensWithMark(d.Text[p.Start:p.End]) || strings.HasPrefix(d.Text[p.Start:p.End], "‘") {
			continue
		}
		if n := len(strings.Fields(d.Text[p.Start:p.End])); n == 0 || n > maxBlockWords {
			continue
		}
		cands = append(cands, k)
	}
	if len(cands) == 0 {
		return nil
	}
	a := newAttributor(d, spans)
	var out []unmarked
	for _, k := range cands {
		prev := d.Paragraphs[k-1]
		colon := strings.LastIndexByte(d.Text[prev.Start:prev.End], ':') + prev.Start
		if a.quoted(colon) {
			continue
		}
		// The verb of saying, right before the colon.
		si := d.SentenceAt(colon)
		s := d.Sentences[si]
		cue, words := -1, 0
		for ti := s.TokEnd - 1; ti >= s.TokStart && words <= maxBlockCueWords; ti-- {
			t := d.Tokens[ti]
			if t.Start >= colon {
				continue
			}
			w := a.word(ti)
			if w == "that" {
				break
			}
			if blockCues[w] && d.TokenText(ti) == w {
				cue = ti
				break
			}
			if IsWord(d.TokenText(ti)) {
				words++
			}
		}
		if cue < 0 {
			continue
		}
		sub := a.subjectBefore(cue, s.Start)
		if sub.name == "" {
			continue
		}
		p := d.Paragraphs[k]
		end := trimQuoteEnd(d.Text, p.Start, p.End)
		if end <= p.Start || !IsWord(d.Text[p.Start:end]) {
			continue
		}
		out = append(out, unmarked{start: p.Start, end: end, by: sub.mention, speaker: sub.name, cue: a.word(cue)})
	}
	return out
}
