package align

// Alignment across languages.
//
// Algorithm: articles are first aligned within their language, each
// language on its own (the stream and merge of align.go, with the IDF of
// that language's articles), so that a corpus in one language is aligned
// exactly as before. Then the clusters of different languages are joined
// on what does not need translating (anchors): the canonical names of
// their entities (the multilingual name table gives "Киеве", "Kiew" and
// "Kiev" the name "Kyiv") and the numbers they print, each weighted by its
// IDF over the whole corpus and entLeadWeight times in the title and lead:
//
//	score(A, B) = Σ_k min(Ā_k, B̄_k) / √(|Ā|·|B̄|) · decay(Δt)
//
// Ā being the mean anchor vector of A's articles, |Ā| its mass, Δt the
// distance of the clusters' mean times, which must be within the window.
// Pairs are taken strongest first, those with a cluster of the pivot
// language (the one with the most articles) before the others, and joined
// when they reach crossMinSimilarity and the join keeps one cluster per
// language in an event: two stories of one language that share names
// with a third language's story are not chained into one event through
// it. A cluster of another language joins an event the pivot language
// reports only by its own score against the pivot's cluster: two stories
// of other languages that share background names (a country the crisis is
// about) are never joined to each other once one of them has met the
// pivot; they meet each other only when the pivot reports neither.
//
// Words in a language other than English count in the content vectors as
// stems of that language, keyed apart from every other language's, except
// numbers and names, which count as the words of their canonical names:
// the evidence's content score and shared terms of two articles in
// different languages are then their shared names and numbers.
//
// Complexity: one anchor comparison per pair of clusters of different
// languages whose mean times are within the window (clusters in time
// order), each linear in the smaller cluster's anchors; undated clusters
// meet every cluster.
//
// Limits: a story told in one language only by outlets the others do not
// name in their lead joins nothing. Overrides apply within a language in
// the first step and across languages in the evidence.

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
	"github.com/framediff/framediff/internal/unionfind"
)

// crossMinSimilarity is the lowest anchor score that joins clusters of two
// languages. Chosen on the sample corpus (testdata/corpus, whose articles
// in Spanish, French, German and Russian report the Honolulu talks and
// the embassy, with distractors of the same days that name the same
// countries; TestCrossLingual logs the outcome): the pairs of one story
// scored 0.32 (Macron's call, left alone) and 0.36 to 0.94, two stories
// of the crisis met with the pivot at 0.32 at most (the Honolulu talks and
// the Blinken-Lavrov call) and without it at 0.40 (the embassy and
// Macron's call, kept apart by the pivot rule).
const crossMinSimilarity = 0.35

// languageOf returns the language an article is aligned in: "en" for
// English or undeclared.
func languageOf(d *nlp.Doc) string { return languageOfArticle(&d.Article) }

// languageOfArticle is languageOf for an article.
func languageOfArticle(a *corpus.Article) string {
	if a.Language == "" {
		return "en"
	}
	return a.Language
}

// setLanguage prepares the extractor for d's language.
func (x *extractor) setLanguage(d *nlp.Doc) {
	x.other = nil
	clear(x.mentionAt)
	if l, ok := lang.Get(d.Language); ok {
		x.other = l
		if x.mentionAt == nil {
			x.mentionAt = map[int]string{}
		}
		ti := 0
		for _, m := range d.Entities {
			for ti < len(d.Tokens) && d.Tokens[ti].Start < m.Start {
				ti++
			}
			if ti < len(d.Tokens) && d.Tokens[ti].Start == m.Start {
				x.mentionAt[ti] = m.Name
			}
		}
	}
}

// nameWords returns the words of the canonical name that starts at token
// ti of a document in another language, or nil for the later tokens of a
// name.
func (x *extractor) nameWords(ti int) []string {
	name, ok := x.mentionAt[ti]
	if !ok {
		return nil
	}
	return strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
}

// addNameTerm adds a word of a canonical name as English annotation would
// count it: a proper noun.
func (x *extractor) addNameTerm(word string, w float64) tokenTerm {
	other := x.other
	x.other = nil
	t := x.addTerm(word, "NNP", w)
	x.other = other
	return t
}

// otherTerm works out what a token of a document in x.other's language
// counts as: a number as in English, a word as its stem in that language,
// keyed apart from other languages' words ("es:ucrani").
func (x *extractor) otherTerm(text, tag string) tokenTerm {
	if !nlp.IsWord(text) {
		return tokenTerm{skip: true}
	}
	if tag == "CD" || strings.IndexFunc(text, unicode.IsLetter) < 0 {
		wd := nlp.NormTerm(text, "CD", nil, x.st)
		if len(wd.Key) < 2 {
			return tokenTerm{skip: true}
		}
		return x.keyed(wd)
	}
	folded := lang.Fold(strings.Trim(text, "'’-"))
	if x.other.IsStop(folded) || len([]rune(folded)) < 2 {
		return tokenTerm{skip: true}
	}
	return x.keyed(nlp.Term{Key: x.other.Code + ":" + x.other.Stem(folded), Form: folded})
}

