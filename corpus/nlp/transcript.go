package nlp

// Transcripts.
//
// An interview, a debate or a town hall printed as a transcript gives
// each turn a speaker's label instead of quotation marks:
//
//	TAPPER: Would you take the money? RUBIO: People buy into my agenda.
//	└label┘ └──────── his turn ──────┘ └label┘ └──── his turn ────────┘
//
// A turn is its speaker's words, not the outlet's: a quotation. Read as
// the outlet's own voice, a town hall's guests' words ("insane monster",
// "deranged killer") were the framing terms of the outlet that printed
// it.
//
// A label opens a paragraph, or follows the end of a sentence where a
// page ran the turns together: one to three capitalised words, perhaps
// after an honorific ("Sen.") or before a generational suffix ("Roy
// Tanner, Jr:"), then a colon. It is a speaker only when it names a
// person:
//
//   - a surname, the speaker an earlier label of the transcript named in
//     full ("TANNER:" after "Roy Tanner, Jr:", though the article names
//     his father too);
//   - a person's mention the entity model found at the label;
//   - the name, or the surname, of the one person the article so names
//     ("RUBIO:" of Marco Rubio);
//   - or two or three capitalised words none of which general news writes
//     in lower case, used as a label twice or later as a surname's label:
//     a host whom the transcript names only in its labels ("AMY
//     GOODMAN:").
//
// In a transcript so found, a label that names a speaker by a role, one to
// three capitalised words ending in a word for a person ("KHOU
// REPORTER:", "CORPUS CHRISTI RESIDENT:", "AUDIENCE MEMBER:", "THE
// PRESIDENT:"; roleLabels), opens a turn too, of a speaker not named: a
// broadcast's report from another station or a voice from the street is
// no more the outlet's words than its guest's are.
//
// Labels of another kind stay text: "Loser: parents of ...", "THE FACTS:",
// "Update:". A document is a transcript only with at least minTurns such
// labels, one speaker's at least twice (a newsletter sets its items under
// their sources' names once each). A turn runs to the next label of any kind, or to its
// paragraph's end. It runs on over the paragraphs after it up to a
// speaker's label at most maxTurnParas paragraphs on (an answer of
// several paragraphs), but not from a turn in quotation marks, which end
// it ("Rubio: “...”" and then the outlet's narration). After the last
// label, where the outlet's text may resume, the last turn runs on only
// over the paragraphs that speak as a speaker does, in the first or
// second person outside quotation marks ("And so I think ...", "You
// know, ..."; spokenOn), at most maxTurnParas of them: a guest's last
// answer set in several paragraphs had been the outlet's words, and the
// outlet's narration says "he" and "they". A paragraph "Name: <words>"
// that does not end as a sentence is a live page's entry ("Tom Ferris:
// Send every family $1,000"), no turn.
//
// Limits: "Q:" and "A:", whose speakers are the outlet and its guest, are
// not read; nor is a label in parentheses or with a party tag ("Sen. Tom
// Cotton (R-Ark.):"); a columnist who writes "I" just after a transcript
// she quotes is read as its last speaker.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minTurns is the number of speakers' labels that make a transcript.
const minTurns = 2

// maxTurnParas bounds how many paragraphs a turn runs on over.
const maxTurnParas = 3

// speakerLabel matches a label at a paragraph's start or after a
// sentence's end: group 1 is the label without its colon. Its words are
// capitalised, an initial may have a full stop, a generational suffix
// may follow ("Donald Trump, Jr:"); a word with a full stop inside
// ("President. TRUMP:") ends a sentence, not a label.
var speakerLabel = regexp.MustCompile(`(?:^|[.?!"”’)\]]\s+|\s(?:--|—)\s*)((?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Sec|Pres)\.\s)?(?:\p{Lu}\.\s)?\p{Lu}[\pL'’-]*(?:\s(?:\p{Lu}\.\s)?\p{Lu}[\pL'’-]*){0,2}(?:,?\s(?:Jr|Sr|JR|SR)\.?)?):\s+\S`)

