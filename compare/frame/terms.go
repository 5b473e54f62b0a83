package frame

// Terms: what is counted, and which terms are listed. The scoring is in
// logodds.go.
//
// Algorithm: each article's sentences are split into runs of words (no
// punctuation inside a run, so an n-gram never crosses a comma or a
// sentence end). A unigram is any word that is not a stop word; a
// hyphenated word stays whole ("de-escalate"). A bigram joins two such
// words; a trigram starts and ends with one and may hold a stop word
// between ("secretary of state", "rather than escalate"). Words are counted
// by stem (Snowball English), so "sanction" and "sanctions" add up, and
// shown in their most frequent surface form in the event.
//
// A phrase is kept only where it is real: a noun phrase by its part-of-speech
// tags (Justeson & Katz 1995: adjectives and nouns ending in a noun, or
// noun-of-noun: "propaganda campaign", "eastward expansion", "state of
// emergency"), or a collocation that recurs in at least two articles of the
// loaded corpus (or twice in the background file): "rather than escalate".
// A listed term hides the shorter terms inside it that have exactly the
// same counts on both sides, which carry no evidence of their own
// ("eastward" under "eastward expansion"). A phrase used even once as the
// title before a person's name (titleOf) is not listed in that event.
//
// Complexity: O(T) to count an event of T tokens; O(V log V) to rank V
// terms per comparison; pairs cost O(k²·V) for k outlets.
//
// Limits: stems are English only; a phrase is a contiguous sequence, so
// "propaganda" in "the propaganda, he said, campaign" is no phrase.

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// maxN is the longest n-gram counted.
const maxN = 3

// maxExamples is the number of example sentences per term;
// maxPairExamples per term of a pair, which are many more (every two
// outlets) and whose sentences the outlet's own terms often show already.
const (
	maxExamples     = 3
	maxPairExamples = 1
)

// gram is one occurrence of a term in a document.
type gram struct {
	key  string // stems joined by spaces
	form string // surface words joined by spaces
	n    int
	sent int
	// tok0 and tok1 are the first and last tokens of the term.
	tok0, tok1 int
	np         bool // the words' tags make a noun phrase
	// content is a unigram tagged noun, verb, adjective, number or
	// foreign word, or an acronym: the words framing lives in.
	content bool
	// quote is the direct quote the term is in (an index in Doc.Quotes),
	// or tokOwn or tokReported outside quotes (voice.go).
	quote int
	// fragment is a phrase that cuts a name ("Foreign Minister Sergey"),
	// pads a person's name with other words ("Minister Sergey Lavrov"), or
	// stops inside a noun phrase ("seek a military" of "seek a military
	// solution").
	fragment bool
}

// grams lists the unigrams, bigrams and trigrams of a document from its
// runs of words (see runs).
func grams(d *nlp.Doc, rs [][]word, sents []int) []gram {
	out := make([]gram, 0, gramsAtMost(rs))
	names := mentionTokens(d)
	names.addCapitalSpans(d, rs)
	for ri, r := range rs {
		for i := range r {
			if r[i].stop {
				continue
			}
			// A word inside a name of several words counts in the name's
			// phrase only: "Korea" in "North Korea" is no term of its own.
			if !names.inLongName(r[i].tok) && !r[i].title {
				tag := d.Tokens[r[i].tok].Tag
				out = append(out, gram{
					key: r[i].key, form: r[i].form, n: 1, sent: sents[ri], tok0: r[i].tok, tok1: r[i].tok,
					content: r[i].proper || salientTag(tag), quote: r[i].quote,
				})
			}
			for n := 2; n <= maxN && i+n <= len(r); n++ {
				last := r[i+n-1]
				if last.stop {
					continue
				}
				// Arrays, not slices made for each phrase: they stay on the
				// stack, where three slices a phrase were a third of the
				// allocations of counting the background.
				var keys, forms, tags [maxN]string
				for k := 0; k < n; k++ {
					keys[k], forms[k] = r[i+k].key, r[i+k].form
					tags[k] = d.Tokens[r[i+k].tok].Tag
				}
				// A phrase that stops inside a noun phrase is a fragment too:
				// "sabotage the Minsk" of "sabotage the Minsk agreements";
				// and so is one that stops on an adverb before the verb or
				// adjective it modifies: "work is sorely" of "work is
				// sorely needed".
				next := ""
				if i+n < len(r) {
					next = d.Tokens[r[i+n].tok].Tag
				}
				cut := isNounOrAdj(tags[n-1]) && isCommonNoun(next) && !names.exact(r[i].tok, last.tok) ||
					strings.HasPrefix(tags[n-1], "RB") && (strings.HasPrefix(next, "VB") || strings.HasPrefix(next, "JJ"))
				np := nounPhrase(tags[:n], forms[:n])
				out = append(out, gram{
					key: strings.Join(keys[:n], " "), form: strings.Join(forms[:n], " "), n: n, sent: sents[ri],
					tok0: r[i].tok, tok1: last.tok, np: np, quote: r[i].quote,
					fragment: cut || names.fragment(r[i].tok, last.tok) || np && titleOf(names, r[i+n:]),
				})
			}
		}
	}
	return out
}

