package compare

// Event alignment.
//
// Algorithm:
//
// Every article becomes two sparse vectors: TF-IDF weights of its content
// stems (nouns, verbs, adjectives, numbers; stop words out) and IDF weights
// of its normalised entities. Two articles are candidates only when their
// publication times are within the window; articles are sorted by time, so a
// sliding window finds the candidates without comparing all pairs:
//
//	time ──────────────────────────────────────────────▶
//	 a1 a2  a3    a4 a5 a6        a7  a8
//	 └─ window ─┘                        a4 meets a5, a6 only
//
// A candidate pair scores
//
//	score = (wContent·cos(tfidf) + wEntity·overlap(entities)) · decay(Δt)
//
// where overlap is the IDF mass of the shared entities over the smaller
// side's (so a short wire story is not penalised for naming less), and decay
// falls linearly from 1 at Δt = 0 to 1-DateDecay at the window's edge.
// Pairs at or above MinSimilarity are links. Links are clustered by
// average linkage: repeatedly merge the two clusters whose mean pairwise
// score (unlinked pairs counting 0) is highest, while it stays at or above
// MinSimilarity. Average linkage keeps a crisis of related stories from
// chaining into one event the way single linkage would.
//
// Articles with no date are candidates of every dated article and of each
// other; the report flags them.
//
// Complexity: O(n log n) to sort, O(n·k) pair scores for k articles per
// window, O(m²) per merge over m linked clusters (small: clusters only form
// inside connected components of the link graph).
//
// Limits: one article belongs to exactly one event.

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
)

// alignment weights. The blend was chosen on the sample corpus and checked
// on the development set; see the README's "How alignment works".
const (
	wContent  = 0.6
	wEntity   = 0.4
	dateDecay = 0.3
)

// sparse is a sparse vector with ascending ids.
type sparse struct {
	ids []int32
	ws  []float64
}

func (a sparse) dot(b sparse) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.ws[i] * b.ws[j]
			i++
			j++
		}
	}
	return s
}

func (a sparse) sum() float64 {
	s := 0.0
	for _, w := range a.ws {
		s += w
	}
	return s
}

// profile is what alignment knows of an article.
type profile struct {
	doc   *corpus.Doc
	terms sparse // TF-IDF, unit length
	ents  sparse // IDF per distinct entity
	// vocab lookups for evidence
	termIDs []int32
}

// aligner holds the vocabulary of one alignment.
type aligner struct {
	opts     Options
	termName []string // id -> surface form
	entName  []string
}

func newProfiles(docs []*corpus.Doc, sw Stopwords) ([]profile, *aligner) {
	al := &aligner{}
	termID := map[string]int32{}
	entID := map[string]int32{}
	st := stemmer{}
	type counts struct {
		terms map[int32]float64
		ents  map[int32]bool
	}
	raw := make([]counts, len(docs))
	termDF := map[int32]int{}
	entDF := map[int32]int{}
	forms := map[int32]map[string]int{}
	for i, d := range docs {
		c := counts{terms: map[int32]float64{}, ents: map[int32]bool{}}
		rs, _ := runs(d, sw, st)
		for _, r := range rs {
			for _, w := range r {
				if !isContent(w, d.Tokens[w.tok].Tag) {
					continue
				}
				id, ok := termID[w.key]
				if !ok {
					id = int32(len(al.termName))
					termID[w.key] = id
					al.termName = append(al.termName, "")
					forms[id] = map[string]int{}
				}
				c.terms[id]++
				forms[id][w.form]++
			}
		}
		for _, m := range d.Entities {
			k := m.Name
			id, ok := entID[k]
			if !ok {
				id = int32(len(al.entName))
				entID[k] = id
				al.entName = append(al.entName, k)
			}
			c.ents[id] = true
		}
		for id := range c.terms {
			termDF[id]++
		}
		for id := range c.ents {
			entDF[id]++
		}
		raw[i] = c
	}
	for id, f := range forms {
		al.termName[id] = topForm(f)
	}
	n := float64(len(docs))
	idf := func(df int) float64 { return math.Log((n+1)/(float64(df)+1)) + 1 }
	ps := make([]profile, len(docs))
	for i, c := range raw {
		p := profile{doc: docs[i]}
		for id, tf := range c.terms {
			p.terms.ids = append(p.terms.ids, id)
			p.terms.ws = append(p.terms.ws, (1+math.Log(tf))*idf(termDF[id]))
		}
		sortSparse(&p.terms)
		normalize(p.terms.ws)
		for id := range c.ents {
			p.ents.ids = append(p.ents.ids, id)
			p.ents.ws = append(p.ents.ws, idf(entDF[id]))
		}
		sortSparse(&p.ents)
		ps[i] = p
	}
	return ps, al
}

