package nlp

// Names of several words kept whole.
//
// The entity model cuts a name at "of" and at an abbreviation's dot: it
// gives "House" and "Representatives" for "House of Representatives",
// "Bank" and "America" (which the alias table then makes the United
// States) for "Bank of America", "Louis" for "St. Louis", and nothing for
// "Department of Justice". So, before the model's spans are cleaned,
// joinNames finds in the paragraph's text two patterns and makes each
// match one entity, in place of every entity span it overlaps:
//
//   - an institution: a capitalised head word from a documented list
//     (institutionHeads: "House", "Department", "Bank", "University",
//     "Council", ...), possibly after capitalised words ("Federal Reserve
//     Bank"), then "of", "of the", "for" or "on", then one to four
//     capitalised words ("Representatives", "Foreign Relations"); for a
//     ministry's heads ("Department", "Ministry", "Centers", "Office")
//     also "and" and more capitalised words ("Health and Human Services").
//     An organisation, or a place for "Republic", "Kingdom",
//     "Commonwealth";
//   - a law or treaty named "X of Y Act" ("Defense of Marriage Act",
//     "Freedom of Information Act"; also Treaty, Accord, Protocol,
//     Convention): an organisation, as the report types laws;
//   - an abbreviated "St.", "Mt.", "Ft." or "Pt." and one or two
//     capitalised words ("St. Louis", "Mt. Vernon"): a place, and where
//     the model's name runs on to an institution's word, that
//     organisation ("St. Louis Community College").
//
// Only the head words of the list start a join, so a person "of" a place
// stays two names ("Barack Obama of Illinois"), and so does a title before
// a name: "Secretary of State Hillary Clinton" is the person, with the
// title as her role, as before (the title is no institution: "Secretary"
// is not a head word). Limits: a head word in a sentence's title case
// ("Bank Of America Shares Fall") is joined the same; an institution
// named otherwise ("Tea Party", "National Rifle Association") is left as
// the model finds it, which is whole in these two cases.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/jdkato/prose/v3"
)

// institutionHeads are the words an institution's name of the form "X of
// Y" starts or ends its first part with. Each is a word for a body of
// people, a building that stands for one, or a state.
var institutionHeads = []string{
	"House", "Senate", "Department", "Ministry", "Bank", "Bureau",
	"University", "College", "Institute", "Institutes", "Council",
	"Committee", "Court", "Courts", "Board", "Chamber", "Church",
	"Federation", "Union", "Organization", "Organisation", "Association",
	"League", "Museum", "School", "Office", "Agency", "Commission",
	"Coalition", "Society", "Academy", "Center", "Centers", "Centre",
	"Fund", "Foundation", "Corps", "Division", "Administration",
	"Authority", "Republic", "Kingdom", "Commonwealth", "Assembly",
	"Parliament", "Party", "Conference", "Service", "Services",
	"Directorate", "Secretariat", "Hospital", "Library", "Army", "Campaign",
	"Alliance", "Americans", "Group",
}

var headSet = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range institutionHeads {
		m[h] = true
	}
	return m
}()

func isInstitutionHead(w string) bool { return headSet[w] }

// isInstitution reports whether name reads "X of Y" with X an
// institution's head word: such a name holds no title of a person.
func isInstitution(name string) bool {
	w := strings.Fields(name)
	for i := 0; i+2 < len(w) && i < 4; i++ {
		if headSet[w[i]] && (w[i+1] == "of" || w[i+1] == "for" || w[i+1] == "on") {
			return true
		}
	}
	return false
}

// stateHeads make a place, not an organisation.
var stateHeads = map[string]bool{"Republic": true, "Kingdom": true, "Commonwealth": true}

// andHeads may join more than one field of work with "and".
var andHeads = map[string]bool{"Department": true, "Ministry": true, "Center": true, "Centers": true, "Office": true, "Institutes": true, "Authority": true}

// onForHeads take "on" and "for" as well as "of" ("Council on Foreign
// Relations", "Center for American Progress"); other heads take only
// "of", so that "the White House on Tuesday" and "voted in the House for
// Obama" stay apart.
var onForHeads = map[string]bool{"Council": true, "Committee": true, "Commission": true, "Center": true,
	"Centers": true, "Centre": true, "Institute": true, "Institutes": true, "Office": true, "Conference": true,
	"Coalition": true, "Foundation": true, "Fund": true, "Association": true, "League": true, "Society": true,
	"Organization": true, "Organisation": true, "Campaign": true, "Alliance": true, "Americans": true}