// anchors is a document's language-independent vector: entity names and
// numbers with their weights.
type anchors map[string]float64

// docAnchors returns d's anchors, raw: entLeadWeight for those of the
// title and lead, else 1. In a language that capitalises every noun
// (German), where annotation names only what the table knows, a
// capitalised word inside a sentence is an anchor too when it is the name
// of an entity of an article in another language (named): "Berlin",
// "Bundestag" or "Sakamoto" written the same in both.
func docAnchors(d *nlp.Doc, named map[string]bool) anchors {
	a := anchors{}
	lead := leadEnd(d)
	l, ok := lang.Get(d.Language)
	capitalNouns := ok && l.CapitalNouns()
	put := func(k string, w float64) {
		if w > a[k] {
			a[k] = w
		}
	}
	for _, m := range d.Entities {
		w := 1.0
		if m.Sent < lead {
			w = entLeadWeight
		}
		put("e\x00"+m.Name, w)
	}
	for si, s := range d.Sentences {
		w := 1.0
		if si < lead {
			w = entLeadWeight
		}
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			text := d.TokenText(ti)
			if n := anchorNumber(text); n != "" {
				put("n\x00"+n, w)
			}
			if capitalNouns && ti > s.TokStart && d.Tokens[ti].Tag == "NN" && named[text] && lang.Capitalised(text) {
				put("e\x00"+text, w)
			}
		}
	}
	return a
}

