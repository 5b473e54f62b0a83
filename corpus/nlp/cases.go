package nlp

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Law is the type of a court case named by its parties ("Roe v. Wade",
// "Brown v. Board of Education"), OntoNotes' LAW.
//
// The entity model reads a case's title as the people and places it is
// made of: "Roe" and "Wade" as people, "Connecticut" of "Griswold v.
// Connecticut" as a place. A reader then finds a judge's ruling quoted
// as said by "Holder" of "Seven-Sky v. Holder", tone toward "Wade", and
// an outlet said to leave out Connecticut when no one wrote of the state.
// A case is one name of its own type: no speaker, no person, no place.
const Law = "LAW"

// statute matches the name of a law, OntoNotes' LAW as a case's is: an
// act ("the CARES Act", "the Logan Act"), a title of a code ("Title
// IX"), an amendment ("the First Amendment").
var statute = regexp.MustCompile(`^(?:\p{Lu}[\pL\pN.&'’-]*\s+(?:(?:of|for|and|the|to|on|in|&)\s+|\p{Lu}[\pL\pN.&'’-]*\s+|\d+\s+)*Act(?:\s+of\s+\d{4})?|Title\s+[IVXL]+|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-\w+|\d+(?:st|nd|rd|th))\s+Amendment)$`)

// statuteTypes types the mentions that name a law Law: the entity model
// reads "Title IX" and "the HEROES Act" as people or places, and a "he"
// or a tone toward a person then goes to a law.
func statuteTypes(ms []Mention) {
	for i := range ms {
		if ms[i].Type != Law && statute.MatchString(ms[i].Name) {
			ms[i].Type = Law
		}
	}
}

// caseMark finds the "v." between a case's parties, and "v" where the
// sentence is about a court ("Roe v Wade ruling"). Without its period
// "v" is also a version ("v 2.0") or a caption's "versus" ("Fox v
// MSNBC"); "vs." is a contest's ("Trump vs. Clinton") more often than a
// case's, and is left alone.
var caseMark = regexp.MustCompile(`\s(v\.?)\s+`)

// legalWords are the words that make a sentence with a bare "v" about a
// case.
var legalWords = regexp.MustCompile(`(?i)\b(court|courts|case|cases|ruling|rulings|ruled|decision|decided|judge|justices?|precedents?|overturn\w*|appeals?|lawsuits?|sued|suit|v\.)\b`)

// caseJoiners are the lower-case words that may stand inside a party's
// name ("Board of Education", "Students for Fair Admissions").
// "And" joins only the first party ("Fish and Wildlife Service v. Sierra
// Club"): after the "v." it is more often a list's ("Roe v. Wade and
// Casey").
var caseJoiners = map[string]bool{"of": true, "for": true, "the": true, "de": true, "ex": true, "rel.": true, "&": true, "and": true}

// justiceCite matches what follows a judge's name in a citation: "(Kennedy,
// J., concurring)" names the justice, not "Kennedy v. Louisiana".
var justiceCite = regexp.MustCompile(`^,?\s*(C\.\s?)?JJ?\.`)

// maxPartyWords bounds a party's name in words, joiners included.
const maxPartyWords = 8

// caseNames joins each case title of d into one mention of type Law and
// drops the mentions inside it. A party is the run of capitalised words
// (and joiners between them) next to the "v.", stopping at a word ending
// in punctuation, at a lower-case word, and where one mention of the model
// meets another with nothing between ("Supreme Court Roe v. Wade": the
// court is not a party). In a title-cased heading every word is
// capitalised, so a party is one word, or the model's mention there.
//
// A party's one-word name alone stands for the case elsewhere in the
// article ("overturn Roe", "after Heller") where the word is no part of a
// longer name there ("Jane Roe", "Donald Trump" of "Trump v. Hawaii"), no
// known place, and not after an honorific ("Mr. Heller").
func caseNames(d *Doc, ms []Mention, aliases *Aliases) []Mention {
	var cases []Mention
	for _, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		from := s.Start // a party starts after the case before it in the sentence
		locs := caseMark.FindAllStringSubmatchIndex(text, -1)
		if locs == nil {
			continue
		}
		heading := HeadingCased(d.Text[d.Paragraphs[s.Para].Start:d.Paragraphs[s.Para].End])
		for _, loc := range locs {
			mark := text[loc[2]:loc[3]]
			if mark == "v" && !legalWords.MatchString(text) {
				continue
			}
			if s.Start+loc[0] <= from {
				continue
			}
			l0, l1 := leftParty(d.Text, from, s.Start+loc[0], ms, heading)
			r0, r1 := rightParty(d.Text, s.Start+loc[1], s.End, ms, heading)
			if l0 < 0 || r0 < 0 {
				continue
			}
			name := strings.Join(strings.Fields(d.Text[l0:l1]), " ") + " v. " + strings.Join(strings.Fields(d.Text[r0:r1]), " ")
			cases = append(cases, Mention{Start: l0, End: r1, Name: name, Type: Law})
			from = r1
		}
	}
	if len(cases) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		for _, c := range cases {
			if m.Start < c.End && c.Start < m.End {
				m = outsideCase(d.Text, m, c)
			}
		}
		if m.End > m.Start {
			out = append(out, m)
		}
	}
	parties := map[string]string{} // a party's one-word name -> its case
	for _, c := range cases {
		l, r, _ := strings.Cut(c.Name, " v. ")
		for _, p := range []string{l, r} {
			if !strings.Contains(p, " ") && !knownPlace(aliases, p) {
				parties[p] = c.Name
			}
		}
	}
	for _, m := range out {
		if f := strings.Fields(m.Name); len(f) > 1 {
			for _, w := range f {
				delete(parties, w) // "Jane Roe": the word is part of a name here
			}
		}
	}
	for i, m := range out {
		if c, ok := parties[d.Text[m.Start:m.End]]; ok && !honorificBefore(d.Text[:m.Start]) && !justiceCite.MatchString(d.Text[m.End:]) {
			out[i].Name, out[i].Type = c, Law
		}
	}
	return append(out, cases...)
}

