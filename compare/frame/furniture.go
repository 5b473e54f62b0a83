package frame

// Furniture: the words of an article that say where and by whom it was
// filed, not how it frames the event, so they are no finding:
//
//   - the dateline that opens the text ("HONOLULU —", "KYIV, Feb 13
//     (Keystone) —"), with its date and agency tag;
//   - a byline paragraph ("By Ana Ruiz") among the first two, and a
//     credit line among the last three ("Ana Ruiz and Tom Ferris
//     contributed to this report.", "Contributing: Ana Ruiz, Keystone
//     Wire"), whose names are the outlet's staff;
//   - a video player's lines that a scraped page leaves in the text
//     ("JUST WATCHED <a clip's title> Replay More Videos ... MUST WATCH
//     <the title> 02:14"): the titles of other clips, not the story; and
//     the label of a summary box ("Story highlights"), whose summary stays;
//   - the signature of an embedded post ("— Jan Novak (@jnovak) February
//     2, 2022"), whose post is a quotation (corpus/nlp/posts.go);
//   - the outlet's own name, its first word ("Keystone" of Keystone Wire)
//     and its initials ("NYT"), wherever they stand;
//   - dates: month and weekday names, years, and the numbers beside a
//     month ("12" of "Feb 12"; in German, French, Spanish and Russian the
//     month of the article's language in lower case, "14 de febrero");
//   - times: "a.m." and "p.m." after a number, and the time zone after a
//     time ("4:08 p.m. ET").
//
// Furniture is left out of distinctive terms and of the evidence that a
// sentence is "only here"; it still counts as a mention when omissions are
// checked (an outlet that opens "HONOLULU —" mentions Honolulu).
//
// Numbers that are not dates are not terms either ("three", "12,000",
// "eighteenth", "seven-term": numbers.go): how many is a fact, which
// unique sentences report, not a word choice.
// And the capitalised words of a title right before a person's name
// ("Foreign Minister" Sergey Lavrov) are no term of their own: they say
// who the person is, and the labels table shows them.
//
// Limits: a dateline is recognised by its shape (capitals, then a dash,
// within the first words of the text); one written in lower case, or
// after the first paragraph, is not.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

// Token roles beyond furniture.
const (
	roleFurniture = 1 << iota // no term, no evidence
	roleNumber                // no term; a unique fact all the same
	roleTitle                 // a title word before a person: no unigram term
)

// tokenRoles returns, for each token of d, the roles above that it has.
func tokenRoles(d *nlp.Doc) []uint8 {
	roles := make([]uint8, len(d.Tokens))
	if len(d.Tokens) == 0 {
		return roles
	}
	markSpan := func(start, end int) {
		for i, t := range d.Tokens {
			if t.Start >= start && t.End <= end {
				roles[i] |= roleFurniture
			}
		}
	}
	if len(d.Paragraphs) > 0 {
		p := d.Paragraphs[0]
		if n := nlp.DatelineLen(d.Text[p.Start:p.End]); n > 0 {
			markSpan(p.Start, p.Start+n)
		}
	}
	for k, p := range d.Paragraphs {
		if k >= 2 {
			break
		}
		if isByline(d.Text[p.Start:p.End]) {
			markSpan(p.Start, p.End)
		}
	}
	for k := max(0, len(d.Paragraphs)-creditParagraphs); k < len(d.Paragraphs); k++ {
		if p := d.Paragraphs[k]; isCredit(d.Text[p.Start:p.End]) {
			markSpan(p.Start, p.End)
		}
	}
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		switch {
		case isPlayerLine(text):
			markSpan(p.Start, p.End)
		case highlightsLabel.MatchString(text):
			n := len(highlightsLabel.FindString(text))
			markSpan(p.Start, p.Start+n)
		}
		if sg, ok := corpus.PostSignature(text); ok {
			markSpan(p.Start+sg.Start, p.End)
		} else if h, ok := corpus.PostHeader(text); ok {
			markSpan(p.Start, p.Start+h.Post)
		}
	}
	markOutlet(d, roles)
	english := d.Language == "" || d.Language == "en"
	// In another language a date writes the month in lower case, after
	// the day and often "de" ("14 de febrero", "14 février", "13.
	// Februar", "14 февраля"): its month and its day are furniture too.
	other, _ := lang.Get(d.Language)
	otherMonth := func(i int) bool {
		return other != nil && i >= 0 && i < len(d.Tokens) && other.IsMonth(lang.Fold(d.TokenText(i)))
	}
	for i := range d.Tokens {
		text := d.TokenText(i)
		switch {
		case isDateWord(text), otherMonth(i):
			roles[i] |= roleFurniture
		case hasDigit(text) || d.Tokens[i].Tag == "CD" || english && isSpelledNumber(text):
			roles[i] |= roleNumber
			if isYear(text) || i > 0 && isMonth(d.TokenText(i-1)) || i+1 < len(d.Tokens) && isMonth(d.TokenText(i+1)) ||
				otherMonth(i+1) || otherMonth(i+2) && lang.Fold(d.TokenText(i+1)) == "de" || otherMonth(i-1) {
				roles[i] |= roleFurniture
			}
		case isClockWord(d, i):
			roles[i] |= roleFurniture
		}
	}
	markTitles(d, roles)
	return roles
}

