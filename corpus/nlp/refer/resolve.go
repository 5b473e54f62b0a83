package refer

// Resolution.
//
// Algorithm: a salience-based resolver after Lappin & Leass (1994, "An
// algorithm for pronominal anaphora resolution", Computational
// Linguistics 20(4)), with their factor weights, fitted to what the
// annotation stage gives (part-of-speech tags and entity mentions, no
// parse). Lappin & Leass resolve a pronoun to the most salient compatible
// referent before it; salience rewards being recent, a subject, not inside
// a prepositional phrase and the head of its noun phrase, and halves with
// every sentence of distance. It reached 86% on pronouns of technical
// manuals with a full parse, and Kennedy & Boguraev (1996) kept 75% with
// only tags, as here. Recency alone ("the nearest preceding person") loses
// the subject preference that news prose leans on: "Baker met Warren on
// Tuesday. He said ..." is Baker.
//
//	pronoun p in sentence s ──► candidates: the entity mentions, the
//	                             references resolved so far, and unnamed
//	                             plural nouns, of sentences s-Window .. s,
//	                             before p
//	  filter: agreement    he/him/his/himself, she/her/hers/herself: a
//	                       person whose gender, known from an honorific
//	                       ("Mr.", "Ms."), a pronoun already resolved to
//	                       it or else its first name (firstnames.tsv),
//	                       does not contradict;
//	                       they/them/their: an ORG or an unnamed plural
//	          binding      an object pronoun ("him") is not its own
//	                       clause's subject ("Trump praised him"), a
//	                       reflexive ("himself") is in its clause
//	          voice        inside a quotation, a third-person pronoun is
//	                       not the quotation's speaker (who says "I")
//	  salience per referent: Σ over its candidate mentions of
//	          (100 recency + 80 subject + 50 direct object
//	           + 50 not after a preposition + 80 head of its phrase
//	           + 180 subject of the pronoun's own clause)
//	          × 2^-(sentences back); a name inside a quotation, for a
//	          pronoun outside it, counts its recency only
//	  ──► the most salient referent; ties to the latest mention; none when
//	      no candidate survives the filters or the winner is an unnamed
//	      plural ("the delegates ... their").
//
// Before that: a pronoun in an adverbial phrase that opens its sentence
// goes to the compatible name right after the phrase's comma ("In her
// statement, Ms. Warren said": cataphora); "he or she" and "his or her"
// mean anyone and stay unresolved. A name that a relative clause holding
// the pronoun follows ("Baker, who kept his seat") is that clause's
// subject.
//
// What is a person: a name the tagger typed PERSON anywhere in the
// document; a full name whose last word is such a name; and, because prose
// often types a lone surname opening a clause as a place ("Baker also
// called for ..."), a one-word place-typed name of proper nouns that is
// followed by its verb, never written after a preposition of place ("in
// Iowa") and not a place of the alias table.
//
// Which pronouns: the third-person personal pronouns of people and groups.
// "It" and "its" are left out: in news they stand for things, events and
// clauses far more often than for a named actor, and a wrong actor is
// worse than none. First and second person ("I", "we", "you") are left
// out: inside a quotation they are the speaker and the audience, whose
// tone the quotation's own words carry already.
//
// Roles are guessed from tags: a subject has no verb before it in its
// sentence or a verb right after it; a direct object follows a verb; the
// head of a phrase is not followed by a noun ("the Obama administration")
// or a possessive clitic ("Obama's").
//
// Measured (TestBasilReferences, testdata/basil_checked.tsv): 139
// pronouns of nine basil-dev articles checked by hand, 120 (86%) right:
// 81 of the 97 resolved to an entity go to the right one, and 39 of the 42
// left unresolved have no single named referent. The first 108 were
// checked before the last two rules (cataphora only after an adverbial
// phrase, the subject of a relative clause) were written from their
// errors: 84% before, 86% after; the last 31, checked with the rules
// final, 87%. Against NewsMTSC's further_mentions (its authors' automatic
// coreference, not gold), 68% of the pronouns it ties to a target named in
// the sentence go to that target's entity (TestNewsMTSC in
// corpus/nlp/target logs the figure).
//
// Limits: people's gender is known only from honorifics, earlier
// pronouns and the first names of firstnames.tsv, so "Warren praised Baker
// for her work" goes to the more salient of the two; plural "they" for two named people ("Mr. Baker and
// Ms. Warren ... they") is not found; a "his" in a quotation about
// someone the quotation calls "the president" goes to whoever was named
// last; a speaker's "he" after a long quotation may go to someone the
// quotation named; descriptions ("the senator", "protesters") are not references here
// (annotation resolves "the secretary of state" to the person introduced
// with that title); the tagger's errors (a news outlet typed as a person)
// pass through.
//
// Complexity: O(P · M) for P pronouns and M mentions in the window.

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Window is the number of sentences before a pronoun's own in which its
// antecedent is looked for. Lappin & Leass keep four sentences of
// salience; past three the halving leaves little.
const Window = 3

