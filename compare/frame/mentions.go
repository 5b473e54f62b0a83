package frame

// Omissions are claims a student will check against the article, so an
// outlet is said to leave an entity out only when none of its articles in
// the event names it in any form a reader would accept:
//
//   - in the title, the dateline or the body, in any case ("HONOLULU —",
//     "tea party");
//   - under any spelling the alias table (and --aliases) maps to it
//     ("Kiev" for Kyiv, "the Kremlin" for Russia);
//   - with or without dots in an acronym ("N.A.A.C.P." is NAACP), with or
//     without accents ("Pena Nieto" is Peña Nieto);
//   - as the start of a longer name ("Beijing Winter Olympics" names
//     Beijing);
//   - for a person named in full somewhere in the event, by the surname
//     alone ("Obama" names Barack Obama);
//   - for a one-word name, by another form of the word, capitalised
//     ("Democrats" names what the model found as "Democratic"), and for a
//     party, by the word before "Party" in any such form ("the Republican
//     ticket" names the Republican Party);
//   - for a party or the word for its members, by the party's other
//     names in the alias table ("GOP" names "Republican": spellingTable)
//     and by a party tag after a member's name ("(R-Ohio)", partyTag);
//     for a party's members in a body ("House GOP"), wherever the party
//     is named;
//   - for a school, without its grade: "the Sandy Hook school" names
//     Sandy Hook Elementary School;
//   - by its acronym, or for an acronym by the name it abbreviates
//     ("FEMA", the Federal Emergency Management Agency: acronyms.go);
//   - for a named storm, by its name, capitalised, whatever its class
//     ("Harvey" and "Hurricane Harvey" name Tropical Storm Harvey);
//   - for a name of five letters or more, with its doubled letters
//     undone, as transliterations differ ("al-Shabab" names Al-Shabaab:
//     doubled.go).
//
// And only about a name: not a month or a weekday the model took for a
// place, not a fragment with brackets or digits, not a word that the
// event's articles mostly write in lower case ("List" of "Angie's List"),
// not words that are a name only in a headline's capitals ("Ferris Calls"
// of "Ferris Calls on Lindqvist to Quit"), not an outlet of the event.
//
// Limits: matching is on spellings, so an outlet that says "the
// president" for a named president is still said to leave the name out;
// the report says "never names", and a reader can check it.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// mentionText is the text of one outlet's articles, folded twice for
// searching names: lower case, and with case kept for acronyms. Both
// have accents and dots removed, every other character that is not a
// letter, a digit or an apostrophe turned into a space, and a space at
// each end.
type mentionText struct {
	lower string
	// cased is joined at the first acronym looked for (casedText): most
	// texts are searched in lower case alone.
	cased       string
	casedJoined bool
	// tags holds the letters of the party tags the text writes after
	// names ("R" of "(R-Ohio)").
	tags string
	// docs are the folded documents the text is made of, in order,
	// whose capitalised words capitalStem reads and whose windows
	// contains does.
	docs []*foldedDoc
	st   nlp.Stemmer
}

// foldedDoc is one document folded as a mentionText holds it. An event's
// documents are folded once (foldedDocs) and each outlet's text, or that
// of the outlets other than it, is put together from them: folding is
// the dear part, and every document is among the others of all outlets
// but its own.
type foldedDoc struct {
	// cased is the folded title and text, each followed by a space;
	// lower is cased in lower case.
	cased, lower string
	// tags are the letters of the document's party tags, each once, in
	// the order the text first writes them.
	tags string
	// capStems holds the Porter2 stems of the capitalised words, made
	// when a one-word name is first looked for (capitalStem).
	capStems map[string]bool
	// windows are lower's windows, made at the first search of a text
	// that the document is part of (mentionText.contains).
	windows *windowSet
	// undoubled is lower with its doubled letters undone, after a
	// space, and undoubledWords its words, made when a name is first
	// looked for so (namesUndoubled).
	undoubled      string
	undoubledWords map[string]bool
	// casedWords are cased's words, made when an acronym's expansion is
	// first looked for (namesByAcronym).
	casedWords []string
}

