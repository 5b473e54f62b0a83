package nlp

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/framediff/framediff/internal/par"
	"golang.org/x/text/unicode/norm"
)

// Entity names across the corpus.
//
// Annotation normalises names inside one article: the alias table, and a
// surname to the full name the article introduced. Two things can only be
// done once the whole corpus is known, so they are done here, at compare
// time:
//
//   - the alias table is applied again, so that a user's --aliases file
//     works on annotations made before it existed;
//   - the variants of one full name become its fullest form ("Ben
//     Jealous" and "Benjamin Jealous" become "Benjamin Todd Jealous"; see
//     fullNames.variant), never across generations ("Jr.", "III"), and
//     lose their middle initials ("Alan B. Krueger" is "Alan Krueger")
//     unless these tell two people of the corpus apart ("George W. Bush"
//     and "George HW Bush", whom "George Bush" could be either of);
//   - a lone surname ("Blinken" in a wire story that never gives the first
//     name) becomes the full name in the corpus that ends with it ("Antony
//     Blinken"), if the corpus tags the surname a person somewhere or the
//     alias table knows the full name as a person's (the model tags a lone
//     "Biden" as a place). When several full names share the surname, it
//     becomes the one that at least 80% of those names' documents use (Joe
//     Biden beside an occasional Hunter Biden); when none dominates so (two
//     brothers), the surname is left alone: guessing would merge people. A
//     full name
//     that only one document gives stands for no word that more than
//     twice as many documents give alone: the entity model makes "full
//     names" of a list's or a headline's capitals ("Cut Medicare and
//     Medicaid spending", "his Pontifex Twitter account"), and a word many
//     articles give alone is then its own name, not the surname of that
//     one-off;
//   - a name in Cyrillic that the multilingual table does not know becomes
//     the Latin name of the corpus it transliterates to (crossscript.go);
//   - names that differ only in case are one name ("FOX News", "Fox
//     News"), spelled as the alias table or most documents spell it
//     (foldCase);
//   - a name of two words or more gets one type across the corpus: the
//     alias table's, else the type most of its mentions carry, counted
//     over every document after the names are resolved; with no single
//     most common type, each document keeps its own. The entity model
//     types a name by the words around it, so "Reince Priebus" is a place
//     after "in" and a person before "said"; annotation takes the
//     majority inside one document, and the corpus's majority is the
//     better guess still, with more sentences behind it. A name of one
//     word keeps each document's type (but for the alias table's): it
//     is often not one entity across a corpus ("Bush" is two presidents
//     and a governor, "Brown" a person and a university, "Jordan" a
//     country and a player), and on basil-dev the majority of such names
//     was as often wrong as right ("Bush" and "Cheney" places, "God" a
//     place). The limit: an error the model makes in most sentences stays
//     and spreads to the others ("Social Security" is a person in most
//     documents, so in all; "Medicare", one word, a place in most).

// entityResolver maps an annotated entity name to its corpus-wide name.
type entityResolver struct {
	aliases *Aliases
	// full indexes the corpus's full person names by surname.
	full *fullNames
	// docsOf counts the documents naming each resolved name.
	docsOf map[string]int
	// person holds the names tagged as a person at least once.
	person map[string]bool
	// fullDocs counts the documents naming each full name, its variants
	// counted under their fullest form.
	fullDocs map[string]int
	cache    map[string]string
	// types holds the corpus-wide type of each resolved name.
	types map[string]string
}

// Names collects the entity names of a corpus read a batch at a time,
// to resolve them across it as ResolveNames does (Resolver) without
// holding the documents.
type Names struct {
	r *entityResolver
	// tagged holds every distinct name, and whether it was ever tagged a
	// person.
	tagged map[string]bool
	// typed counts the mentions of each distinct name by type.
	typed map[string]map[string]int
	seen  map[string]bool // scratch for Add
}