// turnLabel is one speaker's label found in the text.
type turnLabel struct {
	start, end int // the label, its colon included
	para       int
	speaker    string
	by         int  // the mention at the label, or -1
	role       bool // a speaker named by a role only ("KHOU REPORTER")
}

// timeZones are the words a broadcast transcript's time stamp ends with,
// before the label it runs into: "6:36:21 p.m. Eastern NORAH O'DONNELL:".
var timeZones = map[string]bool{
	"Eastern": true, "Central": true, "Mountain": true, "Pacific": true,
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true,
	"PT": true, "PST": true, "PDT": true, "GMT": true, "UTC": true,
}

// afterTimeZone returns where the label from start to colon begins once
// a time stamp's zone, which a time before it opened, is left out: the
// label is the speaker's name, not the zone.
func afterTimeZone(text string, start, colon int) int {
	sp := strings.IndexByte(text[start:colon], ' ')
	if sp < 0 || !timeZones[text[start:start+sp]] {
		return start
	}
	before := strings.TrimRight(text[:start], " ")
	if !strings.HasSuffix(before, "a.m.") && !strings.HasSuffix(before, "p.m.") && !strings.HasSuffix(before, "AM") && !strings.HasSuffix(before, "PM") {
		return start
	}
	return start + sp + 1
}

// turn reports whether the label opens a turn: it names a speaker, or a
// role.
func (l turnLabel) turn() bool { return l.speaker != "" || l.role }

// findTurns returns the turns of a transcript in d, as unmarked
// quotations, or nil when d is no transcript.
func findTurns(d *Doc) []unmarked {
	var cands []turnLabel
	counts := map[string]int{}  // uses of each label
	singles := map[string]int{} // uses of each label of one word
	for pi, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		if !strings.Contains(text, ": ") {
			continue
		}
		for _, m := range speakerLabel.FindAllStringSubmatchIndex(text, -1) {
			l := turnLabel{start: p.Start + m[2], end: p.Start + m[3] + 1, para: pi, by: -1}
			l.start = afterTimeZone(d.Text, l.start, l.end-1)
			cands = append(cands, l)
			name := strings.ToLower(labelName(d.Text[l.start : l.end-1]))
			counts[name]++
			if !strings.Contains(name, " ") {
				singles[name]++
			}
		}
	}
	if len(cands) < minTurns {
		return nil
	}
	people := newLabelPeople(d)
	spoken := map[string]string{} // the last words of the speakers labelled so far
	turns := map[string]int{}     // each speaker's labels
	accepted, most := 0, 0
	for k := range cands {
		l := &cands[k]
		l.speaker, l.by = labelSpeaker(d, *l, people, spoken, counts, singles)
		if l.speaker != "" {
			accepted++
			turns[l.speaker]++
			most = max(most, turns[l.speaker])
			if sn := labelSurname(l.speaker); sn != "" && spoken[sn] == "" {
				spoken[sn] = l.speaker
			}
		}
	}
	if accepted < minTurns || most < 2 {
		// A transcript gives someone the word twice; a newsletter's
		// items under their sources' names ("Deval Patrick: <a
		// headline> - The Hill: “...”") give no one a second turn.
		return nil
	}
	for k := range cands {
		if l := &cands[k]; l.speaker == "" {
			l.role = roleLabel(d.Text[l.start : l.end-1])
		}
	}
	var out []unmarked
	for k, l := range cands {
		if !l.turn() {
			continue
		}
		p := d.Paragraphs[l.para]
		start := l.end
		for start < p.End && unicode.IsSpace(rune(d.Text[start])) {
			start++
		}
		end, ranOn := p.End, false
		if k+1 < len(cands) {
			next := cands[k+1]
			switch {
			case next.para == l.para:
				end = next.start
			case next.turn() && next.para-l.para <= maxTurnParas && opensParagraph(d, next.start, next.para) &&
				!opensWithMark(d.Text[start:]) && endsTurn(strings.TrimRight(d.Text[start:p.End], " ")):
				// An answer of several paragraphs runs on to the next
				// label; a turn in quotation marks ends with them, and a
				// paragraph that is no sentence is a heading.
				end, ranOn = d.Paragraphs[next.para-1].End, true
			}
		} else if next := l.para + 1; next < len(d.Paragraphs) && !opensWithMark(d.Text[start:]) && endsTurn(strings.TrimRight(d.Text[start:p.End], " ")) {
			// The last turn runs on while the paragraphs after it speak
			// as its speaker does, in the first or second person: the
			// outlet's narration says "he" and "they".
			last := l.para
			for q := next; q < len(d.Paragraphs) && q-l.para <= maxTurnParas && spokenOn(d.Text[d.Paragraphs[q].Start:d.Paragraphs[q].End]); q++ {
				last = q
			}
			if last > l.para {
				end, ranOn = d.Paragraphs[last].End, true
			}
		}
		end = trimQuoteEnd(d.Text, start, end)
		for end > start && unicode.IsSpace(rune(d.Text[end-1])) {
			end--
		}
		if end <= start || !IsWord(d.Text[start:end]) {
			continue
		}
		if end == trimQuoteEnd(d.Text, start, p.End) && !ranOn && !endsTurn(d.Text[start:end]) {
			// A paragraph "Name: <a headline>" without a sentence's end
			// is a live page's entry, not a turn.
			continue
		}
		out = append(out, unmarked{start: start, end: end, by: l.by, speaker: l.speaker, cue: transcriptCue})
	}
	return out
}