func foldDoc(d *nlp.Doc) *foldedDoc {
	cased := fold(d.Title) + " " + fold(d.Text) + " "
	var tags []byte
	for _, m := range partyTag.FindAllStringSubmatchIndex(d.Text, -1) {
		if l := d.Text[m[2]]; !slices.Contains(tags, l) {
			tags = append(tags, l)
		}
	}
	return &foldedDoc{cased: cased, lower: strings.ToLower(cased), tags: string(tags)}
}

// foldedDocs keeps the folded documents of one event.
type foldedDocs map[*nlp.Doc]*foldedDoc

// text returns the mention text of the documents of docs that keep
// reports true for, in their order, stemming with st.
func (f foldedDocs) text(docs []*nlp.Doc, keep func(*nlp.Doc) bool, st nlp.Stemmer) *mentionText {
	var fds []*foldedDoc
	for _, d := range docs {
		if !keep(d) {
			continue
		}
		fd := f[d]
		if fd == nil {
			fd = foldDoc(d)
			f[d] = fd
		}
		fds = append(fds, fd)
	}
	return joinFolded(fds, st)
}

// newMentionText folds the text of docs, stemming with st (a worker's
// cache kept across events; nil for one of its own).
func newMentionText(docs []*nlp.Doc, st nlp.Stemmer) *mentionText {
	return foldedDocs{}.text(docs, func(*nlp.Doc) bool { return true }, st)
}

// joinFolded makes the mention text of folded documents. Lower case is
// taken rune by rune, so the lower-case pieces joined are the joined text
// in lower case.
func joinFolded(fds []*foldedDoc, st nlp.Stemmer) *mentionText {
	if st == nil {
		st = nlp.Stemmer{}
	}
	n := 1
	for _, fd := range fds {
		n += len(fd.lower)
	}
	var lower strings.Builder
	lower.Grow(n)
	lower.WriteByte(' ')
	var tags []byte
	for _, fd := range fds {
		lower.WriteString(fd.lower)
		for i := 0; i < len(fd.tags); i++ {
			if !slices.Contains(tags, fd.tags[i]) {
				tags = append(tags, fd.tags[i])
			}
		}
	}
	return &mentionText{lower: lower.String(), tags: string(tags), docs: fds, st: st}
}

// casedText returns the text with case kept.
func (t *mentionText) casedText() string {
	if !t.casedJoined {
		n := 1
		for _, fd := range t.docs {
			n += len(fd.cased)
		}
		var b strings.Builder
		b.Grow(n)
		b.WriteByte(' ')
		for _, fd := range t.docs {
			b.WriteString(fd.cased)
		}
		t.cased, t.casedJoined = b.String(), true
	}
	return t.cased
}

// partyTag matches the tag American papers put after a member's name,
// "(R-Ohio)", "(D-N.Y.)", "(I-Vt.)", capturing the party's letter.
var partyTag = regexp.MustCompile(`\(([RDI])-[A-Z][A-Za-z.]*\)`)

// tagParties are the parties those letters stand for, by the Porter2 stem
// of the word that names the party and its members ("Republican",
// "Democratic" and "Democrats", "Independent").
var tagParties = map[string]string{"republican": "R", "democrat": "D", "independ": "I"}

// gradeWords stand between a school's name and its head word, and a
// reader leaves them out: "Sandy Hook Elementary School" is "the Sandy
// Hook school".
var gradeWords = map[string]bool{
	"Elementary": true, "Primary": true, "Middle": true, "High": true, "Secondary": true,
	"Junior": true, "Senior": true, "Grammar": true, "Community": true, "Public": true,
}

// headNoun reports whether w is the head word of a school's name.
func headNoun(w string) bool { return w == "School" || w == "College" || w == "Academy" }

// spellingTable is the alias table's spellings of each canonical name
// (nlp.Aliases.Spellings), with the parties' also given to the word for
// each party and its members in their usual forms ("Republican",
// "Republicans"; "Democratic", "Democrat", "Democrats"), so that "GOP"
// names the Republican that the model found in "a New York Republican";
// and, lower case, every spelling and form of a party, with the party it
// stands for.
type spellingTable struct {
	of    map[string][]string
	party map[string]string
	// canon is each spelling's canonical name, the canonical's own
	// included ("U.S." and "United States" are both "United States").
	canon map[string]string
}

