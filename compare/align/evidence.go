package align

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// Evidence for an alignment: why each article is in its event.

// linksPerMember is the number of best links kept for each article.
const linksPerMember = 3

// maxLinkPeers bounds the members an article is compared with when looking
// for its best links in a large event: the nearest in time on each side.
const maxLinkPeers = 40

// maxShared caps the shared entities and terms a link lists.
const maxShared = 8

// Result is the outcome of Align.
type Result struct {
	Events []Event // numbered, in order
	// Overrides says, for each override in the order given, whether it
	// applied.
	Overrides []OverrideUse
}

// events builds the reported events from the clusters: membership,
// evidence, labels, touches; then orders and numbers them.
func (al *aligner) events(ctx context.Context, clusters [][]int32, outlets []string) (*Result, error) {
	var kept [][]int32
	for _, m := range clusters {
		seen := map[string]bool{}
		for _, i := range m {
			seen[al.arts[i].outlet] = true
		}
		if len(seen) >= al.opts.MinOutlets {
			kept = append(kept, m)
		}
	}
	evs := make([]Event, len(kept))
	cents := make([]*eventSum, len(kept))
	dates := datesByOutlet(al.arts)
	par.Do(len(kept), par.Workers(al.opts.Workers), func(_, k int) {
		evs[k], cents[k] = al.event(kept[k], outlets, dates)
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := evs[order[a]], evs[order[b]]
		if !ea.Start.Equal(eb.Start) {
			return ea.Start.Before(eb.Start)
		}
		return ea.Articles[0] < eb.Articles[0]
	})
	out := &Result{Overrides: al.overrideUses(clusters)}
	sortedKept := make([][]int32, len(order))
	sortedCents := make([]*eventSum, len(order))
	for k, i := range order {
		ev := evs[i]
		ev.ID = fmt.Sprintf("e%d", k+1)
		if al.docs != nil {
			ev.Docs = make([]*nlp.Doc, len(kept[i]))
			for j, m := range kept[i] {
				ev.Docs[j] = al.docs[m]
			}
		}
		out.Events = append(out.Events, ev)
		sortedKept[k], sortedCents[k] = kept[i], cents[i]
	}
	al.touches(out.Events, sortedKept, sortedCents)
	return out, nil
}

// eventSum is an event's centroid for its evidence: the sums of its
// members' vectors in id order, read by merging with sorted vectors, so
// that no map is built per event.
type eventSum struct {
	groupSum
	norm2 float64 // of the term sums
}

// scoring returns the centroid fields parts reads.
func (e *eventSum) scoring() *centroid {
	return &centroid{norm2: e.norm2, n: e.n, emass: e.entMass, sumT: e.sumT, nT: e.nT}
}

// outletDates holds each outlet's publication times, sorted.
type outletDates map[string][]time.Time

func datesByOutlet(arts []article) outletDates {
	od := outletDates{}
	for _, a := range arts {
		if a.dated {
			od[a.outlet] = append(od[a.outlet], a.published)
		}
	}
	for _, ts := range od {
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
	}
	return od
}

// within reports whether outlet published an article dated from from to
// to, both included.
func (od outletDates) within(outlet string, from, to time.Time) bool {
	ts := od[outlet]
	i := sort.Search(len(ts), func(i int) bool { return !ts[i].Before(from) })
	return i < len(ts) && !ts[i].After(to)
}

