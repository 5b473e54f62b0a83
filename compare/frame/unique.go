package frame

// Omissions: what one outlet carries alone.
//
// Scoring: for each outlet, the other outlets of the event pool their
// entities (normalised names), numbers (as digits, commas dropped), content
// words (stems of nouns, verbs, adjectives that are not stop words) and
// text. A sentence of the outlet scores
//
//	salience = 3·entities + 2·numbers + 2·claims + 0.5·words
//
// counting only what no other outlet carries: entities no other outlet
// names (neither among its entity mentions nor in its text, read as
// omissions are: mentions.go), numbers no other outlet gives, claims
// (direct quotes starting in the sentence whose words appear in no other
// outlet's text) and content words no other outlet uses. Sentences scoring at least minSalience are
// listed, most salient first (then in text order). Entities weigh most
// because a person or place the others leave out is the plainest
// omission; a lone new word is weak evidence.
//
// Omits lists the event's entities (those at least two outlets mention)
// that the outlet never mentions, most widely mentioned first.
//
// Limits: matching is on stems and names, not meaning, so a paraphrase
// counts as unique content; that is why the sentence, not a verdict, is
// shown.

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

const (
	maxUnique   = 5
	maxUniqueTo = 8 // terms listed per sentence
	minSalience = 2
)

// outletContent is what one outlet's articles in an event carry.
type outletContent struct {
	entities map[string]bool
	numbers  map[string]bool
	// digits holds the numbers as their digits alone, which is how
	// numbers are compared across languages ("1.000" and "1,000").
	digits map[string]bool
	stems  map[string]bool
	text   string // lower case, spaces collapsed, for claims
	// windows are text's 8-byte windows, made when a quotation is
	// first looked for in text (holds).
	windows *windowSet
	// langs are the languages the outlet's articles are in.
	langs map[string]bool
}

var straightQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// normQuote lowers s, straightens its quote marks and collapses each run of
// ASCII white space into one space, trimming both ends.
func normQuote(s string) string {
	s = strings.ToLower(straightQuotes.Replace(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\f', '\r':
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		}
	}
	return b.String()
}

func numberOf(tok string) string { return strings.ReplaceAll(tok, ",", "") }

// digitsOf returns the digits of a number token alone.
func digitsOf(tok string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, tok)
}