// aliases is the built-in alias table, read-only here: DefaultAliases
// copies it on every call.
var aliases = sync.OnceValue(nlp.DefaultAliases)

// Lappin & Leass's salience factor weights.
const (
	wRecency = 100
	wSubject = 80
	wObject  = 50
	wNonAdv  = 50
	wHead    = 80
	// wClause is not Lappin & Leass's: the subject of the pronoun's own
	// clause is preferred by this much, the weight of a second recent
	// subject mention.
	wClause = wRecency + wSubject
)

// Agreement is what a pronoun says of its referent.
type Agreement uint8

const (
	Masculine Agreement = iota + 1 // he, him, his, himself
	Feminine                       // she, her, hers, herself
	Plural                         // they, them, their, theirs, themselves
)

func (a Agreement) String() string {
	switch a {
	case Masculine:
		return "masculine"
	case Feminine:
		return "feminine"
	case Plural:
		return "plural"
	}
	return "unknown"
}

// form is a pronoun's case.
type form uint8

const (
	subjective form = iota
	objective
	possessive
	reflexive
)

type pronoun struct {
	agr  Agreement
	form form
}

// pronouns are the English third-person personal pronouns of people and
// groups; "her" is objective or possessive by its tag.
var pronouns = map[string]pronoun{
	"he": {Masculine, subjective}, "him": {Masculine, objective}, "his": {Masculine, possessive}, "himself": {Masculine, reflexive},
	"she": {Feminine, subjective}, "her": {Feminine, objective}, "hers": {Feminine, possessive}, "herself": {Feminine, reflexive},
	"they": {Plural, subjective}, "them": {Plural, objective}, "their": {Plural, possessive}, "theirs": {Plural, possessive}, "themselves": {Plural, reflexive},
}

// honorifics give a person's gender when written before a mention.
var honorifics = map[string]Agreement{
	"mr": Masculine, "mr.": Masculine,
	"mrs": Feminine, "mrs.": Feminine, "ms": Feminine, "ms.": Feminine, "miss": Feminine,
}

// Reference is a pronoun and the entity it is resolved to.
type Reference struct {
	Start, End int // Doc.Text[Start:End] is the pronoun
	Sent       int // index into Doc.Sentences
	Agreement  Agreement
	// Entity is the normalised name of the entity referred to, as in
	// nlp.Mention.Name, and Type its type; both "" when no entity is
	// found for it (nothing compatible precedes, the pronoun is generic,
	// or it stands for a group the article does not name).
	Entity, Type string
}

// Resolved reports whether the reference has an entity.
func (r Reference) Resolved() bool { return r.Entity != "" }

// candidate is an entity mention, or a resolved reference, as a possible
// antecedent.
type candidate struct {
	start, end int
	sent       int
	name, typ  string
	weight     float64 // the salience factors of its place in its sentence
	subject    bool
	quoted     bool // inside a direct quotation
}