// anchorNumber returns a number as anchors compare it, its digits alone
// ("1.000" and "1,000" are "1000"), or "" for a token that is no number
// of two digits or more: single digits are too common to tell stories
// apart.
func anchorNumber(tok string) string {
	var b strings.Builder
	for _, r := range tok {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '.' || r == ',' || r == '\u00a0' || r == '\u202f':
		default:
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// crossCluster is a cluster as the cross-language join sees it.
type crossCluster struct {
	members []int32
	lang    string
	vec     map[string]float64 // mean anchor weights (IDF applied)
	keys    []string           // vec's keys, sorted: sums in a fixed order
	meanT   float64            // seconds after al.base; NaN when undated
}

// joinLanguages joins clusters of different languages that report one
// event (see the file comment). clusters are each of one language.
func (al *aligner) joinLanguages(docs []*nlp.Doc, clusters [][]int32) [][]int32 {
	// The names of the entities of each language's articles, for the
	// anchors of a language that capitalises every noun.
	named := map[string]map[string]bool{}
	for _, d := range docs {
		for _, m := range d.Entities {
			code := languageOf(d)
			if named[code] == nil {
				named[code] = map[string]bool{}
			}
			named[code][m.Name] = true
		}
	}
	namedElsewhere := func(code string) map[string]bool {
		out := map[string]bool{}
		for c, ns := range named {
			if c != code {
				maps.Copy(out, ns)
			}
		}
		return out
	}
	elsewhere := map[string]map[string]bool{}
	raw := make([]anchors, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		code := languageOf(d)
		if l, ok := lang.Get(code); ok && l.CapitalNouns() && elsewhere[code] == nil {
			elsewhere[code] = namedElsewhere(code)
		}
		raw[i] = docAnchors(d, elsewhere[code])
		for k := range raw[i] {
			df[k]++
		}
	}
	idf := func(k string) float64 { return math.Log(float64(len(docs)+1) / float64(df[k]+1)) }
	cs := make([]crossCluster, len(clusters))
	for c, m := range clusters {
		cc := crossCluster{members: m, lang: languageOf(docs[m[0]]), vec: map[string]float64{}}
		sumT, nT := 0.0, 0
		for _, i := range m {
			for k, w := range raw[i] {
				cc.vec[k] += w * idf(k) / float64(len(m))
			}
			if al.ps[i].dated {
				sumT += float64(al.ps[i].t - al.base)
				nT++
			}
		}
		cc.keys = slices.Sorted(maps.Keys(cc.vec))
		cc.meanT = math.NaN()
		if nT > 0 {
			cc.meanT = sumT / float64(nT)
		}
		cs[c] = cc
	}
	// The pivot is the language with the most articles: its clusters are
	// the fullest versions of each event, so the other languages' clusters
	// meet there first, rather than each other over background names they
	// happen to share.
	count := map[string]int{}
	for _, c := range cs {
		count[c.lang] += len(c.members)
	}
	pivot := ""
	for _, l := range slices.Sorted(maps.Keys(count)) {
		if pivot == "" || count[l] > count[pivot] {
			pivot = l
		}
	}
	type pair struct {
		a, b  int
		score float64
	}
	var first, rest []pair
	window := al.opts.Window.Seconds()
	known := anchorsKnown(cs)
	consider := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		if cs[a].lang == cs[b].lang {
			return
		}
		sc := al.crossScore(&cs[a], &cs[b], window, known)
		if sc < crossMinSimilarity {
			return
		}
		if cs[a].lang == pivot || cs[b].lang == pivot {
			first = append(first, pair{a, b, sc})
		} else {
			rest = append(rest, pair{a, b, sc})
		}
	}
	// Blocking by time: dated clusters meet those whose mean time is
	// within the window, found in time order; undated ones meet all.
	var dated, undated []int
	for c := range cs {
		if math.IsNaN(cs[c].meanT) {
			undated = append(undated, c)
		} else {
			dated = append(dated, c)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return cs[dated[i]].meanT < cs[dated[j]].meanT })
	for i, a := range dated {
		for _, b := range dated[i+1:] {
			if cs[b].meanT-cs[a].meanT > window {
				break
			}
			consider(a, b)
		}
	}
	for i, a := range undated {
		for _, b := range dated {
			consider(a, b)
		}
		for _, b := range undated[i+1:] {
			consider(a, b)
		}
	}
	strongest := func(ps []pair) {
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].score != ps[j].score {
				return ps[i].score > ps[j].score
			}
			if ps[i].a != ps[j].a {
				return ps[i].a < ps[j].a
			}
			return ps[i].b < ps[j].b
		})
	}
	strongest(first)
	strongest(rest)
	sets := unionfind.New(len(cs))
	langs := make([]map[string]bool, len(cs))
	for c := range cs {
		langs[c] = map[string]bool{cs[c].lang: true}
	}
	for k, p := range append(first, rest...) {
		ra, rb := sets.Find(p.a), sets.Find(p.b)
		if ra == rb || overlaps(langs[ra], langs[rb]) || al.apartIn(cs[p.a].members, cs[p.b].members) {
			continue
		}
		if k >= len(first) && (langs[ra][pivot] || langs[rb][pivot]) {
			// A cluster that met the pivot's version of its story
			// takes no other language's cluster through itself: that
			// one joins on its own evidence against the pivot, or not.
			continue
		}
		sets.Union(ra, rb)
		r := sets.Find(ra)
		merged := map[string]bool{}
		for l := range langs[ra] {
			merged[l] = true
		}
		for l := range langs[rb] {
			merged[l] = true
		}
		langs[r] = merged
	}
	groups := map[int][]int32{}
	for c := range cs {
		r := sets.Find(c)
		groups[r] = append(groups[r], cs[c].members...)
	}
	out := make([][]int32, 0, len(groups))
	for _, m := range groups {
		slices.Sort(m)
		out = append(out, m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// crossScore is the anchor score of two clusters, 0 when their mean times
// are more than window seconds apart. Only anchors that either side could
// have written count, in the overlap and in the masses: numbers, names the
// multilingual table spells in every language, and names both sides
// hold. A name the table does not know is written in one language's way
// ("Russian Olympic Committee", "Comité Olímpico Ruso") and its absence
// from the other side says nothing.
func (al *aligner) crossScore(a, b *crossCluster, window float64, known map[string]bool) float64 {
	decay := 1.0
	if !math.IsNaN(a.meanT) && !math.IsNaN(b.meanT) {
		dt := math.Abs(a.meanT - b.meanT)
		if dt > window {
			return 0
		}
		decay = al.decay(dt)
	}
	comparable := func(k string, other map[string]float64) bool {
		_, ok := other[k]
		return ok || known[k]
	}
	s, ma, mb := 0.0, 0.0, 0.0
	for _, k := range a.keys {
		w := a.vec[k]
		if v, ok := b.vec[k]; ok {
			s += math.Min(w, v)
		}
		if comparable(k, b.vec) {
			ma += w
		}
	}
	for _, k := range b.keys {
		w := b.vec[k]
		if comparable(k, a.vec) {
			mb += w
		}
	}
	if ma == 0 || mb == 0 {
		return 0
	}
	return math.Min(1, s/math.Sqrt(ma*mb)) * decay
}

// anchorsKnown returns the anchors of cs that any language can write:
// numbers, and the names the multilingual table knows.
func anchorsKnown(cs []crossCluster) map[string]bool {
	names := lang.DefaultNames()
	out := map[string]bool{}
	for _, c := range cs {
		for k := range c.vec {
			if _, seen := out[k]; !seen {
				out[k] = strings.HasPrefix(k, "n\x00") || names.Knows(strings.TrimPrefix(k, "e\x00"))
			}
		}
	}
	return out
}

// eventLanguages returns the sorted languages of docs.
func eventLanguages(docs []*nlp.Doc) []string {
	seen := map[string]bool{}
	for _, d := range docs {
		seen[languageOf(d)] = true
	}
	return slices.Sorted(maps.Keys(seen))
}