func isNumber(tag, text string) bool {
	if tag != "CD" {
		return false
	}
	for _, r := range text {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

func (c *Framer) content(docs []*nlp.Doc, o string) *outletContent {
	oc := &outletContent{entities: map[string]bool{}, numbers: map[string]bool{}, digits: map[string]bool{}, stems: map[string]bool{}, langs: map[string]bool{}}
	var b strings.Builder
	for _, d := range docs {
		if d.Outlet != o {
			continue
		}
		oc.langs[docLanguage(d)] = true
		for _, m := range d.Entities {
			oc.entities[m.Name] = true
		}
		// What an outlet carries is read from every token, whatever the
		// tagger called it ("12" of "9/12" need not be a number to it)
		// and wherever it stands (a word inside a longer name, a title,
		// a quote): a sentence is only here when no other outlet writes
		// its content at all.
		for i := range d.Tokens {
			if text := d.TokenText(i); hasDigit(text) {
				oc.numbers[numberOf(text)] = true
				oc.digits[digitsOf(text)] = true
			}
		}
		for _, r := range c.runs[d] {
			for _, w := range r {
				if !w.stop {
					oc.stems[w.key] = true
				}
			}
		}
		// The headline is part of the version too; annotation reads the
		// text alone, so its words are keyed here, untagged.
		if docLanguage(d) == "en" {
			for _, w := range strings.FieldsFunc(d.Title, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
			}) {
				if t := nlp.NormTerm(w, "", c.sw, c.st); !t.Stop {
					oc.stems[t.Key] = true
				}
			}
		}
		b.WriteString(normQuote(d.Text))
		b.WriteByte(' ')
	}
	oc.text = b.String()
	return oc
}

// holds reports whether the outlet's text holds s, as strings.Contains
// does. Every quotation of an outlet is looked for in the text of every
// other, and most are not there: the set of the text's windows tells
// most of those without reading the text.
func (oc *outletContent) holds(s string) bool {
	if oc.windows == nil {
		ws := newWindowSet(oc.text)
		oc.windows = &ws
	}
	return oc.windows.mayHold(s) && strings.Contains(oc.text, s)
}

// windowLen is the length of the windows of a windowSet.
const windowLen = 8

// windowSet is a set of hashes of the windowLen-byte windows of a text
// (each byte's, and the next seven's). A string with a window that is not
// in the set is not in the text; one whose windows are all in it may be.
type windowSet struct {
	bits  []uint64
	shift uint // 64 less the bits of a hash
}

// newWindowSet returns the set of the windows of text.
func newWindowSet(text string) windowSet {
	ws := makeWindowSet(len(text) - windowLen + 1)
	for i := 0; i+windowLen <= len(text); i++ {
		ws.add(text[i:])
	}
	return ws
}

// makeWindowSet returns an empty set for n windows, or for none when n is
// less than one.
func makeWindowSet(n int) windowSet {
	if n <= 0 {
		return windowSet{}
	}
	// Four bits a window or more, so that at most a quarter of them are
	// set and each window of a string not in the text is found missing
	// three times in four.
	k := max(bits.Len(uint(4*n-1)), 6)
	return windowSet{bits: make([]uint64, 1<<(k-6)), shift: uint(64 - k)}
}

// hash hashes the first windowLen bytes of s.
func (ws windowSet) hash(s string) uint64 {
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return x * 0x9e3779b97f4a7c15 >> ws.shift
}

// add adds the window that s starts with; the set must have been made
// for at least one window.
func (ws windowSet) add(s string) {
	h := ws.hash(s)
	ws.bits[h>>6] |= 1 << (h & 63)
}

// has reports whether the window that s starts with may be in the set.
func (ws windowSet) has(s string) bool {
	if ws.bits == nil {
		return false
	}
	h := ws.hash(s)
	return ws.bits[h>>6]&(1<<(h&63)) != 0
}

// mayHold reports whether the text may hold s: false when one of s's
// windows is not the text's (everyWindow), or s is a window or longer and
// the text is not. A string shorter than a window may be anywhere.
func (ws windowSet) mayHold(s string) bool { return everyWindow(s, ws.has) }

// everyWindow reports whether has reports true for every windowLen-th
// window of s and for its last one; true for s shorter than a window.
// Every window of a string in a text is in the text, and some of them
// are enough to tell most strings that are not.
func everyWindow(s string, has func(string) bool) bool {
	if len(s) < windowLen {
		return true
	}
	last := len(s) - windowLen
	for i := 0; ; i += windowLen {
		i = min(i, last)
		if !has(s[i:]) {
			return false
		}
		if i == last {
			return true
		}
	}
}

func (c *Framer) unique(ev *Event, docs []*nlp.Doc) []Unique {
	contents := map[string]*outletContent{}
	for _, o := range ev.Outlets {
		contents[o] = c.content(docs, o)
	}
	salient := salientEntities(ev, maxEventEntities)
	claim := claimableEntities(ev, docs, salient)
	multilingual := !allEnglish(docs)
	folded := foldedDocs{}
	out := make([]Unique, 0, len(ev.Outlets))
	for _, o := range ev.Outlets {
		u := Unique{Outlet: o, Sentences: []UniqueSentence{}, Omits: []string{}}
		var others []*outletContent
		for _, p := range ev.Outlets {
			if p != o {
				others = append(others, contents[p])
			}
		}
		elsewhere := func(f func(*outletContent) bool) bool {
			for _, oc := range others {
				if f(oc) {
					return true
				}
			}
			return false
		}
		// An entity no other outlet's mentions hold may still be in their
		// text, where the entity model missed it ("the House" tagged in
		// one article and not in another): it is only here when no other
		// outlet's text names it either, as an omission is checked
		// (mentions.go).
		// The answer depends on the name and on whether it is a person's
		// alone, and an outlet's articles mention the same names again
		// and again: each is looked up once.
		var othersText *mentionText
		named := map[nameQuery]bool{}
		namedElsewhere := func(m nlp.Mention) bool {
			q := nameQuery{m.Name, m.Type == nlp.Person}
			if v, ok := named[q]; ok {
				return v
			}
			v := elsewhere(func(oc *outletContent) bool { return oc.entities[m.Name] })
			if !v {
				if othersText == nil {
					othersText = folded.text(docs, func(d *nlp.Doc) bool { return d.Outlet != o }, c.st)
				}
				v = othersText.names(m.Name, c.spellings, q.person)
			}
			named[q] = v
			return v
		}
		for _, d := range docs {
			if d.Outlet != o {
				continue
			}
			// Words and quoted claims are compared with the outlets
			// writing in d's language only; with none, they are not
			// judged (languages.go).
			var peers []*outletContent
			for _, oc := range others {
				if oc.langs[docLanguage(d)] {
					peers = append(peers, oc)
				}
			}
			inPeers := func(f func(*outletContent) bool) bool {
				return len(peers) == 0 || slices.ContainsFunc(peers, f)
			}
			nsent := len(d.Sentences)
			stemsBySent := bySentence(nsent, c.grams[d], func(g gram) (int, bool) { return g.sent, g.n == 1 })
			quotesBySent := bySentence(nsent, d.Quotes, func(q nlp.Quote) (int, bool) { return q.Sent, true })
			// The dateline's place and the outlet's own name are no
			// evidence that a sentence is only here (furniture.go).
			roles := c.prep[d].roles
			entsBySent := bySentence(nsent, d.Entities, func(m nlp.Mention) (int, bool) {
				return m.Sent, !furnitureSpan(d, roles, m.Start, m.End)
			})
			// What a sentence has counted, by kind: 'e' an entity's
			// name, 'n' a number, 't' a term's key. One map serves every
			// sentence, emptied for each.
			seen := map[seenKey]bool{}
			for si, s := range d.Sentences {
				us := UniqueSentence{Entities: []string{}, Numbers: []string{}, Claims: []string{}, Terms: []string{}}
				clear(seen)
				for _, m := range entsBySent[si] {
					if !seen[seenKey{'e', m.Name}] && !namedElsewhere(m) {
						us.Entities = append(us.Entities, m.Name)
					}
					seen[seenKey{'e', m.Name}] = true
				}
				for ti := s.TokStart; ti < s.TokEnd; ti++ {
					text := d.TokenText(ti)
					if !isNumber(d.Tokens[ti].Tag, text) || roles[ti]&roleFurniture != 0 {
						continue
					}
					num, dig := numberOf(text), digitsOf(text)
					if !seen[seenKey{'n', num}] && !elsewhere(func(oc *outletContent) bool { return oc.numbers[num] || multilingual && oc.digits[dig] }) {
						us.Numbers = append(us.Numbers, text)
					}
					seen[seenKey{'n', num}] = true
				}
				for _, q := range quotesBySent[si] {
					words := normQuote(d.Text[q.Start:q.End])
					if corpus.CountWords(words) >= 2 && !inPeers(func(oc *outletContent) bool { return oc.holds(words) }) {
						us.Claims = append(us.Claims, d.Text[q.Start:q.End])
					}
				}
				nterms := 0
				for _, g := range stemsBySent[si] {
					tag := d.Tokens[g.tok0].Tag
					if seen[seenKey{'t', g.key}] || !salientTag(tag) || len(g.key) < 3 {
						continue
					}
					seen[seenKey{'t', g.key}] = true
					if !inPeers(func(oc *outletContent) bool { return oc.stems[g.key] }) {
						nterms++
						if len(us.Terms) < maxUniqueTo {
							us.Terms = append(us.Terms, g.form)
						}
					}
				}
				sal := 3*float64(len(us.Entities)) + 2*float64(len(us.Numbers)) + 2*float64(len(us.Claims)) + 0.5*float64(nterms)
				if sal < minSalience {
					continue
				}
				us.Example = sentenceExample(d, si, s.Start, s.End)
				us.Salience = sal
				u.Sentences = append(u.Sentences, us)
			}
		}
		sort.SliceStable(u.Sentences, func(i, j int) bool { return u.Sentences[i].Salience > u.Sentences[j].Salience })
		if len(u.Sentences) > maxUnique {
			u.Sentences = u.Sentences[:maxUnique]
		}
		u.Omits = c.omits(docs, o, contents[o], salient, claim, folded)
		out = append(out, u)
	}
	return out
}

// omits lists the event's salient entities that outlet o names nowhere
// (mentions.go), most widely mentioned first. claim says which of them an
// omission may be claimed about; it is the same for every outlet. folded
// keeps the event's documents folded, for every outlet.
func (c *Framer) omits(docs []*nlp.Doc, o string, mine *outletContent, salient []EntityCount, claim map[string]bool, folded foldedDocs) []string {
	out := []string{}
	var text *mentionText
	// In another language, only a person or organisation the
	// multilingual table spells in every language can be looked for with
	// confidence: annotation found any of its spellings, so its absence is
	// real. A place is left alone: an article may name a country by its
	// adjective ("japonais", "японский"), which the table does not list.
	english := mine.langs["en"]
	for _, e := range salient {
		// A court case is named in many ways ("Roe v. Wade", "Roe",
		// "the 1973 decision"), and so is a law ("the Affordable Care
		// Act", "Obamacare", "the health law"): that an outlet wrote none
		// of its titles is no sign it left the case or the law out.
		if mine.entities[e.Name] || !claim[e.Name] || e.Type == nlp.Law || !english && (e.Type == nlp.Place || !lang.DefaultNames().Knows(e.Name)) {
			continue
		}
		if text == nil {
			text = folded.text(docs, func(d *nlp.Doc) bool { return d.Outlet == o }, c.st)
		}
		if !text.names(e.Name, c.spellings, e.Type == nlp.Person) {
			out = append(out, e.Name)
		}
	}
	return out
}

// bySentence groups the items that sent keeps by the sentence it gives
// them, in their order: the result's element s holds those of sentence
// s, for the n sentences of a document. It makes one list for them all,
// not one grown item by item for each sentence.
func bySentence[T any](n int, items []T, sent func(T) (int, bool)) [][]T {
	at := make([]int, len(items)) // each item's sentence, -1 for none
	bounds := make([]int, n+1)    // sentence s's items are [bounds[s], bounds[s+1])
	for i, it := range items {
		s, ok := sent(it)
		if !ok || s < 0 || s >= n {
			s = -1
		} else {
			bounds[s+1]++
		}
		at[i] = s
	}
	for s := 1; s <= n; s++ {
		bounds[s] += bounds[s-1]
	}
	flat := make([]T, bounds[n])
	next := slices.Clone(bounds[:n])
	for i, it := range items {
		if s := at[i]; s >= 0 {
			flat[next[s]] = it
			next[s]++
		}
	}
	out := make([][]T, n)
	for s := range out {
		out[s] = flat[bounds[s]:bounds[s+1]:bounds[s+1]]
	}
	return out
}

// seenKey is something a sentence counts: its kind and its text.
type seenKey struct {
	kind byte
	s    string
}

// nameQuery is a name looked for in a mention text, and whether it is a
// person's (mentionText.names).
type nameQuery struct {
	name   string
	person bool
}

// claimableEntities returns which of the event's salient entities an
// omission may be claimed about (claimable), worked out once per event.
func claimableEntities(ev *Event, docs []*nlp.Doc, salient []EntityCount) map[string]bool {
	et := newEventText(docs)
	out := map[string]bool{}
	for _, e := range salient {
		out[e.Name] = claimable(e, ev.Outlets, et, docs)
	}
	return out
}

// salientTag reports whether a tag is a noun, verb, adjective or number.
func salientTag(tag string) bool {
	for _, p := range []string{"NN", "VB", "JJ", "CD", "FW"} {
		if strings.HasPrefix(tag, p) {
			return true
		}
	}
	return false
}