func sortSparse(v *sparse) {
	idx := make([]int, len(v.ids))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return v.ids[idx[a]] < v.ids[idx[b]] })
	ids := make([]int32, len(idx))
	ws := make([]float64, len(idx))
	for i, j := range idx {
		ids[i], ws[i] = v.ids[j], v.ws[j]
	}
	v.ids, v.ws = ids, ws
}

func normalize(ws []float64) {
	s := 0.0
	for _, w := range ws {
		s += w * w
	}
	if s == 0 {
		return
	}
	s = math.Sqrt(s)
	for i := range ws {
		ws[i] /= s
	}
}

// topForm returns the most frequent form, the smallest on ties.
func topForm(f map[string]int) string {
	best, n := "", -1
	for s, c := range f {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// score compares two profiles and returns the evidence.
func (al *aligner) score(a, b *profile) Link {
	content := a.terms.dot(b.terms)
	shared := sharedIDs(a.ents, b.ents)
	sharedMass := 0.0
	for _, k := range shared {
		sharedMass += k.w
	}
	small := math.Min(a.ents.sum(), b.ents.sum())
	overlap := 0.0
	if small > 0 {
		overlap = sharedMass / small
	}
	days := daysApart(a.doc, b.doc)
	decay := 1.0
	if a.doc.HasDate() && b.doc.HasDate() && al.opts.Window > 0 {
		decay = 1 - dateDecay*math.Min(1, days*24*float64(time.Hour)/float64(al.opts.Window))
	}
	l := Link{
		A: a.doc.ID, B: b.doc.ID,
		Content:       round(content, 4),
		EntityOverlap: round(overlap, 4),
		Score:         round((wContent*content+wEntity*overlap)*decay, 4),
		DaysApart:     round(days, 2),
	}
	if l.A > l.B {
		l.A, l.B = l.B, l.A
	}
	return l
}

// evidence fills in the shared entities and key terms of a link, the
// heaviest first; only links that are reported need it.
func (al *aligner) evidence(l *Link, a, b *profile) {
	shared := sharedIDs(a.ents, b.ents)
	sort.SliceStable(shared, func(i, j int) bool {
		if shared[i].w != shared[j].w {
			return shared[i].w > shared[j].w
		}
		return al.entName[shared[i].id] < al.entName[shared[j].id]
	})
	l.SharedEntities = []string{}
	for i, s := range shared {
		if i == 8 {
			break
		}
		l.SharedEntities = append(l.SharedEntities, al.entName[s.id])
	}
	terms := sharedIDs(a.terms, b.terms)
	for i := range terms {
		terms[i].w = a.terms.ws[terms[i].ia] * b.terms.ws[terms[i].ib]
	}
	sort.SliceStable(terms, func(i, j int) bool {
		if terms[i].w != terms[j].w {
			return terms[i].w > terms[j].w
		}
		return al.termName[terms[i].id] < al.termName[terms[j].id]
	})
	l.SharedTerms = []string{}
	for i, t := range terms {
		if i == 8 {
			break
		}
		l.SharedTerms = append(l.SharedTerms, al.termName[t.id])
	}
}

type sharedID struct {
	id     int32
	w      float64
	ia, ib int
}

func sharedIDs(a, b sparse) []sharedID {
	var out []sharedID
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			out = append(out, sharedID{id: a.ids[i], w: a.ws[i], ia: i, ib: j})
			i++
			j++
		}
	}
	return out
}