// newSpellingTable makes the table of the spellings of an alias table;
// spellings is not changed.
func newSpellingTable(spellings map[string][]string) spellingTable {
	t := spellingTable{of: make(map[string][]string, len(spellings)), party: map[string]string{}, canon: map[string]string{}}
	for k, v := range spellings {
		t.of[k] = v
		t.canon[strings.ToLower(fold(k))] = k
		for _, sp := range v {
			t.canon[strings.ToLower(fold(sp))] = k
		}
	}
	for canon, v := range spellings {
		word, ok := strings.CutSuffix(canon, " Party")
		if !ok || strings.Contains(word, " ") {
			continue
		}
		forms := []string{word, word + "s"}
		if stem, ok := strings.CutSuffix(word, "ic"); ok {
			forms = append(forms, stem, stem+"s") // Democratic: Democrat, Democrats
		}
		for _, f := range forms {
			t.of[f] = append(append(slices.Clip(t.of[f]), canon), v...)
			t.party[strings.ToLower(f)] = canon
		}
		for _, s := range v {
			t.party[strings.ToLower(s)] = canon
		}
	}
	return t
}

// fold removes accents and dots and turns other punctuation into spaces,
// keeping case; runs of spaces become one.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		if r < utf8.RuneSelf {
			// ASCII, most of the text, the same as below without
			// looking the rune up in Unicode's tables: no mark, and its
			// letters and digits are a-z, A-Z and 0-9.
			switch {
			case r == '.':
				continue
			case r == '\'' && b.Len() > 0 && !space && isWordRune(lastRune(b.String())):
				// kept, as below
			case !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'):
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(byte(r))
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
			continue
		case (r == '’' || r == '\'') && b.Len() > 0 && !space && isWordRune(lastRune(b.String())):
			// An apostrophe inside or after a word ("Kyiv's") is part
			// of it; one that opens a quotation is not.
			r = '\''
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// names reports whether the text names an entity: name itself or one of
// its alias spellings (sp) at the start of a word, or, for a person of two
// or more words, the surname as a word (and the other forms above).
func (t *mentionText) names(name string, sp spellingTable, person bool) bool {
	if t.has(name, false) {
		return true
	}
	for _, s := range sp.of[name] {
		if t.has(s, true) {
			return true
		}
	}
	if last, full := nlp.Surname(name); full && (person || givenFirst(name) && len(sp.of[name]) == 0) {
		if t.word(strings.ToLower(strings.TrimSpace(fold(last)))) {
			return true
		}
	}
	w := strings.Fields(fold(name))
	if len(w) == 1 && !nlp.IsAcronym(w[0]) && t.capitalStem(w[0]) {
		return true
	}
	// A party is named by the word that sets it apart, as a noun or an
	// adjective: "Republicans" and "the Republican ticket" name the
	// Republican Party, "Labour" the Labour Party.
	if len(w) == 2 && w[1] == "Party" && t.capitalStem(w[0]) {
		return true
	}
	// A party tag names the party of its letter and the word for its
	// members: "(R-Ohio)" names the Republican Party and "Republican".
	if len(w) == 1 || len(w) == 2 && w[1] == "Party" {
		if l := tagParties[t.st.Porter2(strings.ToLower(w[0]))]; l != "" && strings.Contains(t.tags, l) {
			return true
		}
	}
	// A party's members in a body are named where the party is: "House
	// GOP" and "Senate Democrats" by "GOP lawmakers" or "Republicans",
	// since the body's word alone ("House") names the body, not them.
	if n := len(w); n >= 2 {
		last := w[n-1]
		if canon, ok := sp.party[strings.ToLower(last)]; ok && t.names(canon, sp, false) {
			return true
		}
		if tagParties[t.st.Porter2(strings.ToLower(last))] != "" && t.names(last, sp, false) {
			return true
		}
	}
	// School, college and other grades between a name and its head word
	// may go: "the Sandy Hook school" names Sandy Hook Elementary School.
	if n := len(w); n >= 4 && gradeWords[w[n-2]] && headNoun(w[n-1]) {
		short := strings.Join(append(slices.Clip(w[:n-2]), strings.ToLower(w[n-1])), " ")
		if t.contains(" " + strings.ToLower(short)) {
			return true
		}
	}
	// A storm is named by its own name, whatever it was classed as when:
	// "Hurricane Harvey" and "Harvey" name Tropical Storm Harvey.
	if n := len(w); n >= 2 && stormWords[strings.ToLower(strings.Join(w[:n-1], " "))] && t.acronym(w[n-1]) {
		return true
	}
	// A transliterated name is named without its doubled letters:
	// "al-Shabab" names Al-Shabaab (doubled.go).
	if t.namesUndoubled(name) {
		return true
	}
	// An acronym and the name it abbreviates name each other: "FEMA"
	// names the Federal Emergency Management Agency (acronyms.go).
	if t.namesByAcronym(name) {
		return true
	}
	// One of a numbered series is named without its number: "the Super
	// Bowl" names Super Bowl LVI, "Queen Elizabeth" Elizabeth II.
	if n := len(w); n >= 2 && romanNumeral.MatchString(w[n-1]) && t.has(strings.Join(w[:n-1], " "), false) {
		return true
	}
	// A university or a college is named by its name without the head
	// word: "Georgetown, the Jesuit university" names Georgetown
	// University. Read as has reads names, at the start of a longer one
	// too ("Georgetown Law"): a claim is withheld rather than made wrongly.
	if n := len(w); n >= 2 && (w[n-1] == "University" || w[n-1] == "College") && t.has(strings.Join(w[:n-1], " "), false) {
		return true
	}
	// A body the alias table knows, named with the surname of the person
	// who leads it before it, is named by the body's name: "the Trump
	// White House" by "the White House"; and so it is with the outlet
	// whose beat it is glued before it ("CBS News White House
	// correspondent") or an adjective the entity model took in ("Senior
	// White House").
	// The words before the body's name are all capitalised: in "Port
	// Authority of New York and New Jersey" the state ends a longer name.
	for k := 1; k < len(w) && len(w) >= 3 && isCapitalised(w[k-1]); k++ {
		// The body's name has fewer words than name, so this ends.
		if c, ok := sp.canon[strings.ToLower(strings.Join(w[k:], " "))]; ok && len(strings.Fields(c)) < len(w) && len(strings.Fields(c)) >= 2 {
			if t.names(c, sp, false) {
				return true
			}
			break
		}
	}
	// A department or a ministry is named in either order: "the
	// Department of Labor" names the Labor Department, and "the Interior
	// Department" the Department of the Interior.
	if other := departmentOrder(w); other != "" && t.has(other, false) {
		return true
	}
	// And by its own words alone where they are more than one ("Veterans
	// Affairs would get a 14% boost"): "State" or "Education" alone
	// names no department.
	if field := departmentField(w); len(strings.Fields(field)) >= 2 && t.has(field, false) {
		return true
	}
	// A body named after a place is named with the place's other
	// spellings: "the United States Conference of Catholic Bishops"
	// names the US Conference of Catholic Bishops.
	return t.namesByLeadingPlace(w, sp)
}

// departmentField returns what a department's or a ministry's name of
// words w is of ("Veterans Affairs" of "Department of Veterans Affairs"
// and of "Veterans Affairs Department"), or "".
func departmentField(w []string) string {
	n := len(w)
	if n < 2 {
		return ""
	}
	if head := w[n-1]; head == "Department" || head == "Ministry" {
		return strings.Join(w[:n-1], " ")
	}
	if n >= 3 && (w[0] == "Department" || w[0] == "Ministry") && w[1] == "of" {
		rest := w[2:]
		if len(rest) > 1 && rest[0] == "the" {
			rest = rest[1:]
		}
		return strings.Join(rest, " ")
	}
	return ""
}

// departmentOrder returns the other order of a department's or a
// ministry's name of words w ("Labor Department" for "Department of
// Labor", and back; "Department of the Interior" gives "Interior
// Department"), or "".
func departmentOrder(w []string) string {
	field := departmentField(w)
	if field == "" {
		return ""
	}
	if head := w[len(w)-1]; head == "Department" || head == "Ministry" {
		return head + " of " + field
	}
	return field + " " + w[0]
}

// givenFirst reports whether a name opens with a given name the
// first-name table knows: a person's, whatever type the entity model gave
// it across the corpus ("Gerald Bostock" typed a place in three outlets
// is named by another's "Gerald Lynn Bostock" and by "Bostock"). A name
// the alias table knows is left to its spellings ("North Korea": "North"
// is a given name too). Read wrongly, it withholds a claim, never makes
// one.
func givenFirst(name string) bool {
	_, ok := nlp.FirstNameGender(nlp.FirstName(name))
	return ok && len(strings.Fields(name)) >= 2
}

// namesByLeadingPlace reports whether the text names the name of words w
// with its first one or two words, a spelling of the alias table, written
// as another spelling of the same canonical name.
func (t *mentionText) namesByLeadingPlace(w []string, sp spellingTable) bool {
	for k := 1; k <= 2 && k < len(w); k++ {
		canon, ok := sp.canon[strings.ToLower(strings.Join(w[:k], " "))]
		if !ok {
			continue
		}
		rest := " " + strings.Join(w[k:], " ")
		for _, other := range append([]string{canon}, sp.of[canon]...) {
			if strings.ToLower(fold(other)) != strings.ToLower(strings.Join(w[:k], " ")) && t.has(other+rest, false) {
				return true
			}
		}
	}
	return false
}

// stormWords class the storms that are named: "Tropical Storm Harvey".
var stormWords = map[string]bool{"hurricane": true, "tropical storm": true, "storm": true, "typhoon": true, "cyclone": true, "superstorm": true, "tropical depression": true}

// romanNumeral matches a Roman numeral of two letters or more ("II",
// "LVI"): "I" and "V" alone are as often a pronoun or a letter.
var romanNumeral = regexp.MustCompile(`^[IVXLC]{2,}$`)

// capitalStem reports whether a capitalised word of the text is another
// form of the one-word name w: "Democrats" names the Democratic party the
// model found as "Democratic", "Republicans" names "Republican". Only
// capitalised words count, so that "bushes" is not Bush.
func (t *mentionText) capitalStem(w string) bool {
	st := t.st
	stem := st.Porter2(strings.ToLower(w))
	for _, fd := range t.docs {
		if fd.capStems == nil {
			// The text's words are its documents' words: the pieces are
			// joined at spaces.
			fd.capStems = map[string]bool{}
			for _, f := range strings.Fields(fd.cased) {
				if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
					f = strings.TrimSuffix(f, "'s")
					fd.capStems[st.Porter2(strings.ToLower(f))] = true
				}
			}
		}
		if fd.capStems[stem] {
			return true
		}
	}
	return false
}