// NewNames returns an empty collection of names. aliases nil means the
// built-in table.
func NewNames(aliases *Aliases) *Names {
	if aliases == nil {
		aliases = builtinAliases()
	}
	return &Names{
		r:      &entityResolver{aliases: aliases, full: newFullNames(aliases), docsOf: map[string]int{}, person: map[string]bool{}, cache: map[string]string{}},
		tagged: map[string]bool{}, typed: map[string]map[string]int{}, seen: map[string]bool{},
	}
}

// Add collects the names of d. It is not safe for concurrent use.
func (ns *Names) Add(d *Doc) { ns.AddMentions(d.Entities) }

// AddMentions collects the names of one document's mentions ms, as Add
// collects a document's Entities. It is not safe for concurrent use.
func (ns *Names) AddMentions(ms []Mention) {
	r := ns.r
	clear(ns.seen)
	for _, m := range ms {
		ns.tagged[m.Name] = ns.tagged[m.Name] || m.Type == Person
		if ns.typed[m.Name] == nil {
			ns.typed[m.Name] = map[string]int{}
		}
		ns.typed[m.Name][m.Type]++
		if n := r.alias(m.Name); !ns.seen[n] {
			ns.seen[n] = true
			r.docsOf[n]++
		}
	}
}

// Resolver resolves the names collected. Names must not be used after.
func (ns *Names) Resolver() *Resolver {
	r, aliases := ns.r, ns.r.aliases
	// Full names, collected in sorted order so that the choice of which
	// spelling stands for a reordered name ("Hayashi Yoshimasa") does not
	// depend on the order of the documents.
	full := map[string]bool{}
	for n, isPerson := range ns.tagged {
		name := r.alias(n)
		if !isPerson && aliases.Type(name) != Person {
			continue
		}
		r.person[name] = true
		if len(strings.Fields(name)) >= 2 {
			full[name] = true
		}
	}
	for _, n := range slices.Sorted(maps.Keys(full)) {
		r.full.add(n)
	}
	r.fullDocs = map[string]int{}
	for n := range full {
		v, ok := r.full.variant(n)
		if !ok {
			v = n
		}
		r.fullDocs[v] += r.docsOf[n]
	}
	// Resolve every name now: the cache is then only read, and documents
	// can be resolved on all workers.
	for n := range ns.tagged {
		r.resolve(n)
	}
	r.crossScript()
	r.foldCase(ns.tagged)
	// One type per resolved name: its mentions vote with the type each
	// has once resolved (renamedType).
	votes := map[string]map[string]int{}
	for n, byType := range ns.typed {
		c := r.name(n)
		if votes[c] == nil {
			votes[c] = map[string]int{}
		}
		for t, k := range byType {
			votes[c][r.renamedType(n, c, t)] += k
		}
	}
	r.types = make(map[string]string, len(votes))
	for c, v := range votes {
		if t := aliases.Type(c); t != "" {
			r.types[c] = t
		} else if t := majority(v); t != "" && len(strings.Fields(c)) >= 2 {
			r.types[c] = t
		}
	}
	ns.r, ns.tagged, ns.typed = nil, nil, nil
	return &Resolver{r: r}
}

// foldCase makes one name of the resolved names that differ only in
// case or accents ("FOX News" and "Fox News", "Ben LaBolt" and "Ben
// Labolt", a dateline's "SEOUL" and "Seoul", "López Obrador" and "Lopez
// Obrador"): the spelling the alias table has, else
// the one most documents write, else the one with fewer capitals, else
// the first in order. names are the names collected.
func (r *entityResolver) foldCase(names map[string]bool) {
	docs := map[string]int{} // documents per resolved name
	for n := range names {
		docs[r.cache[n]] += r.docsOf[r.alias(n)]
	}
	best := map[string]string{}
	for c := range docs {
		k := caseAccentKey(c)
		if b, ok := best[k]; !ok || r.spelledBetter(c, b, docs) {
			best[k] = c
		}
	}
	for n, c := range r.cache {
		if b := best[caseAccentKey(c)]; b != "" && b != c {
			r.cache[n] = b
		}
	}
}