// forOnlyHeads take "for" alone: "Americans for Prosperity", not
// "Americans of Chinese descent" or "Americans on Medicare".
var forOnlyHeads = map[string]bool{"Americans": true}

// partisanPrefix are words before "House" or "Senate" that say who holds
// it, not its name: "the Republican House of Representatives".
var partisanPrefix = map[string]bool{"Republican": true, "Democratic": true, "Democrat": true, "GOP": true, "Republican-led": true, "Democratic-led": true}

// timeWords end a name where they would start its second part: "the
// Committee on Tuesday".
var timeWords = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Jan": true, "Feb": true, "Aug": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true}

var (
	// A capitalised word: a capital, then letters, apostrophes, hyphens,
	// ampersands or dots ("A&M", "U.S."). Determiners and the like at a
	// sentence's start are not part of a name.
	capWord = `(?:[A-Z][A-Za-z'’&.-]*)`

	institutionName = regexp.MustCompile(`\b((?:` + capWord + `\s+){0,3}?)(` + strings.Join(institutionHeads, "|") + `)` +
		`\s+(of the|of|for|on)\s+(` + capWord + `(?:\s+` + capWord + `){0,3}(?:\s+and\s+` + capWord + `(?:\s+` + capWord + `){0,2})?)`)

	nameChain = regexp.MustCompile(`^\s+(?:for|of)\s+(` + capWord + `)(?:\s+[A-Z][A-Za-z'’&-]*){0,2}`)

	// lawName is a law's or treaty's name of the form "X of Y Act": the
	// model cuts "Defense of Marriage Act" to "Marriage Act", a person.
	lawName          = regexp.MustCompile(`\b(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Act|Treaty|Accords?|Protocol|Convention)\b`)
	abbreviatedPlace = regexp.MustCompile(`\b(?:St|Mt|Ft|Pt)\.\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b`)

	// notNameStart are capitalised words that start a sentence or a
	// clause rather than a name.
	notNameStart = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true,
		"These": true, "Those": true, "In": true, "At": true, "On": true, "By": true, "For": true,
		"From": true, "With": true, "And": true, "But": true, "Of": true, "To": true, "As": true,
		"Its": true, "His": true, "Her": true, "Their": true, "Our": true, "When": true, "While": true,
		"After": true, "Before": true, "If": true, "Under": true, "Both": true, "Former": true}
)

// headWords holds institutionHeads, for institutionHint.
var headWords = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range institutionHeads {
		m[h] = true
	}
	return m
}()

// institutionHint reports whether text holds what institutionName cannot
// match without: a head word, a space and "of", "for" or "on". Most
// paragraphs have none, and this rules them out before the pattern whose
// optional words before the head are tried at every capital (15% of
// annotation's CPU when it ran on every paragraph).
func institutionHint(text string) bool {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' }
	for _, conn := range []string{"of", "for", "on"} {
		for i := 0; ; {
			k := strings.Index(text[i:], conn)
			if k < 0 {
				break
			}
			at, end := i+k, i+k+len(conn)
			i = at + 1
			if at == 0 || !space(text[at-1]) || end >= len(text) || !space(text[end]) {
				continue
			}
			// The head word: the letters before the spaces before the
			// connector (the pattern wants a word boundary before it,
			// which any other character gives: "!Board", "(Bank").
			head := strings.TrimRight(text[:at], " \t\n\r\f\v")
			j := len(head)
			for j > 0 && ('a' <= head[j-1] && head[j-1] <= 'z' || 'A' <= head[j-1] && head[j-1] <= 'Z') {
				j--
			}
			if headWords[head[j:]] {
				return true
			}
		}
	}
	return false
}