// contains reports whether the lower-case text holds s, as
// strings.Contains does. A name is looked for in several spellings, most
// of which the text does not hold, in every outlet's text or the text of
// the others, which can run to hundreds of articles. Where the text holds
// s, s is within one document's text or crosses from one into the next
// (or from the text's first space into its first document): each
// document is searched that has every window of s (its windowSet), then
// the few bytes about each meeting of two. A string shorter than a window
// is searched for in the whole text.
func (t *mentionText) contains(s string) bool {
	if len(s) < windowLen {
		return strings.Contains(t.lower, s)
	}
	for _, fd := range t.docs {
		if fd.windows == nil {
			ws := newWindowSet(fd.lower)
			fd.windows = &ws
		}
		if fd.windows.mayHold(s) && strings.Contains(fd.lower, s) {
			return true
		}
	}
	for i, start := 0, 1; i < len(t.docs); i++ {
		if strings.Contains(t.lower[max(0, start-len(s)+1):min(len(t.lower), start+len(s)-1)], s) {
			return true
		}
		start += len(t.docs[i].lower)
	}
	return false
}

// has looks a spelling up: an acronym ("NATO", "US") as a whole word in
// capitals, so that the pronoun "us" is not the United States; anything
// else in lower case at the start of a word, where a longer word or name
// may go on ("Beijing" in "Beijing Winter Olympics", "Kyiv" in "Kyiv's").
// The alias table keeps its spellings in lower case, so a short one of
// them (key set: "us", "un") is taken for an acronym.
func (t *mentionText) has(s string, key bool) bool {
	f := strings.TrimSpace(fold(s))
	if f == "" {
		return false
	}
	if nlp.IsAcronym(f) || key && len(f) <= 3 && !strings.Contains(f, " ") {
		return t.acronym(strings.ToUpper(f))
	}
	l, u := strings.ToLower(f), strings.ToUpper(f)
	if t.contains(" " + l) {
		return true
	}
	// Where the cased text has u, the lower-case text has u in lower
	// case, so when that is l the search above has answered already.
	// It is not always: "ſ" is upper case "S", lower case "s".
	if strings.ToLower(u) == l {
		return false
	}
	return t.acronym(u)
}