// outsideCase returns what is left of m beside case c: the model's
// "Supreme Court Roe" leaves "Supreme Court". What is left is a name only
// if it starts with a capital; otherwise m comes back empty.
func outsideCase(text string, m, c Mention) Mention {
	switch {
	case m.Start < c.Start && m.End <= c.End:
		m.End = m.Start + len(strings.TrimRightFunc(text[m.Start:c.Start], unicode.IsSpace))
	case m.End > c.End && m.Start >= c.Start:
		m.Start = c.End + len(text[c.End:m.End]) - len(strings.TrimLeftFunc(text[c.End:m.End], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }))
	default:
		return Mention{}
	}
	rest := text[m.Start:m.End]
	if !startsUpper(rest) {
		return Mention{}
	}
	m.Name = bareName(strings.Join(strings.Fields(rest), " "))
	return m
}

// leftParty returns the span of the party whose name ends at end (the
// space before the "v."), or -1.
func leftParty(text string, lo, end int, ms []Mention, heading bool) (int, int) {
	words := wordSpans(text[lo:end])
	if len(words) == 0 {
		return -1, -1
	}
	last := lo + words[len(words)-1].end
	if !partyEnd(words[len(words)-1].s) {
		return -1, -1
	}
	start := -1
	for i, n := len(words)-1, 0; i >= 0 && n < maxPartyWords; i, n = i-1, n+1 {
		w := words[i]
		ws, we := lo+w.start, lo+w.end
		core := strings.TrimLeft(w.s, openMarks)
		if i < len(words)-1 && strings.ContainsAny(w.s[len(w.s)-1:], closeMarks) {
			break // "In 1973, Roe v. Wade": the comma ends what came before
		}
		if !startsUpper(core) && !(start >= 0 && caseJoiners[core]) || core == "I" {
			break
		}
		if n := possessiveLen(core); start >= 0 && (courtWord(core) || n > 0 && endsAt(ms, we-n) && startsAt(ms, start)) {
			// "the Supreme Court's Roe v. Wade", "Texas's Roe v. Wade
			// fight": a court, or a name owning another, is no party.
			// "Whole Woman's Health v. Hellerstedt" is one.
			break
		}
		if start >= 0 && mentionsMeet(text, ms, we, start) {
			break // "Supreme Court Roe v. Wade"
		}
		start = ws + len(w.s) - len(core)
		if core != w.s || heading && !inMention(ms, start, last) {
			break // an opening mark starts the name; a heading's party is one word
		}
	}
	if start < 0 {
		return -1, -1
	}
	// A run's first words may be joiners, stop words or a sentence's
	// opening common word ("In Roe v. Wade", "What Roe v. Wade says",
	// "Overturning Roe v. Wade").
	for {
		ws := wordSpans(text[start:last])
		f := strings.ToLower(ws[0].s)
		if !caseJoiners[f] && !builtinStopwords()[f] && !(sentenceStart(text, lo, start) && openingWord(f)) {
			break
		}
		if len(ws) == 1 {
			return -1, -1
		}
		start += ws[1].start
	}
	return start, last
}