// joinNames returns ents with each institution or abbreviated place name
// of text, a paragraph of the article doc (see the comment atop this
// file), as one entity in place of the entities it overlaps.
func joinNames(text, doc string, ents []prose.Entity) []prose.Entity {
	type span struct {
		start, end int
		label      string
	}
	var joins []span
	var found [][]int
	if institutionHint(text) {
		found = institutionName.FindAllStringSubmatchIndex(text, -1)
	}
	for _, m := range found {
		start, end := m[2], m[1]
		head, conn := text[m[4]:m[5]], text[m[6]:m[7]]
		second := strings.Fields(text[m[8]:m[9]])
		if conn != "of" && conn != "of the" && !onForHeads[head] || forOnlyHeads[head] && conn != "for" ||
			timeWords[strings.Trim(second[0], ".,")] {
			continue
		}
		// The second part ends at a sentence's full stop: "School of
		// Law. He" is "School of Law".
		for i, w := range second {
			if strings.HasSuffix(w, ".") && !IsAcronym(w) {
				end = m[8] + strings.Index(text[m[8]:], w) + len(w) - 1
				second = second[:i+1]
				break
			}
		}
		// The words before the head are the name's only while they are
		// name words: "The House of ..." starts at "House", "said Obama.
		// Department of ..." at "Department".
		pre := strings.Fields(text[m[2]:m[3]])
		drop := 0
		for i, w := range pre {
			if notNameStart[w] || (head == "House" || head == "Senate") && partisanPrefix[w] ||
				strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") && !IsAcronym(w) {
				drop = i + 1
			}
		}
		for _, w := range pre[:drop] {
			start = strings.Index(text[start:], w) + start + len(w)
			for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
				start++
			}
		}
		// A trailing "and ..." belongs only to a ministry's fields.
		rest := text[m[8]:end]
		if i := strings.Index(rest, " and "); i >= 0 && !andHeads[head] {
			end = m[8] + i
		}
		// A name does not end on a sentence's full stop or a dotted
		// abbreviation's last dot unless it is an initialism.
		for end > start && strings.ContainsRune(".’'", rune(text[end-1])) && !IsAcronym(text[start:end]) {
			end--
		}
		// One more "for" or "of" and name words go on the name: "Court
		// of Arbitration for Sport".
		if end == m[9] {
			if c := nameChain.FindStringSubmatchIndex(text[end:]); c != nil && !timeWords[text[end+c[2]:end+c[3]]] {
				end += c[1]
			}
		}
		label := Org
		if stateHeads[head] {
			label = Place
		}
		joins = append(joins, span{start, end, label})
	}
	for _, m := range abbreviatedPlace.FindAllStringIndex(text, -1) {
		joins = append(joins, span{m[0], m[1], Place})
	}
	for _, m := range lawName.FindAllStringIndex(text, -1) {
		if !slices.ContainsFunc(joins, func(s span) bool { return m[0] < s.end && s.start < m[1] }) {
			joins = append(joins, span{m[0], m[1], Org})
		}
	}
	for _, m := range forNames(text, doc, ents) {
		if !slices.ContainsFunc(joins, func(s span) bool { return m.Start < s.end && s.start < m.End }) {
			joins = append(joins, span{m.Start, m.End, Org})
		}
	}
	if len(joins) == 0 {
		return ents
	}
	out := make([]prose.Entity, 0, len(ents)+len(joins))
	used := make([]bool, len(joins))
	for _, e := range ents {
		in := -1
		for j, s := range joins {
			if e.Start < s.end && e.End() > s.start {
				in = j
				break
			}
		}
		if in < 0 {
			out = append(out, e)
			continue
		}
		// An entity running past the join keeps the join's whole span
		// and its own end: "Bank of America Corp".
		s := &joins[in]
		if e.End() > s.end {
			s.end = e.End()
		}
		if e.Start < s.start {
			s.start = e.Start
		}
	}
	// A name that ends in an institution's word is one: "St. Louis
	// Community College", "St. Louis Police Department".
	for j := range joins {
		if w := strings.Fields(text[joins[j].start:joins[j].end]); headSet[strings.Trim(w[len(w)-1], ".,")] && !stateHeads[w[len(w)-1]] {
			joins[j].label = Org
		}
	}
	for j, s := range joins {
		if used[j] {
			continue
		}
		used[j] = true
		out = append(out, prose.Entity{Text: text[s.start:s.end], Label: s.label, Start: s.start})
	}
	sortEntities(out)
	return out
}

