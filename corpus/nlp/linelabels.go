package nlp

// Transcripts labelled by lines.
//
// Some transcripts, a podcast's or a broadcast's, give each turn's speaker
// a line of its own, the name alone and in lower case or in capitals,
// with no colon:
//
//	ana quill                         ← a label line
//	So what did the court decide?     ← her turn, one paragraph or more
//	tom ferris
//	It decided the case 6-3.          ← his turn, up to the next label
//
// A turn is its speaker's words, not the outlet's, as in transcripts
// whose labels end in a colon (transcript.go). A label line is a
// paragraph of one to four words in lower case (or all in capitals),
// without a sentence's end, that is no stage direction in brackets
// ("[music]", which ends a turn). It names a speaker when its words,
// written as a name, are a person the article names, or two or three
// words used as a label at least twice, none of which general news writes
// in lower case but a known first name ("ana quill", "mark hale"); a clip's label names its speaker in
// parentheses ("archived recording (senator tom ferris)": Tom Ferris). A
// document is such a transcript only with at least minTurns labels that
// name people, one of them at least twice, and two labels or more (with
// the host's label alone, the guest's answers would run on in the host's
// turns); in it, the other label lines
// ("archived recording", "speaker 2", "crowd") open turns of speakers
// not named.
//
// A turn runs over the paragraphs after its label up to the next label
// or stage direction; the last turn runs on, after its first paragraph,
// only over paragraphs spoken as a speaker speaks (spokenOn), at most
// maxTurnParas of them, since the outlet's own text may follow.
//
// Limits: a label line in title case ("Ana Quill") is not read, since
// bylines and captions are set so; nor is a transcript with one speaker.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLabelWords bounds the words of a label line.
const maxLabelWords = 4

// lineLabel is a label line: its paragraph, and the speaker it names,
// "" for none.
type lineLabel struct {
	para    int
	speaker string
	stage   bool // a stage direction ("[music]"), which ends a turn and opens none
}

// findLineTurns returns the turns of a transcript labelled by lines in d,
// as unmarked quotations, or nil when d is no such transcript.
func findLineTurns(d *Doc) []unmarked {
	var labels []lineLabel
	counts := map[string]int{}
	for pi, p := range d.Paragraphs {
		text := strings.TrimSpace(d.Text[p.Start:p.End])
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			labels = append(labels, lineLabel{para: pi, stage: true})
			continue
		}
		if isLabelLine(text) {
			labels = append(labels, lineLabel{para: pi})
			counts[text]++
		}
	}
	if len(counts) < 2 {
		// With one label only, the turns of the speaker it does not
		// name cannot be told from its own; nearly every article has
		// none, and is done here.
		return nil
	}
	people := newLabelPeople(d)
	named, turns, most := 0, map[string]int{}, 0
	for k := range labels {
		l := &labels[k]
		if l.stage {
			continue
		}
		p := d.Paragraphs[l.para]
		l.speaker = lineSpeaker(strings.TrimSpace(d.Text[p.Start:p.End]), people, counts)
		if l.speaker != "" {
			named++
			turns[l.speaker]++
			most = max(most, turns[l.speaker])
		}
	}
	if named < minTurns || most < 2 {
		return nil
	}
	var out []unmarked
	for k, l := range labels {
		if l.stage {
			continue
		}
		first := l.para + 1
		if first >= len(d.Paragraphs) {
			continue
		}
		last := len(d.Paragraphs) - 1
		if k+1 < len(labels) {
			last = labels[k+1].para - 1
		} else {
			last = first
			for q := first + 1; q < len(d.Paragraphs) && q-first <= maxTurnParas && spokenOn(d.Text[d.Paragraphs[q].Start:d.Paragraphs[q].End]); q++ {
				last = q
			}
		}
		if last < first {
			continue
		}
		start, end := d.Paragraphs[first].Start, d.Paragraphs[last].End
		for end > start && unicode.IsSpace(rune(d.Text[end-1])) {
			end--
		}
		if end <= start || !IsWord(d.Text[start:end]) {
			continue
		}
		out = append(out, unmarked{start: start, end: end, by: -1, speaker: l.speaker, cue: transcriptCue})
	}
	return out
}

// isLabelLine reports whether a paragraph's text has a label line's
// shape: one to maxLabelWords words, all in lower case or all in
// capitals, no sentence's end, and any parentheses closing it ("archived
// recording (tom ferris)").
func isLabelLine(text string) bool {
	if text == "" || strings.ToLower(text) != text && strings.ToUpper(text) != text {
		return false
	}
	if strings.ContainsAny(text, "?!:;,\"“”") {
		return false
	}
	words := strings.Fields(text)
	for _, w := range words {
		if strings.Contains(w, ".") && !isInitial(strings.ToUpper(w)) && !isSuffix(w) {
			return false // a sentence's end, not an initial's ("g.") or a suffix's ("jr.")
		}
	}
	if i := strings.IndexByte(text, '('); i >= 0 {
		if !strings.HasSuffix(text, ")") {
			return false
		}
		words = strings.Fields(text[:i])
	}
	if len(words) == 0 || len(words) > maxLabelWords {
		return false
	}
	for _, w := range words {
		if !nameWord(w) && !isNumber(w) {
			return false
		}
	}
	return strings.ContainsFunc(text, unicode.IsLetter)
}

// isNumber reports whether w is made of digits ("speaker 2").
func isNumber(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// lineSpeaker returns the person a label line names, or "".
func lineSpeaker(text string, people labelPeople, counts map[string]int) string {
	name := text
	if i := strings.IndexByte(text, '('); i >= 0 {
		name = strings.TrimSuffix(text[i+1:], ")") // a clip's speaker
	}
	var words []string
	for _, w := range withoutTitle(strings.Fields(name)) {
		if !isInitial(strings.ToUpper(w)) && !isSuffix(w) {
			words = append(words, w) // "donald g. mcneil jr." is looked up as Donald McNeil
		}
	}
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	for i, w := range words {
		if !nameWord(w) {
			return ""
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
	}
	full := strings.Join(words, " ")
	if p := people.named(full); p != "" {
		return p
	}
	if p := people.named(words[len(words)-1]); p != "" && len(words) > 1 {
		return p // the one person of the article with the surname, spelled in other capitals ("McNeil")
	}
	if len(words) < 2 || counts[text] < 2 && !strings.Contains(text, "(") {
		return ""
	}
	for i, w := range words {
		if _, given := FirstNameGender(w); i == 0 && given {
			continue // "mark landler": a first name news also writes in lower case
		}
		if lowerInNews(strings.ToLower(w)) {
			return ""
		}
	}
	return full
}