// Resolve finds the third-person pronouns of an English document and
// resolves each; other languages give none (the lists are English).
func Resolve(d *nlp.Doc) []Reference {
	if d.Language != "" && d.Language != "en" {
		return nil
	}
	var out []Reference
	gender := genders(d)
	person := map[string]bool{} // names the tagger typed PERSON at least once
	for _, m := range d.Entities {
		if m.Type == nlp.Person {
			person[m.Name] = true
		}
	}
	places := aliases()
	located := map[string]bool{} // names written after "in", "from", ...
	for _, m := range d.Entities {
		if locative(d.Text[:m.Start]) {
			located[m.Name] = true
		}
	}
	for _, m := range d.Entities {
		// The tagger often types a lone surname opening a clause as a
		// place ("Baker also called for ..."): a one-word "place" that
		// acts, followed by its verb, that is never where something happens
		// ("in Iowa") and that the alias table does not know as a place
		// may be a person.
		if m.Type == nlp.Place && !strings.Contains(m.Name, " ") && !located[m.Name] && places.Type(m.Name) != nlp.Place && proper(d, m) && acts(d, m) {
			person[m.Name] = true
		}
	}
	for _, m := range d.Entities {
		// A full name whose surname is a person's name is that person,
		// whatever type the tagger gave it.
		if i := strings.LastIndexByte(m.Name, ' '); i > 0 && person[m.Name[i+1:]] {
			person[m.Name] = true
		}
	}
	var cands []candidate
	for _, m := range d.Entities {
		typ := m.Type
		if person[m.Name] {
			// The tagger types one name differently in different
			// sentences ("HARBOUR CITY — Tom Baker" as a place): a
			// name once a person is a person.
			typ = nlp.Person
		}
		cands = append(cands, describe(d, m.Start, m.End, m.Sent, m.Name, typ))
	}
	cands = append(cands, groups(d)...)
	slices.SortStableFunc(cands, func(a, b candidate) int { return a.start - b.start })
	for si, s := range d.Sentences {
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			tok := d.Tokens[ti]
			p, ok := pronouns[strings.ToLower(d.Text[tok.Start:tok.End])]
			if !ok || coveredBy(d.Entities, tok.Start) {
				continue
			}
			ref := Reference{Start: tok.Start, End: tok.End, Sent: si, Agreement: p.agr}
			if generic(d, ti) {
				// "he or she", "his or her": anyone, not an antecedent.
				out = append(out, ref)
				continue
			}
			if p.agr == Feminine && p.form == objective && tok.Tag == "PRP$" {
				p.form = possessive
			}
			if c, ok := resolve(d, cands, gender, p, ref); ok {
				ref.Entity, ref.Type = c.name, c.typ
				if _, known := gender[c.name]; !known && p.agr != Plural {
					// "She said" makes the person she for the pronouns
					// after: agreement holds for the whole chain.
					gender[c.name] = p.agr
				}
				// A resolved reference adds to its entity's salience, as
				// Lappin & Leass's equivalence classes do.
				cands = append(cands, describe(d, tok.Start, tok.End, si, c.name, c.typ))
			}
			out = append(out, ref)
		}
	}
	return out
}