// acronym reports whether a string in capitals stands as a whole word,
// or in the plural ("GDPs", "NGOs'").
func (t *mentionText) acronym(a string) bool {
	cased := t.casedText()
	wordEnd := func(i int) bool { return i >= len(cased) || cased[i] == ' ' || cased[i] == '\'' }
	for off := 0; ; {
		i := strings.Index(cased[off:], " "+a)
		if i < 0 {
			return false
		}
		end := off + i + 1 + len(a)
		if wordEnd(end) || cased[end] == 's' && wordEnd(end+1) {
			return true
		}
		off = end
	}
}

// word reports whether a lower-case word stands as a whole word, or with
// a possessive.
func (t *mentionText) word(w string) bool {
	return t.contains(" "+w+" ") || t.contains(" "+w+"'")
}

// eventText is an event's text folded for claims of omission, case kept:
// its titles (and the headings inside its articles) and its sentences
// apart, and all of it; and the names only quoted (quotedOnly).
type eventText struct {
	titles, bodies, all string
	// unquoted holds the names mentioned outside quotations at least
	// once, and quoted those mentioned inside them.
	unquoted, quoted map[string]bool
}

func newEventText(docs []*nlp.Doc) eventText {
	var titles, bodies strings.Builder
	titles.WriteByte(' ')
	bodies.WriteByte(' ')
	add := func(b *strings.Builder, s string) {
		b.WriteString(fold(s))
		b.WriteByte(' ')
	}
	for _, d := range docs {
		add(&titles, d.Title)
		paras := d.Paragraphs
		if len(paras) == 0 {
			paras = []corpus.Span{{Start: 0, End: len(d.Text)}}
		}
		for _, p := range paras {
			text := d.Text[p.Start:p.End]
			if nlp.HeadingCased(text) {
				// A heading inside the text ("Update: Ferris Calls On
				// Lindqvist To Quit") is capitalised as a title is.
				add(&titles, text)
			} else {
				add(&bodies, text)
			}
		}
	}
	et := eventText{titles: titles.String(), bodies: bodies.String(), unquoted: map[string]bool{}, quoted: map[string]bool{}}
	et.all = et.titles + et.bodies[1:]
	for _, d := range docs {
		for _, m := range d.Entities {
			// Quotes come in text order and do not overlap: the one
			// that could hold the mention is the last to start at or
			// before it.
			q := sort.Search(len(d.Quotes), func(i int) bool { return d.Quotes[i].Start > m.Start }) - 1
			if q >= 0 && m.End <= d.Quotes[q].End {
				et.quoted[m.Name] = true
			} else {
				et.unquoted[m.Name] = true
			}
		}
	}
	return et
}