// spokenOn reports whether a paragraph after a transcript's last label
// goes on with its speaker's words: it opens with no quotation mark,
// ends as a sentence does, and has a subject in the first or second
// person outside quotation marks ("And so I think ...", "You know, ...").
func spokenOn(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || opensWithMark(p) || !endsTurn(p) {
		return false
	}
	for _, w := range strings.FieldsFunc(outsideMarks(p), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		w = strings.ReplaceAll(w, "’", "'")
		if w == "I" || strings.HasPrefix(w, "I'") || personalPronouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// personalPronouns are the first- and second-person subjects a speaker's
// turn goes on with ("I" apart, since only its capital makes it a word).
// The possessives are not: a site's line after a transcript says "Visit
// our website".
var personalPronouns = map[string]bool{
	"we": true, "we're": true, "we've": true, "we'd": true, "we'll": true,
	"you": true, "you're": true, "you've": true, "you'd": true, "you'll": true,
}

// outsideMarks returns s with what stands inside double quotation marks
// left out.
func outsideMarks(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '“':
			in = true
		case r == '”':
			in = false
		case r == '"':
			in = !in
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// labelSurname returns the lower-case surname of a name, before any
// generational suffix: "trump" of "Donald Trump Jr." (Surname).
func labelSurname(name string) string {
	sn, _ := Surname(name)
	return strings.ToLower(sn)
}

// labelName is a label without its honorific and its suffix's comma.
func labelName(label string) string {
	words := withoutTitle(strings.Fields(strings.ReplaceAll(label, ",", "")))
	return strings.Join(words, " ")
}

// opensWithMark reports whether s opens with a double quotation mark.
func opensWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDoubleMark(r)
}

// endsTurn reports whether a turn ends as spoken words do: with a
// sentence's end, a closing mark or a dash cut short.
func endsTurn(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".?!…\"”’)]-—", r)
}

// transcriptCue is the cue of a transcript's turn.
const transcriptCue = "transcript"

// labelPeople is what a transcript's labels are looked up in: the full
// names of the persons d names (fullNames: a surname stands for the one
// person of the article who bears it), and the persons it names by one
// word only.
type labelPeople struct {
	full *fullNames
	lone map[string]string // lower-case one-word name -> the name
}

func newLabelPeople(d *Doc) labelPeople {
	lp := labelPeople{full: newFullNames(nil), lone: map[string]string{}}
	for _, m := range d.Entities {
		if m.Type != Person {
			continue
		}
		lp.full.add(m.Name)
		if !strings.Contains(m.Name, " ") {
			lp.lone[strings.ToLower(m.Name)] = m.Name
		}
	}
	return lp
}

// named returns the one person of the article the label's name stands
// for, by full name or by surname, or "".
func (lp labelPeople) named(name string) string {
	if !strings.Contains(name, " ") {
		if len(lp.full.bySurname[strings.ToLower(name)]) > 0 {
			return lp.full.surname(name, nil) // "" where two people bear it
		}
		return lp.lone[strings.ToLower(name)]
	}
	if s, ok := lp.full.spelling(name); ok {
		v, _ := lp.full.variant(s)
		return v
	}
	return ""
}

// labelSpeaker returns the person the label l names, and the mention at
// it, or "" when it names none (see the rules above). A surname labels
// the speaker an earlier label named in full (spoken), before any other
// person of that name.
func labelSpeaker(d *Doc, l turnLabel, people labelPeople, spoken map[string]string, counts, singles map[string]int) (string, int) {
	raw := d.Text[l.start : l.end-1]
	if sp, ok := spoken[strings.ToLower(labelName(raw))]; ok {
		return sp, -1
	}
	for mi, m := range d.Entities {
		if m.Start > l.start {
			break
		}
		if m.Start >= l.start && m.End <= l.end-1 && m.End > m.Start && m.Type == Person {
			return m.Name, mi
		}
	}
	name := labelName(raw)
	words := strings.Fields(name)
	if len(words) == 0 {
		return "", -1
	}
	key := strings.ToLower(name)
	if p := people.named(name); p != "" {
		// The name, or the surname, of the one person of the article so
		// named.
		return p, -1
	}
	if len(words) < 2 || counts[key] < 2 && singles[labelSurname(name)] == 0 {
		return "", -1
	}
	for _, w := range words {
		if lowerInNews(strings.ToLower(strings.Trim(w, ".'’"))) || !nameWord(w) {
			return "", -1
		}
	}
	return titleCase(words), -1
}

// roleLabel reports whether a label names its speaker by a role: one to
// three capitalised words, the last a word for a person (roleLabels),
// none but the first "The".
func roleLabel(label string) bool {
	words := strings.Fields(labelName(label))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !nameWord(w) || i > 0 && strings.EqualFold(w, "the") {
			return false
		}
	}
	last := strings.ToLower(words[len(words)-1])
	_, person := personNouns[last]
	return person || roleLabels[last]
}