// rightParty returns the span of the party whose name starts at start
// (after the "v." and its space), or -1. A leading "the" is left out of
// the name ("Janus v. the American Federation ..."), and so is a
// possessive's "'s" ("Roe v. Wade's protections").
func rightParty(text string, start, hi int, ms []Mention, heading bool) (int, int) {
	words := wordSpans(text[start:hi])
	if len(words) > 1 && strings.EqualFold(words[0].s, "the") {
		words = words[1:]
	}
	first, end := -1, -1
	for i, w := range words {
		if i >= maxPartyWords {
			break
		}
		ws := start + w.start
		core := w.s
		if i == 0 {
			core = strings.TrimLeft(core, openMarks)
			ws += len(w.s) - len(core)
		}
		if i := strings.Index(core, "http"); i > 0 {
			core = core[:i] // "Roe v. Wade.https://t.co/...": a link glued on
		}
		closed := strings.TrimRight(core, closeMarks+".!?")
		for _, p := range []string{"'s", "’s"} {
			closed = strings.TrimSuffix(closed, p)
		}
		if i > 0 && caseJoiners[core] && core != "and" {
			// A joiner counts only with a capitalised word after it.
			if i+1 < len(words) && startsUpper(words[i+1].s) {
				continue
			}
			break
		}
		if !startsUpper(core) || core == "I" {
			break // "overturns Roe v. Wade I would": a pronoun
		}
		if i == 0 {
			first = ws
		}
		// A period ends an abbreviation ("Inc.", "Bd.", "U.S."), not
		// a name ("v. Wade.").
		if closed != core && strings.TrimRight(core, ".") == closed && (strings.Contains(closed, ".") || partyAbbrevs[closed]) {
			closed = core
		}
		end = ws + len(closed)
		if closed != core || heading && !inMention(ms, first, end) {
			break // punctuation closes the name; a heading's party is one word
		}
	}
	if first < 0 || end <= first {
		return -1, -1
	}
	return first, end
}

// The marks that open a name's first word and close its last.
const (
	openMarks  = "(“\"‘'["
	closeMarks = ",;:)”\"’]"
)

// partyEnd reports whether a word can end the first party: a name, or an
// abbreviation ("Assoc.", "Inc.").
func partyEnd(w string) bool {
	w = strings.TrimLeft(w, openMarks)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !strings.ContainsAny(w, ",;:")
}

// openingWord reports whether a capitalised word opening a sentence is a
// common word capitalised for its place ("In", "Overturning").
func openingWord(w string) bool {
	l := strings.ToLower(strings.TrimLeft(w, "(“\"‘'["))
	return builtinStopwords()[l] || lowerInNews(l)
}

// mentionsMeet reports whether one mention of ms ends at a and another
// starts at b with only spaces between, so that the words at a and b
// belong to two names.
func mentionsMeet(text string, ms []Mention, a, b int) bool {
	if a > b || strings.TrimSpace(text[a:b]) != "" {
		return false
	}
	return endsAt(ms, a) && startsAt(ms, b)
}

// endsAt reports whether a mention of ms ends at off.
func endsAt(ms []Mention, off int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.End == off })
}

// startsAt reports whether a mention of ms starts at off.
func startsAt(ms []Mention, off int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Start == off })
}

// partyAbbrevs are the abbreviations written in parties' names, whose
// period ends no sentence ("Brown v. Bd. of Education", "Hospitals Assoc.
// v. Azar").
var partyAbbrevs = map[string]bool{
	"Inc": true, "Co": true, "Corp": true, "Ltd": true, "Bd": true, "Dept": true, "Dep't": true,
	"Assoc": true, "Ass'n": true, "Ass’n": true, "Ass'n.": true, "Comm'n": true, "Comm’n": true,
	"Dist": true, "Sch": true, "Univ": true, "Educ": true, "Cty": true, "Cnty": true, "Bros": true, "No": true, "Int'l": true, "Nat'l": true,
}

// sentenceStart reports whether only opening marks lie between lo, where
// the sentence starts, and at.
func sentenceStart(text string, lo, at int) bool {
	return strings.TrimLeft(text[lo:at], openMarks+" ") == ""
}

// possessiveLen returns the length of w's possessive ending ("'s", "’s"),
// or 0.
func possessiveLen(w string) int {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, p) {
			return len(p)
		}
	}
	return 0
}

// courtWord reports whether w names a court, which comes before a case's
// name but is none of its parties ("Supreme Court Roe v. Wade ruling").
func courtWord(w string) bool { return w == "Court" || w == "Court's" || w == "Court’s" }

// inMention reports whether [start, end) lies inside one mention of ms.
func inMention(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start <= start && end <= m.End {
			return true
		}
	}
	return false
}