// legalSuffix is a company's legal form after its name.
var legalSuffix = regexp.MustCompile(`,? (?:Inc|Corp|Co|LLC|Ltd|L\.L\.C|PLC|plc)\.?$`)

// caseAccentKey folds a name's case, its letters' accents, a leading
// "The" and a company's legal form ("Inc.", "Corp."): "López Obrador" and "Lopez Obrador" are one name written with
// and without them, as news in English often drops them.
func caseAccentKey(s string) string {
	var b strings.Builder
	// "The Guardian" is written "the Guardian" and, opening a sentence,
	// "Guardian" alone (publicationNames): one name. A company's legal
	// form is written in the business pages and left out elsewhere:
	// "Exxon Mobil Corp." is Exxon Mobil, and an outlet that writes
	// "Facebook" does not fail to mention "Facebook Inc.".
	s = legalSuffix.ReplaceAllString(s, "")
	for _, r := range norm.NFD.String(strings.TrimPrefix(strings.ToLower(s), "the ")) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spelledBetter reports whether spelling a of a name stands for it rather
// than b (see foldCase).
func (r *entityResolver) spelledBetter(a, b string, docs map[string]int) bool {
	if ia, ib := r.isAlias(a), r.isAlias(b); ia != ib {
		return ia
	}
	if docs[a] != docs[b] {
		return docs[a] > docs[b]
	}
	if ca, cb := capitals(a), capitals(b); ca != cb {
		return ca < cb
	}
	return a < b
}

// capitals counts the upper-case letters of s.
func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// majority returns the type with the most votes, or "" when two or more
// share the most.
func majority(votes map[string]int) string {
	best, n, tied := "", 0, false
	for t, k := range votes {
		switch {
		case k > n:
			best, n, tied = t, k, false
		case k == n:
			tied = true
		}
	}
	if tied {
		return ""
	}
	return best
}

// renamedType returns the type of a mention of name, typed typ, once
// its name is resolved to c: where the name changes, the alias table's
// type of c, or a person's where c is a full name the corpus tags as one
// ("Obama", typed a place, becomes Barack Obama), else typ.
func (r *entityResolver) renamedType(name, c, typ string) string {
	if c == name {
		return typ
	}
	if t := r.aliases.Type(c); t != "" {
		return t
	}
	if r.person[c] && len(strings.Fields(c)) >= 2 {
		return Person
	}
	return typ
}

// typeOf returns the corpus-wide type of the resolved name c for a
// mention of name typed typ: the alias table's or the vote's winner, or
// where neither decides, the mention's type once resolved.
func (r *entityResolver) typeOf(name, c, typ string) string {
	if t, ok := r.types[c]; ok {
		return t
	}
	return r.renamedType(name, c, typ)
}

// isAlias reports whether the alias table holds name.
func (r *entityResolver) isAlias(name string) bool {
	_, ok := r.aliases.Canonical(name)
	return ok
}

func (r *entityResolver) alias(name string) string {
	c, _ := r.aliases.Canonical(name)
	return c
}

// name returns the corpus-wide name for an annotated entity name of the
// corpus. It only reads, so it is safe for concurrent use.
func (r *entityResolver) name(name string) string {
	if c, ok := r.cache[name]; ok {
		return c
	}
	return r.alias(name) // a speaker named in no mention
}

// resolve works out and caches the corpus-wide name for name.
func (r *entityResolver) resolve(name string) string {
	c := r.alias(name)
	if isSurname(c) && (r.person[c] || !r.isAlias(c)) {
		// Only a name the corpus tags as a person somewhere becomes a
		// person's full name, or one the alias table knows as a person's
		// surname: the entity model tags "Biden" alone as a place in some
		// articles, and Joe Biden is in the table. "Washington" the
		// capital is an alias, not George Washington's surname.
		if !r.isAlias(c) || r.aliases.Type(c) == Person {
			if f := r.full.surname(c, func(n string) int { return r.docsOf[n] }); f != "" && !r.oneOff(f, c) && (r.person[c] || r.aliases.Type(f) == Person) {
				c = f
			}
		}
	} else if r.person[c] {
		// "Ben Jealous" in one outlet and "Benjamin Todd Jealous" in
		// another are one person.
		if v, ok := r.full.variant(c); ok {
			c, _ = r.aliases.Canonical(v)
		}
	}
	if r.person[c] || r.aliases.Type(c) == Person {
		// A middle initial is shown only where it tells two people of the
		// corpus apart.
		if p := r.full.plain(c); p != c {
			c, _ = r.aliases.Canonical(p)
		}
	}
	r.cache[name] = c
	return c
}

// oneOff reports whether full name f, as a surname's full form, is a
// one-off beside the lone word: one document names f (its variants
// counted), and more than oneOffRatio times as many name the word alone.
func (r *entityResolver) oneOff(f, word string) bool {
	n := r.fullDocs[f]
	return n < 2 && r.docsOf[word] > oneOffRatio*n
}

// oneOffRatio: a full name that one document gives stands for a surname
// that at most this many documents give alone.
const oneOffRatio = 2

// ResolveNames returns the documents with every entity name, its type and
// every quote speaker resolved across the corpus (see above), on workers
// goroutines (0 means GOMAXPROCS). aliases nil means the built-in table. A
// document whose names and types all stay as they are is returned as it
// is; the others are shallow copies with new Entities and Quotes slices,
// so the caller's documents never change.
func ResolveNames(docs []*Doc, aliases *Aliases, workers int) []*Doc {
	ns := NewNames(aliases)
	for _, d := range docs {
		ns.Add(d)
	}
	r := ns.Resolver()
	out := make([]*Doc, len(docs))
	par.Do(len(docs), par.Workers(workers), func(_, i int) { out[i] = r.Resolve(docs[i]) })
	return out
}

// Resolver resolves a corpus's entity names across it (Names.Resolver).
// It only reads, so it is safe for concurrent use.
type Resolver struct{ r *entityResolver }

// Resolve returns d with its entity names, their types and quote speakers
// resolved as ResolveNames resolves them: d itself when they all stay as
// they are, else a shallow copy with new Entities and Quotes slices.
func (rs *Resolver) Resolve(d *Doc) *Doc {
	r := rs.r
	ents := rs.ResolveMentions(d.Entities)
	changed := len(d.Entities) > 0 && &ents[0] != &d.Entities[0]
	if !changed {
		for _, q := range d.Quotes {
			if q.Speaker != "" && r.name(q.Speaker) != q.Speaker {
				changed = true
				break
			}
		}
	}
	if !changed {
		return d
	}
	c := *d
	if len(d.Entities) > 0 && &ents[0] == &d.Entities[0] {
		ents = append([]Mention(nil), d.Entities...)
	}
	c.Entities = ents
	c.Quotes = append([]Quote(nil), d.Quotes...)
	for k := range c.Quotes {
		c.Quotes[k].Speaker = rs.Speaker(c.Quotes[k].Speaker)
	}
	return &c
}

// ResolveMentions returns one document's mentions ms with their names
// and types resolved as Resolve resolves a document's Entities: ms itself
// when every name and type stays as it is, else a copy.
func (rs *Resolver) ResolveMentions(ms []Mention) []Mention {
	r := rs.r
	same := func(m Mention) bool {
		n := r.name(m.Name)
		return n == m.Name && r.typeOf(m.Name, n, m.Type) == m.Type
	}
	k := 0
	for k < len(ms) && same(ms[k]) {
		k++
	}
	if k == len(ms) {
		return ms
	}
	out := append([]Mention(nil), ms...)
	for ; k < len(out); k++ {
		n := r.name(out[k].Name)
		out[k].Name, out[k].Type = n, r.typeOf(out[k].Name, n, out[k].Type)
	}
	return out
}

// Speaker returns a quote's speaker resolved as Resolve resolves it; ""
// (no speaker) stays "".
func (rs *Resolver) Speaker(s string) string {
	if s == "" {
		return ""
	}
	return rs.r.name(s)
}