// isByline reports whether a paragraph is a byline: "By" and a few
// capitalised words, no sentence.
func isByline(p string) bool {
	w := strings.Fields(p)
	if len(w) < 2 || len(w) > 10 || w[0] != "By" && w[0] != "BY" {
		return false
	}
	for _, x := range w[1:] {
		r, _ := utf8.DecodeRuneInString(x)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && x != "and" && x != "in" && x != "of" {
			return false
		}
	}
	return true
}

// creditParagraphs is how many paragraphs at the end of an article may
// hold its credit line.
const creditParagraphs = 3

// creditLine is what a credit line says: "... contributed to this
// report", "... contributed reporting".
var creditLine = regexp.MustCompile(`(?i)\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b`)

// creditLabel is a credit line that opens with its label, as wire
// services and newspapers write them: "Contributing: Ana Ruiz, Keystone
// Wire; Tom Hale", "Additional reporting by Ana Ruiz in Alden", "(Writing
// by Ana Ruiz; Editing by Tom Hale)", "Reporting was contributed by ...",
// "Produced by ...". A name follows, capitalised: "Reporting by the
// council found ..." is a story's sentence. In the Article-Bias-Prediction
// corpus, 454 of the last three paragraphs of an article open with
// "Contributing:" and 44 with "Additional reporting by".
var creditLabel = regexp.MustCompile(`^\s*[(\[]?(?:Contributing(?: to this (?:report|story))?|Additional (?:reporting|contributions)|Reporting was contributed|(?:Reporting|Writing|Editing|Compiled|Produced)(?: and edited)?)(?:\s+by\s+|\s*:\s*)\p{Lu}`)

// isCredit reports whether a paragraph is a credit line: a short one that
// says who contributed to the report.
func isCredit(p string) bool {
	n := len(strings.Fields(p))
	// creditLine matches "contributed", whose letters (?i) folds to
	// their ASCII capitals alone (isPlayerLine).
	return n <= maxCreditWords && containsFoldASCII(p, "contributed") && creditLine.MatchString(p) ||
		n <= maxLabelledCreditWords && creditLabel.MatchString(p)
}

// maxLabelledCreditWords bounds a credit line that opens with its label,
// which can name a dozen reporters and their cities (up to 97 words in
// the Article-Bias-Prediction corpus, the median 5); its label, not its
// length, says what it is.
const maxLabelledCreditWords = 150

// maxCreditWords bounds a credit line; a sentence of the story that says
// someone contributed reporting is longer.
const maxCreditWords = 60

// playerLine is how a video player's line opens or what it says: a clip
// just watched, one to watch next, the replay button.
var playerLine = regexp.MustCompile(`(?i)^\s*(just watched|must watch)\b|\breplay more videos\b`)