// event builds one event and returns it with its centroid. Its Missing
// are the outlets of all that did not report it but published something
// within the window of its first or last article: an outlet silent that
// week says nothing about the event, and a corpus of years would list
// every outlet under every event. An event without dates lists every
// outlet that did not report it.
func (al *aligner) event(m []int32, all []string, dates outletDates) (Event, *eventSum) {
	c := &eventSum{groupSum: al.groupSum(m)}
	c.norm2 = c.terms.norm2()
	ev := Event{Members: make([]Member, len(m))}
	outlets := map[string]bool{}
	bestFit, label := -1.0, ""
	for k, i := range m {
		d := &al.arts[i]
		ev.Articles = append(ev.Articles, d.id)
		outlets[d.outlet] = true
		if d.dated {
			if ev.Start.IsZero() || d.published.Before(ev.Start) {
				ev.Start = d.published
			}
			if d.published.After(ev.End) {
				ev.End = d.published
			}
		}
		fit := al.fit(&al.ps[i], c)
		mem := Member{Article: d.id, Outlet: d.outlet, Fit: round(fit, 4), Undated: !d.dated, Overrides: al.cons.pinned[int(i)], Links: []Link{}}
		ev.Members[k] = mem
		t := strings.TrimSpace(d.title)
		if t != "" && (fit > bestFit+1e-12 || math.Abs(fit-bestFit) <= 1e-12 && t < label) {
			bestFit, label = fit, t
		}
	}
	// Best links: each member against its nearest peers in time. A link
	// is the same evidence read from either end, so it is made once.
	seen := map[[2]int32]bool{}
	made := map[[2]int32]Link{}
	for k, i := range m {
		lo, hi := max(0, k-maxLinkPeers/2), min(len(m), k+maxLinkPeers/2+1)
		type peer struct {
			j     int32
			score float64
		}
		var peers []peer
		for j := lo; j < hi; j++ {
			if j != k {
				sc, _, _, _ := al.pair(&al.ps[i], &al.ps[m[j]])
				peers = append(peers, peer{m[j], round(sc, 4)})
			}
		}
		sort.Slice(peers, func(a, b int) bool {
			if peers[a].score != peers[b].score {
				return peers[a].score > peers[b].score
			}
			return al.arts[peers[a].j].id < al.arts[peers[b].j].id
		})
		var ls []Link
		for _, pr := range peers[:min(len(peers), linksPerMember)] {
			key := [2]int32{min(i, pr.j), max(i, pr.j)}
			l, ok := made[key]
			if !ok {
				l = al.link(key[0], key[1])
				made[key] = l
			}
			if l.A != al.arts[i].id {
				l.A, l.B = l.B, l.A
				l.Spellings = flipped(l.Spellings)
			}
			ls = append(ls, l)
		}
		for _, l := range ls {
			ev.Members[k].Links = append(ev.Members[k].Links, l)
			key := [2]int32{i, m[sortIndex(m, l.B, al.arts)]}
			if key[0] > key[1] {
				key[0], key[1] = key[1], key[0]
			}
			if !seen[key] {
				seen[key] = true
				n := l
				if n.A > n.B {
					n.A, n.B = n.B, n.A
					n.Spellings = flipped(n.Spellings)
				}
				ev.Evidence = append(ev.Evidence, n)
			}
		}
	}
	if ev.Evidence == nil {
		ev.Evidence = []Link{}
	}
	sort.Slice(ev.Evidence, func(i, j int) bool {
		a, b := ev.Evidence[i], ev.Evidence[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.A != b.A {
			return a.A < b.A
		}
		return a.B < b.B
	})
	sort.Slice(ev.Members, func(i, j int) bool { return ev.Members[i].Article < ev.Members[j].Article })
	sort.Strings(ev.Articles)
	for o := range outlets {
		ev.Outlets = append(ev.Outlets, o)
	}
	sort.Strings(ev.Outlets)
	ev.Missing = []string{}
	for _, o := range all {
		if outlets[o] {
			continue
		}
		if ev.Start.IsZero() || dates.within(o, ev.Start.Add(-al.opts.Window), ev.End.Add(al.opts.Window)) {
			ev.Missing = append(ev.Missing, o)
		}
	}
	if label == "" {
		label = al.fallbackLabel(c)
	}
	ev.Label = label
	return ev, c
}

// sortIndex finds the position in m of the document with ID id.
func sortIndex(m []int32, id string, arts []article) int {
	for k, i := range m {
		if arts[i].id == id {
			return k
		}
	}
	panic("compare: link to an article outside its event")
}

// fit scores profile p, a member of event c, against the centroid of the
// other members. It is 0 for a lone member.
func (al *aligner) fit(p *profile, c *eventSum) float64 {
	if c.n < 2 {
		return 0
	}
	pc := p.terms.dot(c.terms)
	self := p.terms.norm2()
	rest := &centroid{norm2: c.norm2 - 2*pc + self, n: c.n - 1, emass: c.entMass - p.entMass, sumT: c.sumT, nT: c.nT}
	// The others' mean weight of each of p's entities: the sum less p's.
	entMin, j := 0.0, 0
	for k, e := range p.ents.ids {
		for j < len(c.ents.ids) && c.ents.ids[j] < e {
			j++
		}
		if j == len(c.ents.ids) || c.ents.ids[j] != e {
			panic("compare: a member's entity missing from its event")
		}
		w := float64(p.ents.ws[k])
		entMin += math.Min(w, (float64(c.ents.ws[j])-w)/float64(c.n-1))
	}
	if p.dated {
		rest.sumT -= float64(p.t - al.base)
		rest.nT--
	}
	if rest.norm2 < 1e-12 {
		rest.norm2 = 0
	}
	s, _, _ := al.parts(p, rest, pc-self, math.Max(0, entMin), true)
	return s
}

// pair scores two profiles against each other: the score of one against
// a cluster holding only the other.
func (al *aligner) pair(p, q *profile) (score, cos, ent, days float64) {
	cos = math.Min(1, p.terms.dot(q.terms))
	if norm := entityNorm(p.entMass, q.entMass); norm > 0 {
		ent = math.Min(1, minSumScaled(p.ents, q.ents, 1, 1)/norm)
	}
	decay := 1.0
	if p.dated && q.dated {
		dt := math.Abs(float64(p.t - q.t))
		decay = al.decay(dt)
		days = dt / 86400
	}
	return (wContent*cos + wEntity*ent) * decay, cos, ent, days
}

// link scores two documents against each other, with the evidence.
func (al *aligner) link(i, j int32) Link {
	p, q := &al.ps[i], &al.ps[j]
	score, cos, ent, days := al.pair(p, q)
	l := Link{
		A: al.arts[i].id, B: al.arts[j].id,
		Score:         round(score, 4),
		Content:       round(cos, 4),
		EntityOverlap: round(ent, 4),
		DaysApart:     round(days, 2),
	}
	l.SharedEntities = al.sharedEntities(p, q)
	l.SharedTerms = al.sharedTerms(p, q, l.SharedEntities)
	if al.arts[i].lang != al.arts[j].lang {
		// Articles of two languages are aligned from their documents
		// (Align), which the spellings read.
		l.Spellings = spellings(al.docs[i], al.docs[j], l.SharedEntities)
	}
	return l
}

// spellings returns how a and b first write each of names.
func spellings(a, b *nlp.Doc, names []string) []Spelling {
	first := func(d *nlp.Doc, name string) string {
		for _, m := range d.Entities {
			if m.Name == name {
				return strings.Join(strings.Fields(d.Text[m.Start:m.End]), " ")
			}
		}
		return ""
	}
	var out []Spelling
	for _, n := range names {
		fa, fb := first(a, n), first(b, n)
		if fa != "" && fb != "" {
			out = append(out, Spelling{Entity: n, Forms: [2]string{fa, fb}})
		}
	}
	return out
}

func (al *aligner) sharedEntities(p, q *profile) []string {
	type kw struct {
		id int32
		w  float32
	}
	var ks []kw
	eachShared(p.ents, q.ents, func(id int32, wa, wb float32) { ks = append(ks, kw{id, min(wa, wb)}) })
	names := al.vocab.ents
	less := func(a, b kw) bool {
		return a.w > b.w || a.w == b.w && (names[a.id] < names[b.id] || names[a.id] == names[b.id] && a.id < b.id)
	}
	ks = selectFirst(ks, maxShared, less)
	slices.SortFunc(ks, func(a, b kw) int {
		if less(a, b) {
			return -1
		}
		return 1
	})
	out := make([]string, len(ks))
	for k, e := range ks {
		out[k] = names[e.id]
	}
	return out
}

// sharedTerms lists the terms two profiles share, heaviest first, leaving
// out the words of the shared entities' names, which the entities already
// show.
func (al *aligner) sharedTerms(p, q *profile, ents []string) []string {
	type kw struct {
		id int32
		w  float64
	}
	var ks []kw
	eachShared(p.terms, q.terms, func(id int32, wa, wb float32) { ks = append(ks, kw{id, float64(wa) * float64(wb)}) })
	terms := al.vocab.terms
	slices.SortFunc(ks, func(a, b kw) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		if c := cmp.Compare(terms[a.id], terms[b.id]); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	out := []string{}
	for _, k := range ks {
		if len(out) == maxShared {
			break
		}
		if !inNames(terms[k.id], ents) {
			out = append(out, terms[k.id])
		}
	}
	return out
}

// inNames reports whether word is a word of one of names, or a part of a
// hyphenated word of one (as terms are counted), ignoring case.
func inNames(word string, names []string) bool {
	for _, n := range names {
		for len(n) > 0 {
			i := strings.IndexAny(n, " -")
			w := n
			if i >= 0 {
				w, n = n[:i], n[i+1:]
			} else {
				n = ""
			}
			if strings.EqualFold(w, word) {
				return true
			}
		}
	}
	return false
}

// fallbackLabel names an event by its heaviest entities and terms, for
// articles without titles: "Antony Blinken, Sergey Lavrov: call, propaganda".
func (al *aligner) fallbackLabel(c *eventSum) string {
	top := func(ids []int32, ws []float32, names []string, n int) []string {
		idx := make([]int, len(ids))
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, b int) bool {
			if ws[idx[a]] != ws[idx[b]] {
				return ws[idx[a]] > ws[idx[b]]
			}
			return names[ids[idx[a]]] < names[ids[idx[b]]]
		})
		var out []string
		for _, i := range idx[:min(n, len(idx))] {
			out = append(out, names[ids[i]])
		}
		return out
	}
	ents := top(c.ents.ids, c.ents.ws, al.vocab.ents, 2)
	terms := top(c.terms.ids, c.terms.ws, al.vocab.terms, 3)
	switch {
	case len(ents) == 0:
		return strings.Join(terms, ", ")
	case len(terms) == 0:
		return strings.Join(ents, ", ")
	}
	return strings.Join(ents, ", ") + ": " + strings.Join(terms, ", ")
}