// resolve picks the antecedent of pronoun p at ref among cands.
func resolve(d *nlp.Doc, cands []candidate, gender map[string]Agreement, p pronoun, ref Reference) (candidate, bool) {
	speaker, quoted := speakerAt(d, ref.Start)
	if p.form != objective && p.form != reflexive {
		if c, ok := cataphor(d, cands, gender, p, ref); ok {
			return c, true
		}
	}
	type referent struct {
		c        candidate
		salience float64
		latest   int
	}
	by := map[string]*referent{}
	for _, c := range cands {
		if c.start >= ref.Start || c.sent < ref.Sent-Window || c.sent > ref.Sent {
			continue
		}
		if !agrees(c, p.agr, gender) || c.name != "" && c.name == speaker {
			continue
		}
		local := c.sent == ref.Sent && (sameClause(d, c.end, ref.Start) || relative(d, c, ref.Start) || appositive(d, c, ref.Start))
		switch p.form {
		case objective:
			if local && c.subject {
				continue
			}
		case reflexive:
			if !local {
				continue
			}
		}
		w := c.weight
		if local && c.subject {
			// The subject of the pronoun's own clause comes first, as in
			// Hobbs's (1978) search of the pronoun's sentence: "after
			// Baker was criticised for his remarks".
			w += wClause
		}
		if c.quoted && !quoted {
			// Named inside someone's quotation: not a participant of the
			// narrating sentence, only recent.
			w = wRecency
		}
		key := c.name
		if key == "" {
			key = "#" + strconv.Itoa(c.start) // each unnamed group its own referent
		}
		r := by[key]
		if r == nil {
			r = &referent{c: c}
			by[key] = r
		}
		r.salience += w / float64(int(1)<<(ref.Sent-c.sent))
		r.latest = max(r.latest, c.start)
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var best *referent
	for _, k := range keys {
		r := by[k]
		if best == nil || r.salience > best.salience || r.salience == best.salience && r.latest > best.latest {
			best = r
		}
	}
	if best == nil || best.c.name == "" {
		// Nothing compatible, or a group the article does not name
		// ("the delegates ... their"): no entity.
		return candidate{}, false
	}
	return best.c, true
}

// cataphor resolves a pronoun in a fronted phrase to the subject named
// right after the phrase's comma: "In her statement, Ms. Warren said",
// "When she arrived, Warren ...". The phrase opens the sentence: no comma
// comes before the pronoun in it.
func cataphor(d *nlp.Doc, cands []candidate, gender map[string]Agreement, p pronoun, ref Reference) (candidate, bool) {
	s := d.Sentences[ref.Sent]
	if strings.Contains(d.Text[s.Start:ref.Start], ",") {
		return candidate{}, false
	}
	// The phrase is adverbial: after any "And", "But" or "Now", it opens
	// with a preposition or subordinator ("In", "When", "After"), an
	// infinitive ("To show that he ...") or a participle ("Asked about his
	// plans, ..."). "His wife, Anna Baker, ..." is a noun phrase in
	// apposition, and "his" there looks back.
	first := s.TokStart
	for first < s.TokEnd && (d.Tokens[first].Tag == "CC" || d.Tokens[first].Tag == "RB") {
		first++
	}
	if first >= s.TokEnd || d.Tokens[first].Start >= ref.Start {
		return candidate{}, false
	}
	switch d.Tokens[first].Tag {
	case "IN", "WRB", "TO", "VBN", "VBG":
	default:
		return candidate{}, false
	}
	comma := strings.IndexByte(d.Text[ref.End:s.End], ',')
	if comma < 0 {
		return candidate{}, false
	}
	after := ref.End + comma + 1
	next := strings.IndexFunc(d.Text[after:s.End], func(r rune) bool { return !unicode.IsSpace(r) })
	if next < 0 {
		return candidate{}, false
	}
	at := after + next
	if g, ok := honorificAt(d.Text[at:s.End]); ok {
		at += g
	}
	for _, c := range cands {
		if c.start == at && c.name != "" && agrees(c, p.agr, gender) {
			return c, true
		}
	}
	return candidate{}, false
}

// honorificAt returns the length of the honorific and spaces that open
// text ("Mr. "), if one does.
func honorificAt(text string) (int, bool) {
	w, _, ok := strings.Cut(text, " ")
	if _, isHon := honorifics[strings.ToLower(w)]; !ok || !isHon {
		return 0, false
	}
	n := len(w)
	for n < len(text) && text[n] == ' ' {
		n++
	}
	return n, true
}

// generic reports whether the pronoun at token ti is one of a pair that
// means anyone: "he or she", "his or her", "him and her".
func generic(d *nlp.Doc, ti int) bool {
	word := func(i int) string {
		if i < 0 || i >= len(d.Tokens) {
			return ""
		}
		return strings.ToLower(d.Text[d.Tokens[i].Start:d.Tokens[i].End])
	}
	pair := func(a, conj, b string) bool {
		pa, okA := pronouns[a]
		pb, okB := pronouns[b]
		return okA && okB && (conj == "or" || conj == "and") && pa.agr != pb.agr && pa.agr != Plural && pb.agr != Plural
	}
	return pair(word(ti), word(ti+1), word(ti+2)) || pair(word(ti-2), word(ti-1), word(ti))
}

// groups are the plural common nouns heading their phrase ("delegates",
// "the voters"): referents a "they" may stand for that the article does not
// name. They compete with named organisations, and a pronoun resolved to
// one is left unresolved.
func groups(d *nlp.Doc) []candidate {
	var out []candidate
	for si, s := range d.Sentences {
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			t := d.Tokens[ti]
			if t.Tag != "NNS" || coveredBy(d.Entities, t.Start) {
				continue
			}
			if ti+1 < s.TokEnd && strings.HasPrefix(d.Tokens[ti+1].Tag, "NN") {
				continue // a modifier: "party leaders"
			}
			c := describe(d, t.Start, t.End, si, "", group)
			out = append(out, c)
		}
	}
	return out
}

// group is the type of an unnamed plural referent.
const group = "group"

