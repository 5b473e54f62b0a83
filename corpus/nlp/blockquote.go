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

import (
	"regexp"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus"
)

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

// Whole documents reproduced.
//
// A page that prints a statement, a memo or a letter whole introduces it
// as such and lets it run to the article's end:
//
//	Here is the full memo from CEO Dana Vance sent to employees on Tuesday:
//
//	We have listened to our customers. ... The status quo is unacceptable.
//
//	We know these decisions will inconvenience some of you.
//
// Every paragraph after such an introduction is the document's, not the
// outlet's: read as the outlet's own voice, a company's "horrific events"
// and "tragic results" had been a business paper's framing terms. The
// introduction ends in a colon, and the sentence before the colon says
// "full", "complete" or "entire" at most one word before a document's
// noun ("the full text", "Rubio's full statement", "the complete letter
// of the governor"), and nothing of video or sound ("Watch the full speech:"
// introduces a player, and the outlet's words resume under it). The
// speaker is the name the introduction gives the document: its possessor
// ("Rubio's full statement") or the name after "from", "of" or "by" ("the
// full statement from the USTR"); with neither, the paragraphs are
// quoted and unattributed. The document runs to the article's end or to
// the first paragraph that names its speaker or "the" document ("Dowd,
// however, disagrees", "Reactions to the email have varied"), which a
// document seldom does of itself and the outlet's words after it do, or
// to a live blog's next update or the outlet's correction.
// Paragraphs that open with a quotation mark are left to the marks, and
// turns of a transcript and posts keep their own speakers (findQuotes
// reads them first). Over the 37,554 Article-Bias-Prediction articles,
// 18 documents are so quoted (179 paragraphs).
//
// Limits: a document that stops before the article's end without naming
// its speaker or itself after it ("As Dan noted last night, ...") takes
// the outlet's later paragraphs with it; a document introduced without
// "full" ("Here is the statement:") is read as a block (findBlocks, its
// first paragraph only) when a verb of saying introduces it, else not at
// all; an interview's transcript is no document (its questions are the
// outlet's).

// wholeWords say that what follows is a document in full.
var wholeWords = map[string]bool{"full": true, "complete": true, "entire": true}