// roleLabels are the words for a person by which transcripts label
// speakers they do not name, besides the nouns for an unnamed person of
// the news or the crowd that pronouns are resolved to (personNouns): a
// role in the broadcast or an office.
var roleLabels = map[string]bool{
	"correspondent": true, "anchor": true, "host": true, "moderator": true, "narrator": true,
	"announcer": true, "interviewer": true, "president": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "official": true, "officer": true, "survivor": true, "male": true,
	"female": true, "member": true, "participant": true, "panelist": true, "guest": true,
	"voice": true, "parent": true,
}

// nameWord reports whether w is written as a word of a name: letters,
// perhaps with a full stop, an apostrophe or a hyphen.
func nameWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
			return false
		}
	}
	return true
}

// titleCase writes a label's words in capitals ("AMY GOODMAN") as a name
// is written ("Amy Goodman"), and leaves words in mixed case as they are.
func titleCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		if strings.ToUpper(w) != w {
			out[i] = w
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(r) + strings.ToLower(w[n:])
		// A letter and an apostrophe open an Irish or a French name,
		// whose next letter is a capital too: "O’Donnell", "D'Amato".
		if rest := w[n:]; r == 'O' || r == 'D' {
			for _, ap := range []string{"’", "'"} {
				if strings.HasPrefix(rest, ap) && len(rest) > len(ap) {
					q, m := utf8.DecodeRuneInString(rest[len(ap):])
					out[i] = string(r) + ap + string(q) + strings.ToLower(rest[len(ap)+m:])
				}
			}
		}
	}
	return strings.Join(out, " ")
}