// overrideUses echoes the overrides, marking as not applied a same line
// whose articles did not end up together and an apart line whose articles
// did (only contradictory lines can do either).
func (al *aligner) overrideUses(clusters [][]int32) []OverrideUse {
	uses := append([]OverrideUse{}, al.cons.uses...)
	if len(uses) == 0 {
		return uses
	}
	of := make([]int, len(al.ps))
	for k, m := range clusters {
		for _, i := range m {
			of[i] = k
		}
	}
	for k := range uses {
		u := &uses[k]
		if !u.Applied {
			continue
		}
		p := al.cons.pairs[k]
		together := of[p[0]] == of[p[1]]
		switch {
		case u.Kind == Same && !together:
			u.Applied, u.Note = false, "an apart line keeps them in different events"
		case u.Kind == Apart && together:
			u.Applied, u.Note = false, "same lines put them in one event"
		}
	}
	return uses
}

// touches finds, for every member of an event, the other events that one
// of its paragraphs after the lead reports: a paragraph scoring at least
// MinSimilarity against another event's centroid, and more than against
// its own event's. The events checked are those the article came near in
// the stream (keepNear): clusters open at its time that scored at least
// half the threshold against the whole article. That keeps the work to a
// few events per article; an event whose first article came after this
// one is not checked.
func (al *aligner) touches(evs []Event, kept [][]int32, cents []*eventSum) {
	eventOf := make(map[int32]int, len(al.ps))
	for k, m := range kept {
		for _, i := range m {
			eventOf[i] = k
		}
	}
	type job struct {
		i          int32
		own        int
		candidates []int
	}
	var jobs []job
	for k, m := range kept {
		for _, i := range m {
			var cs []int
			var near []int32
			if al.near != nil {
				near = al.near[i]
			}
			for _, id := range near {
				if e, ok := eventOf[al.streamFirst[id]]; ok && e != k && !slices.Contains(cs, e) {
					cs = append(cs, e)
				}
			}
			if len(cs) > 0 {
				jobs = append(jobs, job{i, k, cs})
			}
		}
	}
	w := par.Workers(al.opts.Workers)
	bufs := make([][]int32, w)
	found := make([][]Touch, len(jobs))
	par.Do(len(jobs), w, func(wk, n int) {
		j := jobs[n]
		best := map[int]Touch{}
		for _, para := range al.paragraphs(&bufs[wk], j.i) {
			own := al.centroidScore(&para.profile, cents[j.own])
			for _, k := range j.candidates {
				sc := al.centroidScore(&para.profile, cents[k])
				if sc < al.opts.MinSimilarity || sc <= own {
					continue
				}
				if tc, ok := best[k]; !ok || sc > tc.Score {
					best[k] = Touch{Event: evs[k].ID, Paragraph: para.index + 1, Score: sc}
				}
			}
		}
		for _, tc := range best {
			tc.Score = round(tc.Score, 4)
			found[n] = append(found[n], tc)
		}
	})
	for n, ts := range found {
		if len(ts) == 0 {
			continue
		}
		sort.Slice(ts, func(a, b int) bool {
			if ts[a].Score != ts[b].Score {
				return ts[a].Score > ts[b].Score
			}
			return ts[a].Event < ts[b].Event
		})
		ev := &evs[jobs[n].own]
		id := al.arts[jobs[n].i].id
		for k := range ev.Members {
			if ev.Members[k].Article == id {
				ev.Members[k].Touches = ts
			}
		}
	}
}