// agrees reports whether a candidate can be referred to by a pronoun of
// agreement a: a person by he or she, unless an honorific says otherwise;
// an organisation by they.
func agrees(c candidate, a Agreement, gender map[string]Agreement) bool {
	switch a {
	case Masculine, Feminine:
		g, known := gender[c.name]
		return c.typ == nlp.Person && (!known || g == a)
	case Plural:
		return c.typ == nlp.Org || c.typ == group
	}
	return false
}

// genders reads each person's gender from the honorifics written before
// its mentions (a person given both is left unknown), else from its first
// name (firstnames.tsv).
func genders(d *nlp.Doc) map[string]Agreement {
	out := map[string]Agreement{}
	mixed := map[string]bool{}
	for _, m := range d.Entities {
		g, ok := honorificBefore(d.Text, m.Start)
		if !ok {
			// The mention may hold its honorific ("Mr. Trump").
			first, _, _ := strings.Cut(d.Text[m.Start:m.End], " ")
			if g, ok = honorifics[strings.ToLower(first)]; !ok {
				continue
			}
		}
		if have, ok := out[m.Name]; ok && have != g {
			mixed[m.Name] = true
		}
		out[m.Name] = g
	}
	for n := range mixed {
		delete(out, n)
	}
	// A person no honorific speaks for takes the gender news writing
	// gives their first name, where the table knows it.
	for _, m := range d.Entities {
		if _, known := out[m.Name]; known || mixed[m.Name] || m.Type != nlp.Person {
			continue
		}
		if g, ok := firstNameAgreement(nlp.FirstName(m.Name)); ok {
			out[m.Name] = g
		}
	}
	return out
}

// honorificBefore returns the gender of the honorific ending just before
// off ("Mr. " before "Trump").
func honorificBefore(text string, off int) (Agreement, bool) {
	before := strings.TrimRightFunc(text[:off], unicode.IsSpace)
	if len(before) == off {
		return 0, false
	}
	i := strings.LastIndexFunc(before, unicode.IsSpace) + 1
	g, ok := honorifics[strings.ToLower(before[i:])]
	return g, ok
}

// locative reports whether before ends with a preposition of place ("in
// ", "from ").
func locative(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToLower(before[i+1:]) {
	case "in", "at", "from", "across", "throughout", "near", "into", "inside", "outside":
		return true
	}
	return false
}

// proper reports whether the mention's words are all tagged proper
// nouns (NNP): "Baker", not "Hundreds".
func proper(d *nlp.Doc, m nlp.Mention) bool {
	first, _ := slices.BinarySearchFunc(d.Tokens, m.Start, func(t nlp.Token, off int) int { return t.Start - off })
	n := 0
	for _, t := range d.Tokens[first:] {
		if t.Start >= m.End {
			break
		}
		if t.Tag != "NNP" {
			return false
		}
		n++
	}
	return n > 0
}

// acts reports whether a mention is followed by its verb ("Baker said",
// "Baker first won") or opens its sentence before a comma ("Baker,
// speaking earlier").
func acts(d *nlp.Doc, m nlp.Mention) bool {
	if m.Sent < 0 || m.Sent >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[m.Sent]
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		t := d.Tokens[ti]
		if t.Start < m.End {
			continue
		}
		if t.Tag == "RB" {
			continue // "first won"
		}
		return isVerb(t.Tag) || t.Tag == "," && s.Start == m.Start
	}
	return false
}

// describe gives a mention's salience factors from the tags around it.
func describe(d *nlp.Doc, start, end, sent int, name, typ string) candidate {
	c := candidate{start: start, end: end, sent: sent, name: name, typ: typ, weight: wRecency}
	_, c.quoted = speakerAt(d, start)
	if sent < 0 || sent >= len(d.Sentences) {
		return c
	}
	s := d.Sentences[sent]
	prev, next := -1, -1
	verbBefore := false
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		t := d.Tokens[ti]
		if t.End <= start {
			prev = ti
			verbBefore = verbBefore || isVerb(t.Tag)
		}
		if t.Start >= end && next < 0 {
			next = ti
		}
	}
	c.subject = !verbBefore || next >= 0 && isVerb(d.Tokens[next].Tag)
	if c.subject {
		c.weight += wSubject
	}
	if prev >= 0 && isVerb(d.Tokens[prev].Tag) {
		c.weight += wObject
	}
	if prev < 0 || d.Tokens[prev].Tag != "IN" {
		c.weight += wNonAdv
	}
	if next < 0 || !strings.HasPrefix(d.Tokens[next].Tag, "NN") && d.Tokens[next].Tag != "POS" {
		c.weight += wHead
	}
	return c
}