// forNames finds in text the names of the form "X for Y" that no
// institution's head word starts: "Deferred Action for Childhood
// Arrivals", "Club for Growth", "Everytown for Gun Safety", "Medicare for
// All". The model cuts them at "for" and gives the second part as a name
// of its own ("Childhood Arrivals", "Gun Safety"), typed at random. Both
// parts are capitalised words, one to three before "for" and one to four
// after, and the second is a cause or a goal: one of its words is one
// general news writes in lower case ("growth", "safety"), or both parts
// have two words or more and the model did not take the first for a
// person or a place (the casing list lacks "childhood" and "deferred",
// which the programme's own name keeps capitalised). A proper name after
// "for" keeps the two apart ("blamed Ferris for Harbourton", "Japan for
// South Korea", "blamed Tom Ferris for New Alden"), a credit's "Jane Roe
// for The Ledger" too, and so a name of that form for a place
// ("Democracy for America") is left to the model, unless the article doc
// writes the name's acronym ("DACA"): the model had taken "Deferred
// Action" for a person where the article wrote the programme in full
// once and as "DACA" elsewhere.
func forNames(text, doc string, ents []prose.Entity) []corpus.Span {
	var out []corpus.Span
	floor := 0 // the end of the last name found
	for i := 0; ; {
		k := strings.Index(text[i:], " for ")
		if k < 0 {
			break
		}
		at := i + k
		i = at + 1
		after := at + len(" for ")
		if after >= len(text) || text[after] < 'A' || text[after] > 'Z' {
			continue
		}
		// Back from "for", up to three name words.
		start, n, end := at, 0, at
		for n < 3 {
			j := strings.LastIndexAny(text[:end], " \n") + 1
			if j < floor || !forNameWord(text[j:end]) {
				break // not into the name before ("Club for Growth for All")
			}
			start, n = j, n+1
			if j == 0 || text[j-1] != ' ' {
				break
			}
			end = j - 1
		}
		if n == 0 {
			continue
		}
		// On from "for", up to four name words, to a sentence's end.
		stop, m, pos, common := after, 0, after, false
		for m < 4 && pos < len(text) {
			e := pos
			for e < len(text) && text[e] != ' ' && text[e] != '\n' {
				e++
			}
			w := text[pos:e]
			t := strings.TrimRight(w, ".,;:!?)")
			if !forNameWord(t) {
				break
			}
			stop, m = pos+len(t), m+1
			common = common || lowerInNews(strings.ToLower(t))
			if t != w || e >= len(text) || text[e] != ' ' {
				break
			}
			pos = e + 1
		}
		if m == 0 || !common && !abbreviated(doc, text[start:stop]) && (n < 2 || m < 2 || slices.ContainsFunc(ents, func(e prose.Entity) bool {
			l := normLabel(e.Label)
			return (l == Person || l == Place) && e.Start < at && e.End() > start
		})) {
			continue
		}
		out = append(out, corpus.Span{Start: start, End: stop})
		i, floor = stop, stop
	}
	return out
}

// abbreviated reports whether text (the whole article) writes name's
// acronym as a word of its own: the initials of its capitalised words, three or more ("DACA" of
// "Deferred Action for Childhood Arrivals"). A name abbreviated so is a
// body's or a programme's, whatever the model took its first words for.
func abbreviated(text, name string) bool {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	a := b.String()
	if utf8.RuneCountInString(a) < 3 {
		return false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], a)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(a):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(a) == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		off = i + len(a)
	}
}

// forNameWord reports a capitalised word a name of forNames is made of:
// not a day's or a month's name ("Tuesdays for USA TODAY" is a byline),
// and capitalised after each hyphen ("Obama-era" is no name's word).
func forNameWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || notNameStart[w] || timeWords[w] || timeWords[strings.TrimSuffix(w, "s")] {
		return false
	}
	prev := rune(0)
	for _, r := range w[1:] {
		if !unicode.IsLetter(r) && !strings.ContainsRune("'’&-", r) || prev == '-' && !unicode.IsUpper(r) {
			return false
		}
		prev = r
	}
	return true
}

func sortEntities(ents []prose.Entity) {
	for i := 1; i < len(ents); i++ {
		for j := i; j > 0 && ents[j].Start < ents[j-1].Start; j-- {
			ents[j], ents[j-1] = ents[j-1], ents[j]
		}
	}
}