// centroidScore scores a profile against an event's centroid.
func (al *aligner) centroidScore(p *profile, c *eventSum) float64 {
	// A paragraph holds a few dozen terms, an event's sums thousands:
	// search for the paragraph's terms rather than walk both lists.
	dot := 0.0
	rest := c.terms
	for k, t := range p.terms.ids {
		j, ok := slices.BinarySearch(rest.ids, t)
		if ok {
			dot += float64(p.terms.ws[k]) * float64(rest.ws[j])
		}
		rest = sparse{ids: rest.ids[j:], ws: rest.ws[j:]}
	}
	entMin := minSumScaled(p.ents, c.ents, 1, 1/float64(c.n))
	sc, _, _ := al.parts(p, c.scoring(), dot, entMin, true)
	return sc
}

// para is a paragraph's profile.
type para struct {
	profile
	index int
}

// paragraphs returns the profiles of the paragraphs after the lead of
// article i, with the article's time: TF-IDF of the paragraph's content
// terms (no lead weight), IDF of its entities. buf is scratch.
func (al *aligner) paragraphs(buf *[]int32, i int32) []para {
	v := al.vocab
	a := &al.arts[i]
	ents := map[int][]int32{}
	for k, h := range a.entH {
		if id, ok := v.eid[h%uint64(len(v.eid))][h]; ok {
			pi := int(a.entPara[k])
			ents[pi] = append(ents[pi], id)
		}
	}
	b := &al.body[i]
	var out []para
	for k, pi := range b.paras {
		*buf = append((*buf)[:0], b.para(k)...)
		pp := para{index: int(pi)}
		pp.dated = a.dated
		if pp.dated {
			pp.t = a.published.Unix()
		}
		pp.terms = countVector(*buf, v.tidf, true)
		pp.ents = countVector(ents[int(pi)], v.eidf, false)
		pp.entMass = pp.ents.sum()
		if len(pp.terms.ids) > 0 || len(pp.ents.ids) > 0 {
			out = append(out, pp)
		}
	}
	return out
}