// quotedOnly reports whether every mention of the name in the event's
// documents lies inside a direct quotation, and there is one: a name only
// a speaker uses. That an outlet does not quote those words is no sign it
// left an actor out, and the names posts capitalise ("the Fake News",
// "the Federal Government", "Victory, and Freedom") are of this kind.
func (et eventText) quotedOnly(name string) bool {
	return et.quoted[name] && !et.unquoted[name]
}

// headlineOnly reports whether a name stands, as written, in a title or
// heading of the event and in none of its articles' sentences: a
// headline's capitals make names of words ("Ferris Calls" of "Ferris
// Calls on ..."), which the articles' own sentences then never write so.
func (et eventText) headlineOnly(name string) bool {
	f := " " + strings.TrimSpace(fold(name))
	return strings.Contains(et.titles, f) && !strings.Contains(et.bodies, f)
}

// claimable reports whether an omission may be claimed about an entity:
// a name, not a date, a fragment, a common word, a headline's capitals or
// an outlet of the event. et is the event's text, for telling names from
// common words, and docs the event's documents, for finding fragments of
// longer names.
func claimable(e EntityCount, outlets []string, et eventText, docs []*nlp.Doc) bool {
	name := e.Name
	if isDateName(name) || !nameShaped(name) || et.headlineOnly(name) {
		return false
	}
	for _, o := range outlets {
		if namesOutlet(name, o) {
			return false
		}
	}
	if w := strings.Fields(fold(name)); len(w) == 1 {
		lower, capital := countWord(et.all, strings.ToLower(w[0])), countWord(et.all, w[0])
		if lower > 0 && lower >= capital {
			return false // "List": a word more than a name
		}
	}
	if e.Type != nlp.Person && onlyInLongerNames(name, docs) {
		return false
	}
	return !et.quotedOnly(name)
}