// splitRepeats makes two entities of one that is a name written twice
// running ("Dana Hale Dana Hale"), which a photo's credit glued to its
// caption gives ("Courtesy of Dana Hale Dana Hale, a marathoner in
// Alden"): as one name it became the "fullest form" of that person's name
// across the corpus, and every quotation of Dana Hale went to "Dana Hale
// Dana Hale". Each half keeps the model's label. A name of two words
// that repeats one is a name ("Sirhan Sirhan") and stays.
func splitRepeats(ents []prose.Entity) []prose.Entity {
	var out []prose.Entity
	for i, e := range ents {
		w := strings.Fields(e.Text)
		n := len(w) / 2
		if n < 2 || len(w) != 2*n || !slices.Equal(w[:n], w[n:]) {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		half := strings.Join(w[:n], " ")
		second := strings.LastIndex(e.Text, half)
		if !strings.HasPrefix(e.Text, half) || second <= len(half) {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]prose.Entity, 0, len(ents)+1), ents[:i]...)
		}
		out = append(out,
			prose.Entity{Text: half, Label: e.Label, Start: e.Start},
			prose.Entity{Text: half, Label: e.Label, Start: e.Start + second})
	}
	if out == nil {
		return ents
	}
	return out
}

// splitCompounds makes one entity of each part of a compound the model
// read as one name: two or three names joined by hyphens, each of which
// the article also writes standing alone ("Trump-Russia", "US-Mexico",
// "Obama-Biden" where "Trump" and "Russia" stand alone elsewhere). As one
// name the compound was an entity of its own that outlets "never named"
// beside articles naming both parts. A double surname ("Hyde-Smith"), a
// company's name ("Coca-Cola") or a county's ("Miami-Dade") has a part the
// article never writes alone and stays whole, and so does a compound the
// model took in with more words ("U.S.-Mexico-Canada Agreement"). Each
// part gets the alias table's type when it knows the part, a place's for a
// demonym, else the model's label for the compound, which the document's
// other mentions of the part replace (compoundTypes). parts holds the
// starts of the parts.
func splitCompounds(text string, ents []prose.Entity) (out []prose.Entity, parts map[int]bool) {
	for i, e := range ents {
		lead := 0 // "The Trump-Russia" of "The Trump-Russia inquiry"
		if len(e.Text) > 4 && strings.EqualFold(e.Text[:4], "the ") {
			lead = 4
		}
		names := compoundParts(text, e.Text[lead:])
		if names == nil {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]prose.Entity, 0, len(ents)+2), ents[:i]...)
		}
		off := e.Start + lead
		if parts == nil {
			parts = map[int]bool{}
		}
		for _, p := range names {
			label := e.Label
			if c, ok := builtinAliases().Canonical(p); ok && builtinAliases().Type(c) != "" {
				label = builtinAliases().Type(c)
			} else if _, ok := demonymPlace(p); ok {
				label = Place
			} else {
				parts[off] = true
			}
			out = append(out, prose.Entity{Text: p, Label: label, Start: off})
			off += len(p) + 1
		}
	}
	if out == nil {
		return ents, nil
	}
	return out, parts
}

// compoundTypes gives each mention split from a compound whose type the
// alias table does not know (the starts in parts) the type the
// document's other mentions of its name carry most, where there are any:
// the model labels "Trump-Russia" as one place, and "Trump" of it would
// otherwise vote a place in a document that types "Trump" a person about
// as often as a place.
func compoundTypes(ms []Mention, parts map[int]bool) {
	if len(parts) == 0 {
		return
	}
	votes := map[string]map[string]int{}
	for _, m := range ms {
		if parts[m.Start] {
			continue
		}
		if votes[m.Name] == nil {
			votes[m.Name] = map[string]int{}
		}
		votes[m.Name][m.Type]++
	}
	for i, m := range ms {
		if v := votes[m.Name]; parts[m.Start] && len(v) > 0 {
			ms[i].Type = topLabel(v)
		}
	}
}

// compoundParts returns the parts of name, a compound of two or three
// capitalised names joined by hyphens with nothing else, when the article
// text writes each part standing alone; nil otherwise.
func compoundParts(text, name string) []string {
	if strings.ContainsAny(name, " \n") || !strings.Contains(name, "-") {
		return nil
	}
	parts := strings.Split(name, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	for _, p := range parts {
		if !isCapitalised(p) || utf8.RuneCountInString(strings.ReplaceAll(p, ".", "")) < 2 || !standsAloneIn(text, p) {
			return nil // "UV-A": a letter is no name
		}
	}
	if last := parts[len(parts)-1]; last == "American" || last == "Americans" {
		return nil // "African-American": a people, not two names
	} else if _, ok := demonymPlace(last); ok {
		return nil // "Iranian-American", "U.S.-Iranian" (relations): an adjective
	}
	return parts
}

// standsAloneIn reports whether text holds word with no letter, digit or
// hyphen touching it.
func standsAloneIn(text, word string) bool {
	return countBounded(text, word, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }) > 0
}