func daysApart(a, b *corpus.Doc) float64 {
	if !a.HasDate() || !b.HasDate() {
		return 0
	}
	return math.Abs(a.Published.Sub(b.Published).Hours()) / 24
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

// align groups the profiles into clusters and returns them with the links
// between their members.
func (al *aligner) align(ps []profile) ([][]int, map[[2]int]Link) {
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	// Dated first, by time; undated after, by ID.
	sort.SliceStable(order, func(i, j int) bool { return corpus.Less(&ps[order[i]].doc.Article, &ps[order[j]].doc.Article) })
	links := map[[2]int]Link{}
	link := func(i, j int) {
		l := al.score(&ps[i], &ps[j])
		if l.Score >= al.opts.MinSimilarity {
			if i > j {
				i, j = j, i
			}
			links[[2]int{i, j}] = l
		}
	}
	firstUndated := len(order)
	for k, i := range order {
		if !ps[i].doc.HasDate() {
			firstUndated = k
			break
		}
	}
	for k := 0; k < firstUndated; k++ {
		i := order[k]
		for m := k + 1; m < firstUndated; m++ {
			j := order[m]
			if ps[j].doc.Published.Sub(ps[i].doc.Published) > al.opts.Window {
				break
			}
			link(i, j)
		}
	}
	for k := firstUndated; k < len(order); k++ {
		for m := 0; m < k; m++ {
			link(order[k], order[m])
		}
	}
	return averageLinkage(len(ps), links, al.opts.MinSimilarity), links
}

// averageLinkage merges clusters while the best mean pairwise score between
// two clusters is at least min. Ties go to the pair with the smallest
// member indices, so the result does not depend on map order.
func averageLinkage(n int, links map[[2]int]Link, min float64) [][]int {
	// Only linked articles can merge; start from the connected components'
	// members to keep the work small.
	of := make([]int, n) // article -> cluster id
	clusters := map[int][]int{}
	for i := 0; i < n; i++ {
		of[i] = i
		clusters[i] = []int{i}
	}
	score := func(a, b []int) float64 {
		s := 0.0
		for _, i := range a {
			for _, j := range b {
				x, y := i, j
				if x > y {
					x, y = y, x
				}
				s += links[[2]int{x, y}].Score
			}
		}
		return s / float64(len(a)*len(b))
	}
	for {
		// Candidate cluster pairs are those joined by at least one link.
		type pair struct{ a, b int }
		seen := map[pair]bool{}
		best, bestScore := pair{-1, -1}, -1.0
		keys := make([][2]int, 0, len(links))
		for k := range links {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i][0] != keys[j][0] {
				return keys[i][0] < keys[j][0]
			}
			return keys[i][1] < keys[j][1]
		})
		for _, k := range keys {
			a, b := of[k[0]], of[k[1]]
			if a == b {
				continue
			}
			if a > b {
				a, b = b, a
			}
			p := pair{a, b}
			if seen[p] {
				continue
			}
			seen[p] = true
			s := score(clusters[a], clusters[b])
			if s > bestScore+1e-12 {
				best, bestScore = p, s
			}
		}
		if best.a < 0 || bestScore < min {
			break
		}
		merged := append(clusters[best.a], clusters[best.b]...)
		sort.Ints(merged)
		clusters[best.a] = merged
		delete(clusters, best.b)
		for _, i := range merged {
			of[i] = best.a
		}
	}
	out := make([][]int, 0, len(clusters))
	for _, c := range clusters {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// label returns the event's most central headline: the title of the
// article with the highest mean link score to the others.
func label(members []int, ps []profile, links map[[2]int]Link) string {
	best, bestScore := "", -1.0
	for _, i := range members {
		s := 0.0
		for _, j := range members {
			x, y := i, j
			if x > y {
				x, y = y, x
			}
			s += links[[2]int{x, y}].Score
		}
		t := strings.TrimSpace(ps[i].doc.Title)
		if s > bestScore+1e-12 || math.Abs(s-bestScore) <= 1e-12 && t < best {
			best, bestScore = t, s
		}
	}
	return best
}