// nameShaped reports whether a string is written as a name: letters with
// spaces, dots, hyphens, ampersands and apostrophes; every word of more
// than three letters capitalised ("Democratic primary" is no name); no
// contraction ("I've").
func nameShaped(name string) bool {
	if !strings.ContainsFunc(name, unicode.IsUpper) {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) && !strings.ContainsRune(".'’-&", r) {
			return false
		}
	}
	for _, w := range strings.Fields(name) {
		if utf8.RuneCountInString(w) > 3 && !isCapitalised(w) {
			return false
		}
		if i := strings.IndexAny(w, "'’"); i >= 0 {
			rest := strings.TrimLeft(w[i:], "'’")
			if rest != "" && rest != "s" && !isCapitalised(rest) {
				return false
			}
		}
	}
	return true
}

// connectors join the words of a long name: "National Association for
// the Advancement of Colored People", "House of Representatives".
var connectors = []string{" of the ", " for the ", " of ", " for ", " and ", " de ", " the "}

// onlyInLongerNames reports whether every place the event's texts write
// name it stands inside a longer capitalised name ("Colored People" of
// the National Association for the Advancement of Colored People, "Tea"
// of Tea Party): the model cut a name, and no outlet is to be blamed for
// leaving a piece of it out. A name the texts never write as it is (an
// alias's canonical form) is not judged here.
func onlyInLongerNames(name string, docs []*nlp.Doc) bool {
	seen := false
	for _, d := range docs {
		for _, text := range []string{d.Title, d.Text} {
			for off := 0; ; {
				i := strings.Index(text[off:], name)
				if i < 0 {
					break
				}
				start, end := off+i, off+i+len(name)
				off = end
				if start > 0 && isWordRune(lastRune(text[:start])) || end < len(text) && isWordRune(firstRune(text[end:])) {
					continue // inside a word
				}
				seen = true
				if !extendsRight(text[end:]) && !extendsLeft(text[:start]) {
					return false
				}
			}
		}
	}
	return seen
}

// extendsRight reports whether a capitalised word follows, directly or
// after a connector.
func extendsRight(after string) bool {
	for _, c := range append([]string{" "}, connectors...) {
		if rest, ok := strings.CutPrefix(after, c); ok && isCapitalised(rest) {
			return true
		}
	}
	return false
}

// extendsLeft reports whether a capitalised word precedes after a
// connector ("House of" Representatives), or directly when that word is
// not a sentence's first.
func extendsLeft(before string) bool {
	for _, c := range connectors {
		if rest, ok := strings.CutSuffix(before, c); ok && isCapitalised(lastWord(rest)) {
			return true
		}
	}
	if rest, ok := strings.CutSuffix(before, " "); ok {
		w := lastWord(rest)
		prev := strings.TrimSuffix(rest, w)
		sentenceStart := strings.TrimSpace(prev) == "" || strings.HasSuffix(strings.TrimRight(prev, " "), ".")
		return isCapitalised(w) && !sentenceStart
	}
	return false
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	return s[i+1:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// countWord counts the places where w stands as a whole word, or with a
// possessive, in folded text.
func countWord(text, w string) int {
	return strings.Count(text, " "+w+" ") + strings.Count(text, " "+w+"'")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// namesOutlet reports whether a name is an outlet's: the same but for
// case and punctuation, the outlet's initials ("New York Times" for
// "nyt"), or starting with the outlet's whole name ("Fox News" for "fox").
func namesOutlet(name, outlet string) bool {
	n, o := strings.ToLower(strings.TrimSpace(fold(name))), strings.ToLower(strings.TrimSpace(fold(outlet)))
	if n == o || o == "" {
		return n == o
	}
	var initials strings.Builder
	words := strings.Fields(n)
	for _, w := range words {
		if w != "the" && w != "of" {
			initials.WriteString(w[:1])
		}
	}
	return initials.String() == strings.ReplaceAll(o, " ", "") || words[0] == o
}