// countVector turns a bag of ids into a vector in id order: TF-IDF of unit
// length (sublinear tf) for terms, IDF for entities. It sorts ids.
func countVector(ids []int32, idf []float64, terms bool) sparse {
	slices.Sort(ids)
	s := sparse{ids: make([]int32, 0, len(ids)), ws: make([]float32, 0, len(ids))}
	n2 := 0.0
	for k := 0; k < len(ids); {
		j := k
		for j < len(ids) && ids[j] == ids[k] {
			j++
		}
		w := idf[ids[k]]
		if terms {
			w *= 1 + math.Log(float64(j-k))
			n2 += w * w
		}
		s.ids = append(s.ids, ids[k])
		s.ws = append(s.ws, float32(w))
		k = j
	}
	if terms && n2 > 0 {
		n := math.Sqrt(n2)
		for k := range s.ws {
			s.ws[k] = float32(float64(s.ws[k]) / n)
		}
	}
	return s
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

// flipped returns spellings with the two articles' forms swapped, for a
// link read from its other end.
func flipped(ss []Spelling) []Spelling {
	if ss == nil {
		return nil
	}
	out := make([]Spelling, len(ss))
	for k, s := range ss {
		out[k] = Spelling{Entity: s.Entity, Forms: [2]string{s.Forms[1], s.Forms[0]}}
	}
	return out
}