// highlightsLabel is the label of a summary box at the start of a
// paragraph.
var highlightsLabel = regexp.MustCompile(`^\s*(Story highlights|STORY HIGHLIGHTS)\b`)

// isPlayerLine reports whether a paragraph is a video player's line.
func isPlayerLine(p string) bool {
	// Every line playerLine matches writes "watch" or "replay", whose
	// letters (?i) folds to their ASCII capitals alone (unlike "s" and
	// "k", which "ſ" and the Kelvin sign match): the paragraphs without
	// either word, nearly all, are left before the regular expression.
	if !containsFoldASCII(p, "watch") && !containsFoldASCII(p, "replay") {
		return false
	}
	return len(strings.Fields(p)) <= maxPlayerWords && playerLine.MatchString(p)
}

// containsFoldASCII reports whether s holds w, a word of lower-case ASCII
// letters, in any mix of ASCII upper and lower case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		// A lower-case ASCII letter, or'ed with 0x20, is itself and
		// its capital is it: no other byte becomes a letter so.
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// maxPlayerWords bounds a video player's line: two clip titles and its
// buttons.
const maxPlayerWords = 60

// markOutlet marks the outlet's own name where it stands in its text:
// the name's capitalised words in a row, starting with its first
// ("Keystone Wire", "Fox News" of Fox Online News), unless another
// capitalised word goes on ("Keystone" in "(Keystone)" is the outlet, "New"
// of "New Jersey" is not The New York Times), and its initials ("NYT").
func markOutlet(d *nlp.Doc, roles []uint8) {
	var caps []string
	for _, w := range strings.FieldsFunc(d.Outlet, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		if isCapitalised(w) && !strings.EqualFold(w, "the") {
			caps = append(caps, w)
		}
	}
	if len(caps) == 0 {
		markSlug(d, roles)
		return
	}
	var initials strings.Builder
	for _, w := range caps {
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(r)
	}
	for i := range d.Tokens {
		text := d.TokenText(i)
		if len(caps) >= 2 && text == initials.String() {
			roles[i] |= roleFurniture
			continue
		}
		if !strings.EqualFold(text, caps[0]) || !isCapitalised(text) {
			continue
		}
		// The name's words in a row, in any order or subset ("Fox News"
		// of Fox Online News), up to a word that is no part of it.
		n := 1
		for i+n < len(d.Tokens) && slices.ContainsFunc(caps, func(c string) bool { return strings.EqualFold(c, d.TokenText(i+n)) }) {
			n++
		}
		next := i + n
		if n >= len(caps) || next >= len(d.Tokens) || !isCapitalised(d.TokenText(next)) {
			for k := i; k < next; k++ {
				roles[k] |= roleFurniture
			}
		}
	}
}

// markSlug marks the name of an outlet known by a lower-case slug ("fox",
// "nyt", as some data sets name them) where its text writes it: a
// capitalised word equal to the slug and the capitalised words after it
// ("Fox News"), or a run of capitalised words whose initials are the slug
// ("New York Times").
func markSlug(d *nlp.Doc, roles []uint8) {
	slug := strings.ToLower(d.Outlet)
	if len(slug) < 2 {
		return
	}
	for i := 0; i < len(d.Tokens); i++ {
		if !isCapitalised(d.TokenText(i)) {
			continue
		}
		j := i
		for j < len(d.Tokens) && isCapitalised(d.TokenText(j)) {
			j++
		}
		var initials strings.Builder
		for k := i; k < j; k++ {
			if w := d.TokenText(k); !strings.EqualFold(w, "the") {
				r, _ := utf8.DecodeRuneInString(w)
				initials.WriteRune(unicode.ToLower(r))
			}
		}
		if strings.EqualFold(d.TokenText(i), slug) || initials.String() == slug {
			for k := i; k < j; k++ {
				roles[k] |= roleFurniture
			}
		}
		i = j - 1
	}
}