// firstPerson are the words of a document that speaks for itself.
var firstPerson = map[string]bool{"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "i'm": true, "i’m": true, "we're": true, "we’re": true}

// documentNouns are the documents a page reproduces whole.
//
// A transcript is none: an interview's has the interviewer's questions,
// the outlet's words, between the answers (findTurns reads its labels).
var documentNouns = map[string]bool{
	"text": true, "memo": true, "memorandum": true, "letter": true, "statement": true, "statements": true,
	"remarks": true, "speech": true, "email": true, "e-mail": true, "message": true,
	"note": true, "testimony": true, "release": true, "op-ed": true, "address": true, "announcement": true,
}

// mediaWords introduce a player, not a text.
var mediaWords = map[string]bool{
	"watch": true, "watching": true, "video": true, "videos": true, "view": true, "viewed": true,
	"viewing": true, "listen": true, "listening": true, "audio": true, "clip": true, "podcast": true,
}

// outletResumes matches the start of a paragraph that is the outlet's
// again whatever came before it: a live blog's update ("Update 11:38
// BST", "11:25 a.m. ET.") or the outlet's note on its own story
// ("Correction:", "Editor's note:").
var outletResumes = regexp.MustCompile(`^(?i:updated?\b|updates\b|correction\b|clarification\b|editor[’']?s note\b)|^\d{1,2}(:\d\d)? ?(a\.m\.|p\.m\.|am\b|pm\b)|^\d{4} (BST|GMT|CET|ET|EST|EDT|UTC)\b`)

// findDocuments returns the paragraphs after an introduction of a whole
// document (see above) as unmarked quotations, one per paragraph.
func findDocuments(d *Doc, spans []quoteSpan) []unmarked {
	var a *attributor
	for k := 1; k < len(d.Paragraphs); k++ {
		prev := d.Paragraphs[k-1]
		intro := strings.TrimRight(d.Text[prev.Start:prev.End], " ")
		if !strings.HasSuffix(intro, ":") {
			continue
		}
		colon := prev.Start + len(intro) - 1
		s := d.Sentences[d.SentenceAt(colon)]
		word := func(ti int) string { return strings.ToLower(d.TokenText(ti)) }
		noun, media := -1, false
		for ti := s.TokStart; ti < s.TokEnd && d.Tokens[ti].Start < colon; ti++ {
			w := word(ti)
			if mediaWords[w] {
				media = true
			}
			if documentNouns[w] && noun < 0 && (ti-1 >= s.TokStart && wholeWords[word(ti-1)] || ti-2 >= s.TokStart && wholeWords[word(ti-2)]) {
				noun = ti
			}
		}
		if noun < 0 || media || strings.Contains(intro, "followed by") {
			continue // "his full remarks, followed by some commentary:"
		}
		// Only an introduction found needs the attributor, which reads
		// the whole document.
		if a == nil {
			a = newAttributor(d, spans)
		}
		if a.quoted(colon) {
			continue
		}
		by, speaker := documentAuthor(d, a, s, noun, colon)
		var out []unmarked
		for _, p := range d.Paragraphs[k:] {
			text := d.Text[p.Start:p.End]
			if documentEnds(d, p, speaker, a.word(noun)) {
				break
			}
			if opensWithMark(text) || strings.HasPrefix(text, "‘") {
				continue
			}
			end := trimQuoteEnd(d.Text, p.Start, p.End)
			if end <= p.Start || !IsWord(d.Text[p.Start:end]) {
				continue
			}
			out = append(out, unmarked{start: p.Start, end: end, by: by, speaker: speaker, cue: a.word(noun)})
		}
		return out // one document an article: what follows it is the outlet's
	}
	return nil
}

// documentEnds reports whether paragraph p is the outlet's again after a
// document by speaker whose noun is noun: it names the speaker ("Dowd,
// however, disagrees") or the document ("Reactions to the email have
// varied") and says nothing in the first person, as the document itself
// seldom does ("My name is Dana Vance" is the testimony's own), or it
// opens as the outlet's own notes do (outletResumes).
func documentEnds(d *Doc, p corpus.Span, speaker, noun string) bool {
	if outletResumes.MatchString(d.Text[p.Start:p.End]) {
		return true
	}
	w := strings.Fields(strings.ToLower(d.Text[p.Start:p.End]))
	for _, x := range strings.Fields(strings.ToLower(unquoted(d.Text[p.Start:p.End]))) {
		if firstPerson[strings.Trim(x, ".,;:!?\"“”’'()")] {
			return false // "My name is Dana Vance": the document's own words
		}
	}
	if speaker != "" {
		for mi := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= p.Start }); mi < len(d.Entities) && d.Entities[mi].End <= p.End; mi++ {
			if d.Entities[mi].Name == speaker {
				return true
			}
		}
	}
	for i, x := range w {
		if x != "the" {
			continue
		}
		for j := i + 1; j < min(len(w), i+3); j++ {
			x := strings.TrimRight(w[j], ".,;:!?")
			if strings.TrimSuffix(strings.TrimSuffix(x, "’s"), "'s") == noun {
				return true
			}
		}
	}
	return false
}

// documentAuthor returns the mention and name a document's introduction
// gives it: the name before the possessive ending just before the
// document's words ("Rubio’s full statement"), or else the first name
// after "from", "of" or "by" after its noun ("the full memo from CEO Dana
// Vance", "the full text of Spencer's letter"), a person or a body. -1
// and "" for none.
func documentAuthor(d *Doc, a *attributor, s Sentence, noun, colon int) (int, string) {
	named := func(mi int) bool {
		return mi >= 0 && (d.Entities[mi].Type == Person || d.Entities[mi].Type == Org)
	}
	for ti := noun - 1; ti >= max(s.TokStart, noun-4); ti-- {
		if mi := a.tokMention[ti]; named(mi) && possessive(d.Text, d.Entities[mi]) {
			return mi, d.Entities[mi].Name
		}
	}
	for ti := noun + 1; ti < s.TokEnd && d.Tokens[ti].Start < colon; ti++ {
		switch a.word(ti) {
		case "from", "of", "by":
		default:
			continue
		}
		for tj := ti + 1; tj < min(s.TokEnd, ti+6) && d.Tokens[tj].Start < colon; tj++ {
			mi := a.tokMention[tj]
			if !named(mi) {
				continue
			}
			if possessive(d.Text, d.Entities[mi]) {
				// "the full text of Spencer’s letter" is Spencer's;
				// "from Dana Vance’s lawyer Tom Ferris" the lawyer's.
				if next := a.tokenAt(d.Entities[mi].End) + 1; next < s.TokEnd && !documentNouns[a.word(next)] {
					continue
				}
			}
			return mi, d.Entities[mi].Name
		}
	}
	return -1, ""
}

// unquoted returns s without the words inside double quotation marks:
// the outlet's "I took control," he wrote is not its first person.
func unquoted(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '“' || r == '”' || r == '"' || r == '„' || r == '«' || r == '»':
			in = r == '“' || r == '„' || r == '«' || r == '"' && !in
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