// gramsAtMost returns how many n-grams grams may list from runs rs: those
// that start and end with a word that is not a stop word. Made to that
// size, the list is never copied as it grows: growing it was the largest
// share of the bytes a cold comparison allocated.
func gramsAtMost(rs [][]word) int {
	count := 0
	for _, r := range rs {
		for i := range r {
			if r[i].stop {
				continue
			}
			count++
			for n := 2; n <= maxN && i+n <= len(r); n++ {
				if !r[i+n-1].stop {
					count++
				}
			}
		}
	}
	return count
}

// titleOf reports whether the words after a noun phrase, rest, start with
// a person's name, or with "of" and one word before it: the phrase is then
// the person's title ("French President" Emmanuel Macron, "U.S. Secretary"
// of State Antony Blinken), which says who the person is, not how the
// outlet frames the event; the labels table shows titles.
func titleOf(ns nameSpans, rest []word) bool {
	switch {
	case len(rest) >= 1 && ns.startsPerson(rest[0].tok):
		return true
	case len(rest) >= 3 && strings.EqualFold(rest[0].form, "of") && ns.startsPerson(rest[2].tok):
		return true
	}
	return false
}

// nameSpans maps tokens to the entity mention holding them.
type nameSpans struct {
	of     []int // token -> mention index, -1 when none
	ms     []nlp.Mention
	t0, t1 []int // each mention's first and last token
}

func mentionTokens(d *nlp.Doc) nameSpans {
	ns := nameSpans{of: make([]int, len(d.Tokens)), ms: d.Entities, t0: make([]int, len(d.Entities)), t1: make([]int, len(d.Entities))}
	for i := range ns.of {
		ns.of[i] = -1
	}
	for i := range ns.t0 {
		ns.t0[i] = -1
	}
	mi := 0
	for ti, t := range d.Tokens {
		for mi < len(d.Entities) && d.Entities[mi].End <= t.Start {
			mi++
		}
		// Mentions are sorted by start and do not overlap.
		if mi < len(d.Entities) && d.Entities[mi].Start <= t.Start && t.End <= d.Entities[mi].End {
			ns.of[ti] = mi
			if ns.t0[mi] < 0 {
				ns.t0[mi] = ti
			}
			ns.t1[mi] = ti
		}
	}
	return ns
}