// sameClause reports whether the words between from and to (in one
// sentence) hold no clause boundary: no punctuation, conjunction,
// subordinator or relative pronoun, and at most one group of verbs.
func sameClause(d *nlp.Doc, from, to int) bool {
	groups, inVerb := 0, false
	first, _ := slices.BinarySearchFunc(d.Tokens, from, func(t nlp.Token, off int) int { return t.Start - off })
	for _, t := range d.Tokens[first:] {
		if t.Start >= to {
			break
		}
		switch {
		case isVerb(t.Tag):
			if !inVerb {
				groups++
			}
			inVerb = true
			continue
		case t.Tag == "RB":
			continue // "has not said"
		case t.Tag == "CC", t.Tag == "WDT", t.Tag == "WP", t.Tag == "WRB",
			t.Tag == "IN" && isSubordinator(d.Text[t.Start:t.End]),
			!strings.ContainsFunc(d.Text[t.Start:t.End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
			return false
		}
		inVerb = false
	}
	return groups <= 1
}

// relative reports whether the pronoun at off stands in a relative clause
// that c opens ("Baker, who kept his seat"): "who" or "whose" follows c,
// after a comma or dash at most, and the clause runs on to the pronoun.
// The relative pronoun is c, so c is the subject of the pronoun's clause.
func relative(d *nlp.Doc, c candidate, off int) bool {
	i, _ := slices.BinarySearchFunc(d.Tokens, c.end, func(t nlp.Token, off int) int { return t.Start - off })
	for i < len(d.Tokens) && d.Tokens[i].Start < off && !strings.ContainsFunc(d.Text[d.Tokens[i].Start:d.Tokens[i].End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		i++ // ",", "--", "—"
	}
	if i >= len(d.Tokens) || d.Tokens[i].Start >= off {
		return false
	}
	switch strings.ToLower(d.Text[d.Tokens[i].Start:d.Tokens[i].End]) {
	case "who", "whose":
		return sameClause(d, d.Tokens[i].End, off)
	}
	return false
}

// appositive reports whether c is followed by an appositive, a phrase
// between commas with no verb ("Anna Warren, the niece of Governor Tom
// Baker and a cousin of Ann Baker, criticized her party"), after which
// the clause runs on to the pronoun at off: c is then the subject of the
// pronoun's clause, and the names inside the appositive are not.
func appositive(d *nlp.Doc, c candidate, off int) bool {
	i, _ := slices.BinarySearchFunc(d.Tokens, c.end, func(t nlp.Token, off int) int { return t.Start - off })
	if i >= len(d.Tokens) || d.Text[d.Tokens[i].Start:d.Tokens[i].End] != "," {
		return false
	}
	for i++; i < len(d.Tokens) && d.Tokens[i].Start < off; i++ {
		t := d.Tokens[i]
		switch {
		case d.Text[t.Start:t.End] == ",":
			return i > 0 && sameClause(d, t.End, off)
		case isVerb(t.Tag), t.Tag == "WDT", t.Tag == "WP", t.Tag == "WRB":
			return false
		}
	}
	return false
}

// isSubordinator reports whether a word tagged IN opens a clause
// ("that", "because") rather than a prepositional phrase.
func isSubordinator(w string) bool {
	switch strings.ToLower(w) {
	case "that", "because", "although", "though", "while", "whether", "if", "since", "after", "before", "as", "until", "unless":
		return true
	}
	return false
}

func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// speakerAt returns the speaker of the quotation holding off ("" when
// unresolved) and whether one holds it.
func speakerAt(d *nlp.Doc, off int) (string, bool) {
	for _, q := range d.Quotes {
		if q.Start <= off && off < q.End {
			return q.Speaker, true
		}
	}
	return "", false
}

// coveredBy reports whether off lies inside one of the mentions.
func coveredBy(ms []nlp.Mention, off int) bool {
	for _, m := range ms {
		if m.Start <= off && off < m.End {
			return true
		}
	}
	return false
}

// Spans returns the references' spans, for readers that take spans.
func Spans(refs []Reference) []corpus.Span {
	out := make([]corpus.Span, len(refs))
	for i, r := range refs {
		out[i] = corpus.Span{Start: r.Start, End: r.End}
	}
	return out
}