// markTitles marks the capitalised words right before a person's name
// that are not names themselves: "Foreign Minister" Sergey Lavrov,
// "Secretary of State" Antony Blinken.
func markTitles(d *nlp.Doc, roles []uint8) {
	ns := mentionTokens(d)
	for t := range d.Tokens {
		if !ns.startsPerson(t) {
			continue
		}
		for j := t - 1; j >= 0; j-- {
			text := d.TokenText(j)
			if ns.of[j] >= 0 {
				break
			}
			if text == "of" && j > 0 && isCapitalised(d.TokenText(j-1)) {
				roles[j] |= roleTitle
				continue
			}
			if !isCapitalised(text) {
				break
			}
			roles[j] |= roleTitle
		}
	}
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// isMonth reports whether a capitalised token names a month ("Feb.",
// "February"); "may" and "march" in lower case are verbs.
func isMonth(s string) bool {
	return isCapitalised(s) && inLower(months, strings.TrimSuffix(s, "."))
}

// isDateWord reports whether a token names a month or a weekday.
func isDateWord(s string) bool {
	if !isCapitalised(s) {
		return false
	}
	return isMonth(s) && s != "May" || inLower(weekdays, s)
}

// inLower reports whether m holds s in lower case, as
// m[strings.ToLower(s)] does, without making the lower-case string of a
// short ASCII word: this is asked of every token.
func inLower(m map[string]bool, s string) bool {
	var buf [24]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

// isClockWord reports whether token i says the time of day after a
// number: "p.m." of "4:08 p.m.", "am" of "10 am", or a time zone after
// either ("ET" of "4:08 p.m. ET", "GMT" of "1400 GMT"). A live blog's
// time stamps ("Update at 4:08 p.m. ET") are its furniture: counted as
// terms, they made its most distinctive words.
func isClockWord(d *nlp.Doc, i int) bool {
	t := d.Tokens[i]
	afterNumber := func() bool {
		before := strings.TrimRight(d.Text[:t.Start], " ")
		return before != "" && unicode.IsDigit(lastRune(before))
	}
	// Only ASCII lowers to "am" or "pm" (the only other letters whose
	// lower case is ASCII are the Kelvin sign's "k" and "İ"'s "i"), so a
	// longer token is neither.
	switch w := strings.Trim(d.Text[t.Start:t.End], "."); {
	case len(w) <= len("a.m") && inLower(meridiem, w):
		return afterNumber()
	case t.End-t.Start <= timeZoneLen && timeZones[d.Text[t.Start:t.End]]:
		if afterNumber() {
			return true
		}
		l := strings.ToLower(strings.TrimRight(d.Text[:t.Start], " "))
		return strings.HasSuffix(l, "a.m.") || strings.HasSuffix(l, "p.m.") || strings.HasSuffix(l, " am") || strings.HasSuffix(l, " pm")
	}
	return false
}

// meridiem holds "a.m." and "p.m." without their dots, lower case.
var meridiem = map[string]bool{"a.m": true, "p.m": true, "am": true, "pm": true}

// timeZones are the time zones news writes after a time, as written.
var timeZones = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true, "MST": true,
	"MDT": true, "PT": true, "PST": true, "PDT": true, "GMT": true, "UTC": true, "BST": true, "CET": true,
	"CEST": true, "EET": true, "EEST": true, "MSK": true, "JST": true, "KST": true, "AEST": true, "AEDT": true,
}

// timeZoneLen is the length of the longest of timeZones: a longer token,
// most tokens, is none, which is told without hashing it.
var timeZoneLen = func() int {
	n := 0
	for z := range timeZones {
		n = max(n, len(z))
	}
	return n
}()

// isDateName reports whether a name is a month or a weekday, which the
// model sometimes tags as a place or an organisation.
func isDateName(name string) bool {
	l := strings.ToLower(strings.TrimSuffix(name, "."))
	return months[l] || weekdays[l]
}

func isYear(s string) bool {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// furnitureSpan reports whether any token of the byte range start..end is
// furniture.
func furnitureSpan(d *nlp.Doc, roles []uint8, start, end int) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > start })
	for ; i < len(d.Tokens) && d.Tokens[i].Start < end; i++ {
		if roles[i]&roleFurniture != 0 {
			return true
		}
	}
	return false
}