// addCapitalSpans adds to ns, as mentions of no type, the names the
// entity model did not find: two or more capitalised words in a row
// inside a sentence (not its first word, whose capital says nothing), in
// none of the document's mentions. "the 2020 Conservative Political
// Action Conference" then counts as a name of four words and not as
// "Conservative Political Action" and "Political Action Conference", two
// phrases no one wrote; "former Vice" of "former Vice President" cuts a
// title and is no phrase either (fragment); and the words inside such a
// name are no terms of their own, as those of a mention are not
// (inLongName). A name longer than maxN words is then counted in no term:
// a name of that length is rare, and its fragments were wrong.
func (ns *nameSpans) addCapitalSpans(d *nlp.Doc, rs [][]word) {
	// Appending must not write into the document's own mentions.
	ns.ms = ns.ms[:len(ns.ms):len(ns.ms)]
	capital := func(w word) bool {
		if w.first || ns.of[w.tok] >= 0 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(d.TokenText(w.tok))
		return unicode.IsUpper(r)
	}
	for _, r := range rs {
		for i := 0; i < len(r); {
			if !capital(r[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(r) && capital(r[j]) && r[j].tok == r[j-1].tok+1 {
				j++
			}
			if j-i >= 2 {
				m := len(ns.ms)
				ns.ms = append(ns.ms, nlp.Mention{})
				ns.t0 = append(ns.t0, r[i].tok)
				ns.t1 = append(ns.t1, r[j-1].tok)
				for k := i; k < j; k++ {
					ns.of[r[k].tok] = m
				}
			}
			i = j
		}
	}
}

// startsPerson reports whether token t starts a person's mention.
func (ns nameSpans) startsPerson(t int) bool {
	m := ns.of[t]
	return m >= 0 && ns.t0[m] == t && ns.ms[m].Type == nlp.Person
}

// exact reports whether tokens t0..t1 are exactly one mention.
func (ns nameSpans) exact(t0, t1 int) bool {
	m := ns.of[t0]
	return m >= 0 && ns.t0[m] == t0 && ns.t1[m] == t1
}

func isNounOrAdj(tag string) bool {
	return strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ")
}

func isCommonNoun(tag string) bool { return tag == "NN" || tag == "NNS" }

// inLongName reports whether token t is part of a name of several
// tokens: "Korea" in "North Korea" is no term of its own.
func (ns nameSpans) inLongName(t int) bool {
	m := ns.of[t]
	return m >= 0 && ns.t1[m] > ns.t0[m]
}

// fragment reports whether tokens t0..t1 cut a mention, or hold a
// person's name and more.
func (ns nameSpans) fragment(t0, t1 int) bool {
	for _, t := range []int{t0, t1} {
		if m := ns.of[t]; m >= 0 && (ns.t0[m] < t0 || ns.t1[m] > t1) {
			return true
		}
	}
	for t := t0; t <= t1; t++ {
		if m := ns.of[t]; m >= 0 && ns.ms[m].Type == nlp.Person && (ns.t0[m] != t0 || ns.t1[m] != t1) {
			return true
		}
	}
	return false
}

// nounPhrase reports whether tags follow a Justeson-Katz noun-phrase
// pattern: (A|N)+ N, or N of N for three words.
func nounPhrase(tags, forms []string) bool {
	isN := func(t string) bool { return strings.HasPrefix(t, "NN") }
	isA := func(t string) bool { return strings.HasPrefix(t, "JJ") || t == "VBN" }
	last := len(tags) - 1
	if !isN(tags[last]) {
		return false
	}
	if len(tags) == 3 && strings.ToLower(forms[1]) == "of" {
		return isN(tags[0])
	}
	noun := false
	for _, t := range tags[:last] {
		if !isN(t) && !isA(t) || noun && t == "VBN" {
			// A participle after a noun is its verb, not an adjective of
			// the next: "calamities put pressure", "officials warned
			// voters".
			return false
		}
		noun = noun || isN(t)
	}
	return true
}

// termCounts is the terms of one outlet's articles in an event, or of the
// whole event, counted by the event's term ids (see eventTerms).
type termCounts struct {
	count []int
	// loaded sums, per term, each occurrence's loaded score (the highest
	// of its words', loaded.go).
	loaded []float64
	total  [maxN + 1]int
	words  int
	// where lists, per term, its first occurrences in distinct sentences.
	where map[int][]occurrence
}

type occurrence struct {
	doc              *nlp.Doc
	sent, tok0, tok1 int
	quote            int    // as gram.quote
	form             string // as the outlet wrote it (gram.form)
}

func newTermCounts(vocab int) *termCounts {
	return &termCounts{count: make([]int, vocab), loaded: make([]float64, vocab), where: map[int][]occurrence{}}
}

// eventTerms holds the counts of one event. Its terms are numbered in the
// order of their keys, so that walking ids walks keys in order; what each
// comparison of two sides needs of a term (its prior, whether it may be
// listed) is worked out once per event, not once per pair of outlets.
type eventTerms struct {
	keys  []string       // by id, sorted
	id    map[string]int // key -> id
	by    map[string]*termCounts
	all   *termCounts
	forms []forms // surface forms of each term and their counts
	n     []int
	// np holds the phrases tagged as noun phrases at least once; content
	// the unigrams used as content words at least once; fragment the
	// phrases that cut a name at least once.
	np, content, fragment []bool
	// pi is each term's share of the background; real says whether it may
	// be listed; padded is the key between spaces, to find it inside a
	// longer key.
	pi     []float64
	real   []bool
	padded []string
}

// countTerms counts the event's terms in one voice: the outlets' own
// (VoiceOwn) or the words they quote (VoiceQuoted).
func (c *Framer) countTerms(docs []*nlp.Doc, voice string) *eventTerms {
	et := &eventTerms{id: map[string]int{}, by: map[string]*termCounts{}}
	inVoice := func(g gram) bool { return voiceOf(g.quote) == voice }
	for _, d := range docs {
		for _, g := range c.grams[d] {
			if !inVoice(g) {
				continue
			}
			if _, ok := et.id[g.key]; !ok {
				et.id[g.key] = 0
				et.keys = append(et.keys, g.key)
			}
		}
	}
	sort.Strings(et.keys)
	v := len(et.keys)
	for i, k := range et.keys {
		et.id[k] = i
	}
	et.all = newTermCounts(v)
	et.forms = make([]forms, v)
	et.n = make([]int, v)
	et.np, et.content, et.fragment = make([]bool, v), make([]bool, v), make([]bool, v)
	for _, d := range docs {
		oc := et.by[d.Outlet]
		if oc == nil {
			oc = newTermCounts(v)
			et.by[d.Outlet] = oc
		}
		w := c.prep[d].words(voice)
		oc.words += w
		et.all.words += w
		for _, g := range c.grams[d] {
			if !inVoice(g) {
				continue
			}
			id := et.id[g.key]
			oc.count[id]++
			oc.loaded[id] += c.gramLoaded(d, g)
			oc.total[g.n]++
			et.all.count[id]++
			et.all.total[g.n]++
			et.n[id] = g.n
			if g.np {
				et.np[id] = true
			}
			if g.content {
				et.content[id] = true
			}
			if g.fragment {
				et.fragment[id] = true
			}
			et.forms[id].add(g.form)
			refs := oc.where[id]
			if len(refs) < maxExamples && (len(refs) == 0 || refs[len(refs)-1].doc != d || refs[len(refs)-1].sent != g.sent) {
				oc.where[id] = append(refs, occurrence{d, g.sent, g.tok0, g.tok1, g.quote, g.form})
			}
		}
	}
	et.pi, et.real, et.padded = make([]float64, v), make([]bool, v), make([]string, v)
	for id, k := range et.keys {
		et.pi[id] = c.bg.pi(k, et.n[id])
		et.real[id] = c.real(et, id)
		et.padded[id] = " " + k + " "
	}
	return et
}

// forms counts the surface forms of one term. Most terms of an event
// have one form, so the first is counted on its own and a map made only
// for a second: a map for every term was a tenth of the bytes framing
// allocated.
type forms struct {
	one  string
	n    int
	more map[string]int // every form and its count, once there are two
}

func (f *forms) add(form string) {
	switch {
	case f.more != nil:
		f.more[form]++
	case f.n == 0 || form == f.one:
		f.one = form
		f.n++
	default:
		f.more = map[string]int{f.one: f.n, form: 1}
	}
}

// outletForm returns the form to show for term id as one outlet's (its
// occurrences me): the form of its first example, so that a reader finds
// the word shown where the example marks it ("refusing" where another
// outlet's "refused" is the event's commoner form). A term counts every
// form of its word; the label is one of them.
func outletForm(et *eventTerms, me *termCounts, id int) string {
	if refs := me.where[id]; len(refs) > 0 {
		return refs[0].form
	}
	return et.forms[id].top()
}

// top returns the most frequent form, the first in byte order of those
// as frequent (topForm).
func (f *forms) top() string {
	if f.more != nil {
		return topForm(f.more)
	}
	return f.one
}

// real reports whether a term may be listed: a content word, or a phrase
// that cuts no name and is a noun phrase or a recurring collocation.
func (c *Framer) real(et *eventTerms, id int) bool {
	if et.n[id] == 1 {
		return et.content[id]
	}
	return !et.fragment[id] && (et.np[id] || c.bg.collocation(et.keys[id]))
}

// scored is a term's statistics between two sides a and b.
type scored struct {
	id     int
	n      int
	ya, yb int
	z, pi  float64
	p, adj float64
	// zr is z to 1e-9, what ranking compares.
	zr float64
}

// side is one side of a comparison: its counts (less those of minus, when
// not nil) and its totals.
type side struct {
	count, minus []int
	total        [maxN + 1]int
	words        int
}

func (s side) of(id int) int {
	if s.minus != nil {
		return s.count[id] - s.minus[id]
	}
	return s.count[id]
}

func outletSide(tc *termCounts) side {
	return side{count: tc.count, total: tc.total, words: tc.words}
}

// restSide is the event without one outlet.
func restSide(et *eventTerms, me *termCounts) side {
	s := side{count: et.all.count, minus: me.count, words: et.all.words - me.words}
	for n := range s.total {
		s.total[n] = et.all.total[n] - me.total[n]
	}
	return s
}

// score computes, a against b in key order, the statistics of the terms a
// uses, or with either true of the terms either uses, with the adjusted p
// over all of them.
func (c *Framer) score(et *eventTerms, a, b side, either bool) []scored {
	// Made to the size of the terms either side uses: grown one by one,
	// the list was copied as often as it doubled.
	used := 0
	for id := range et.keys {
		if a.of(id) != 0 || either && b.of(id) != 0 {
			used++
		}
	}
	out := make([]scored, 0, used)
	for id := range et.keys {
		ya, yb := a.of(id), b.of(id)
		if ya == 0 && (!either || yb == 0) {
			continue
		}
		n := et.n[id]
		ni, nj := float64(a.total[n]), float64(b.total[n])
		if ni == 0 || nj == 0 {
			continue // one side has no terms of this length: nothing to compare
		}
		pi := et.pi[id]
		_, z := informative(float64(ya), ni, float64(yb), nj, pi, c.opts.PriorWeight)
		out = append(out, scored{id: id, n: n, ya: ya, yb: yb, z: z, pi: pi, p: twoSidedP(z), zr: math.Round(z * 1e9)})
	}
	ps := make([]float64, len(out))
	for i := range out {
		ps[i] = out[i].p
	}
	for i, v := range BHAdjust(ps) {
		out[i].adj = v
	}
	return out
}

// ranksBefore orders terms by z times sign, largest first, then the longer
// n-gram, then the rarer in the background, then the keys (ids are in key
// order).
func ranksBefore(a, b scored, sign float64) bool {
	// math.Round is symmetric about zero, so sign·zr is z·sign to 1e-9.
	if za, zb := sign*a.zr, sign*b.zr; za != zb {
		return za > zb
	}
	if a.n != b.n {
		return a.n > b.n
	}
	if a.pi != b.pi {
		return a.pi < b.pi
	}
	return a.id < b.id
}

// pick returns up to top terms that favour one side (positive z when sign
// is 1, negative when -1), most distinctive first, leaving out unreal
// phrases and terms hidden by a longer one with the same counts.
//
// A third of the places go to phrases when the side has phrases to show:
// a phrase is rarer than its words, so the same few uses give it a smaller
// z, and one ranking of words and phrases together leaves out the phrases
// that carry a frame ("propaganda campaign", "breakaway regions"). The
// phrases that take those places are the best ranked left; they displace
// the lowest ranked single words, and the list stays in rank order.
func (c *Framer) pick(et *eventTerms, all []scored, sign float64, top int) []scored {
	var cand []scored
	for _, s := range all {
		if s.z*sign <= 0 || !et.real[s.id] {
			continue
		}
		cand = append(cand, s)
	}
	sort.Slice(cand, func(i, j int) bool { return ranksBefore(cand[i], cand[j], sign) })
	var out []scored
	phrases, next := 0, 0
	for ; next < len(cand) && len(out) < top; next++ {
		s := cand[next]
		if hidden(et, s, cand) {
			continue
		}
		out = append(out, s)
		if s.n > 1 {
			phrases++
		}
	}
	minPhrases := top / 3
	var more []scored
	for ; next < len(cand) && phrases+len(more) < minPhrases; next++ {
		if s := cand[next]; s.n > 1 && !hidden(et, s, cand) {
			more = append(more, s)
		}
	}
	for len(more) > 0 {
		// Drop the lowest ranked single word for the best phrase left.
		last := len(out) - 1
		for out[last].n > 1 {
			last--
		}
		out = append(out[:last], out[last+1:]...)
		out = append(out, more[0])
		more = more[1:]
	}
	sort.Slice(out, func(i, j int) bool { return ranksBefore(out[i], out[j], sign) })
	return out
}

// hidden reports whether a longer candidate holds s with the same counts.
func hidden(et *eventTerms, s scored, cand []scored) bool {
	if s.n >= maxN {
		return false
	}
	for _, o := range cand {
		if o.n > s.n && o.ya == s.ya && o.yb == s.yb && strings.Contains(et.padded[o.id], et.padded[s.id]) {
			return true
		}
	}
	return false
}

// distinctive returns outlet o's most distinctive terms against the rest
// of the event.
func (c *Framer) distinctive(et *eventTerms, o string) []Term {
	me := et.by[o]
	rest := restSide(et, me)
	ranked := c.score(et, outletSide(me), rest, false)
	out := []Term{}
	for _, s := range c.pick(et, ranked, 1, c.opts.Top) {
		out = append(out, termOf(et, o, me, rest, s, VoiceOwn))
	}
	return out
}

// termOf is a scored term of outlet o (counts me) against rest, as the
// report lists it.
func termOf(et *eventTerms, o string, me *termCounts, rest side, s scored, voice string) Term {
	return Term{
		Outlet: o, Term: outletForm(et, me, s.id), N: s.n,
		Count: s.ya, OthersCount: s.yb,
		Rate:       round(per1000(s.ya, me.words), 3),
		OthersRate: round(per1000(s.yb, rest.words), 3),
		Z:          round(s.z, 4),
		P:          round(s.p, 6),
		PAdjusted:  round(s.adj, 6),
		// Significance is judged on the unrounded z.
		Significant: significant(s.z),
		Loaded:      round(termLoaded(me, s.id), 3),
		Voice:       voice,
		Examples:    examples(me.where[s.id]),
	}
}

// pairs compares two outlets of the event directly: every two, or those
// Options.NoPairs and PairOutlets leave.
func (c *Framer) pairs(et *eventTerms, outlets []string) []Pair {
	out := []Pair{}
	if c.opts.NoPairs {
		return out
	}
	named := map[string]bool{}
	for _, o := range c.opts.PairOutlets {
		named[corpus.Slug(o)] = true
	}
	for i, a := range outlets {
		for _, b := range outlets[i+1:] {
			if len(named) > 0 && !named[corpus.Slug(a)] && !named[corpus.Slug(b)] {
				continue
			}
			ta, tb := et.by[a], et.by[b]
			ranked := c.score(et, outletSide(ta), outletSide(tb), true)
			p := Pair{A: a, B: b, Terms: []PairTerm{}}
			favA := c.pick(et, ranked, 1, c.opts.Top)
			favB := c.pick(et, ranked, -1, c.opts.Top)
			for _, s := range append(favA, favB...) {
				from := ta
				if s.z < 0 {
					from = tb
				}
				p.Terms = append(p.Terms, PairTerm{
					Term: outletForm(et, from, s.id), N: s.n,
					CountA: s.ya, CountB: s.yb,
					RateA: round(per1000(s.ya, ta.words), 3), RateB: round(per1000(s.yb, tb.words), 3),
					Z: round(s.z, 4), P: round(s.p, 6), PAdjusted: round(s.adj, 6),
					Significant: significant(s.z),
					Examples:    examples(from.where[s.id][:min(maxPairExamples, len(from.where[s.id]))]),
				})
			}
			out = append(out, p)
		}
	}
	return out
}

// examples renders a term's occurrences as example sentences.
func examples(refs []occurrence) []Example {
	out := make([]Example, 0, len(refs))
	for _, r := range refs {
		out = append(out, sentenceExample(r.doc, r.sent, r.doc.Tokens[r.tok0].Start, r.doc.Tokens[r.tok1].End))
	}
	return out
}

// sentenceExample is sentence si of d with the span [from, to) marked.
func sentenceExample(d *nlp.Doc, si, from, to int) Example {
	s := d.Sentences[si]
	return Example{Article: d.ID, Start: s.Start, End: s.End, Text: d.SentenceText(si), TermStart: from, TermEnd: to}
}

func per1000(count, words int) float64 {
	if words == 0 {
		return 0
	}
	return 1000 * float64(count) / float64(words)
}
