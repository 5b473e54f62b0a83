package compare

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// Evidence for an alignment: why each article is in its event.

// linksPerMember is the number of best links kept for each article.
const linksPerMember = 3

// maxLinkPeers bounds the members an article is compared with when looking
// for its best links in a large event: the nearest in time on each side.
const maxLinkPeers = 40

// maxShared caps the shared entities and terms a link lists.
const maxShared = 8

// alignment is the outcome of align.
type alignment struct {
	events    []Event         // numbered, in order
	docs      [][]*corpus.Doc // the documents of each event
	overrides []OverrideUse
}

// events builds the reported events from the clusters: membership,
// evidence, labels, touches; then orders and numbers them.
func (al *aligner) events(ctx context.Context, docs []*corpus.Doc, clusters [][]int32, outlets []string) (*alignment, error) {
	var kept [][]int32
	for _, m := range clusters {
		seen := map[string]bool{}
		for _, i := range m {
			seen[docs[i].Outlet] = true
		}
		if len(seen) >= al.opts.MinOutlets {
			kept = append(kept, m)
		}
	}
	evs := make([]Event, len(kept))
	cents := make([]*centroid, len(kept))
	parallel(len(kept), workers(al.opts.Workers), func(_, k int) {
		evs[k], cents[k] = al.event(docs, kept[k], outlets)
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
	out := &alignment{overrides: al.overrideUses(clusters)}
	sortedKept := make([][]int32, len(order))
	sortedCents := make([]*centroid, len(order))
	for k, i := range order {
		ev := evs[i]
		ev.ID = fmt.Sprintf("e%d", k+1)
		out.events = append(out.events, ev)
		ds := make([]*corpus.Doc, len(kept[i]))
		for j, m := range kept[i] {
			ds[j] = docs[m]
		}
		out.docs = append(out.docs, ds)
		sortedKept[k], sortedCents[k] = kept[i], cents[i]
	}
	al.touches(docs, out.events, sortedKept, sortedCents)
	return out, nil
}

// event builds one event and returns it with its centroid.
func (al *aligner) event(docs []*corpus.Doc, m []int32, all []string) (Event, *centroid) {
	c := newCentroid(0, 0)
	for _, i := range m {
		c.add(&al.ps[i], al.base, nil, 0)
	}
	// The framing fields start empty, not null, for an alignment-only
	// result; framing fills them.
	ev := Event{Members: make([]Member, len(m)), Terms: []Term{}, Pairs: []Pair{}, Quotes: []OutletQuotes{},
		EntityTone: []EntityTone{}, Labels: []Label{}, Unique: []Unique{}, Lexicon: []LexiconCount{}}
	outlets := map[string]bool{}
	var ds []*corpus.Doc
	bestFit, label := -1.0, ""
	for k, i := range m {
		d := docs[i]
		ds = append(ds, d)
		ev.Articles = append(ev.Articles, d.ID)
		outlets[d.Outlet] = true
		if d.HasDate() {
			if ev.Start.IsZero() || d.Published.Before(ev.Start) {
				ev.Start = d.Published
			}
			if d.Published.After(ev.End) {
				ev.End = d.Published
			}
		}
		fit := al.fit(&al.ps[i], c)
		mem := Member{Article: d.ID, Outlet: d.Outlet, Fit: round(fit, 4), Undated: !d.HasDate(), Overrides: al.cons.pinned[int(i)], Links: []Link{}}
		ev.Members[k] = mem
		t := strings.TrimSpace(d.Title)
		if t != "" && (fit > bestFit+1e-12 || math.Abs(fit-bestFit) <= 1e-12 && t < label) {
			bestFit, label = fit, t
		}
	}
	// Best links: each member against its nearest peers in time.
	seen := map[[2]int32]bool{}
	for k, i := range m {
		lo, hi := max(0, k-maxLinkPeers/2), min(len(m), k+maxLinkPeers/2+1)
		var ls []Link
		for j := lo; j < hi; j++ {
			if j != k {
				ls = append(ls, al.link(docs, i, m[j]))
			}
		}
		sort.Slice(ls, func(a, b int) bool {
			if ls[a].Score != ls[b].Score {
				return ls[a].Score > ls[b].Score
			}
			return ls[a].B < ls[b].B
		})
		if len(ls) > linksPerMember {
			ls = ls[:linksPerMember]
		}
		for _, l := range ls {
			ev.Members[k].Links = append(ev.Members[k].Links, l)
			key := [2]int32{i, m[sortIndex(m, l.B, docs)]}
			if key[0] > key[1] {
				key[0], key[1] = key[1], key[0]
			}
			if !seen[key] {
				seen[key] = true
				n := l
				if n.A > n.B {
					n.A, n.B = n.B, n.A
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
		if !outlets[o] {
			ev.Missing = append(ev.Missing, o)
		}
	}
	ev.Entities = eventEntities(ds)
	if label == "" {
		label = al.fallbackLabel(c)
	}
	ev.Label = label
	return ev, c
}

// sortIndex finds the position in m of the document with ID id.
func sortIndex(m []int32, id string, docs []*corpus.Doc) int {
	for k, i := range m {
		if docs[i].ID == id {
			return k
		}
	}
	panic("compare: link to an article outside its event")
}

// fit scores profile p, a member of centroid c, against the centroid of
// the other members. It is 0 for a lone member.
func (al *aligner) fit(p *profile, c *centroid) float64 {
	if c.n < 2 {
		return 0
	}
	pc := 0.0
	for k, t := range p.terms.ids {
		pc += float64(p.terms.ws[k]) * c.tw[c.tslot[t]]
	}
	self := p.terms.norm2()
	rest := &centroid{norm2: c.norm2 - 2*pc + self, n: c.n - 1, emass: c.emass - p.entMass, sumT: c.sumT, nT: c.nT}
	entMin := 0.0
	for k, e := range p.ents.ids {
		w := float64(p.ents.ws[k])
		entMin += math.Min(w, (c.ew[c.eslot[e]]-w)/float64(c.n-1))
	}
	if p.dated {
		rest.sumT -= float64(p.t - al.base)
		rest.nT--
	}
	if rest.norm2 < 1e-12 {
		rest.norm2 = 0
	}
	s, _, _ := al.parts(p, rest, pc-self, math.Max(0, entMin), true, false)
	return s
}

// pair scores two profiles against each other: the score of one against
// a cluster holding only the other.
func (al *aligner) pair(p, q *profile) (score, cos, ent, days float64) {
	cos = math.Min(1, p.terms.dot(q.terms))
	if norm := entityNorm(p.entMass, q.entMass); norm > 0 {
		ent = math.Min(1, p.ents.minSum(q.ents)/norm)
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
func (al *aligner) link(docs []*corpus.Doc, i, j int32) Link {
	p, q := &al.ps[i], &al.ps[j]
	score, cos, ent, days := al.pair(p, q)
	l := Link{
		A: docs[i].ID, B: docs[j].ID,
		Score:         round(score, 4),
		Content:       round(cos, 4),
		EntityOverlap: round(ent, 4),
		DaysApart:     round(days, 2),
	}
	l.SharedEntities = al.sharedEntities(p, q)
	l.SharedTerms = al.sharedTerms(p, q, l.SharedEntities)
	return l
}

func (al *aligner) sharedEntities(p, q *profile) []string {
	type kw struct {
		name string
		w    float64
	}
	var ks []kw
	i, j := 0, 0
	for i < len(p.ents.ids) && j < len(q.ents.ids) {
		switch a, b := p.ents.ids[i], q.ents.ids[j]; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			ks = append(ks, kw{al.vocab.ents[a], float64(min(p.ents.ws[i], q.ents.ws[j]))})
			i++
			j++
		}
	}
	sort.Slice(ks, func(a, b int) bool {
		if ks[a].w != ks[b].w {
			return ks[a].w > ks[b].w
		}
		return ks[a].name < ks[b].name
	})
	out := []string{}
	for k := 0; k < len(ks) && k < maxShared; k++ {
		out = append(out, ks[k].name)
	}
	return out
}

// sharedTerms lists the terms two profiles share, heaviest first, leaving
// out the words of the shared entities' names, which the entities already
// show.
func (al *aligner) sharedTerms(p, q *profile, ents []string) []string {
	inNames := map[string]bool{}
	for _, e := range ents {
		for _, w := range strings.Fields(strings.ToLower(e)) {
			inNames[w] = true
		}
	}
	type kw struct {
		name string
		w    float64
	}
	var ks []kw
	i, j := 0, 0
	for i < len(p.terms.ids) && j < len(q.terms.ids) {
		switch a, b := p.terms.ids[i], q.terms.ids[j]; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			if t := al.vocab.terms[a]; !inNames[strings.ToLower(t)] {
				ks = append(ks, kw{t, float64(p.terms.ws[i]) * float64(q.terms.ws[j])})
			}
			i++
			j++
		}
	}
	sort.Slice(ks, func(a, b int) bool {
		if ks[a].w != ks[b].w {
			return ks[a].w > ks[b].w
		}
		return ks[a].name < ks[b].name
	})
	out := []string{}
	for k := 0; k < len(ks) && k < maxShared; k++ {
		out = append(out, ks[k].name)
	}
	return out
}

// fallbackLabel names an event by its heaviest entities and terms, for
// articles without titles: "Antony Blinken, Sergey Lavrov: call, propaganda".
func (al *aligner) fallbackLabel(c *centroid) string {
	top := func(ids []int32, ws []float64, names []string, n int) []string {
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
	ents := top(c.eids, c.ew, al.vocab.ents, 2)
	terms := top(c.tids, c.tw, al.vocab.terms, 3)
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
// its own event's. The events are swept in time order with an inverted
// index of those open within the window, as the stream does.
func (al *aligner) touches(docs []*corpus.Doc, evs []Event, kept [][]int32, cents []*centroid) {
	eventOf := map[int32]int{}
	var arts []int32
	for k, m := range kept {
		for _, i := range m {
			eventOf[i] = k
			arts = append(arts, i)
		}
	}
	sort.Slice(arts, func(a, b int) bool { return arts[a] < arts[b] })
	// Events by first article, with their time span.
	type span struct {
		k           int
		first, last int64
	}
	var spans []span
	for k, m := range kept {
		sp := span{k: k, first: math.MaxInt64, last: math.MinInt64}
		for _, i := range m {
			if p := &al.ps[i]; p.dated {
				sp.first = min(sp.first, p.t)
				sp.last = max(sp.last, p.t)
			}
		}
		if sp.first != math.MaxInt64 {
			spans = append(spans, sp)
		}
	}
	sort.Slice(spans, func(a, b int) bool {
		if spans[a].first != spans[b].first {
			return spans[a].first < spans[b].first
		}
		return spans[a].k < spans[b].k
	})
	window := int64(al.opts.Window.Seconds())
	x := newIndex(len(al.vocab.terms), len(al.vocab.ents))
	x.cs = make([]*centroid, len(kept))
	lastOf := make([]int64, len(kept))
	var open []int32
	next := 0
	var s scratch
	ex := newExtractor(al.sw())
	for _, i := range arts {
		p := &al.ps[i]
		if !p.dated {
			continue
		}
		for next < len(spans) && spans[next].first-window <= p.t {
			sp := spans[next]
			x.insert(int32(sp.k), cents[sp.k])
			lastOf[sp.k] = sp.last
			open = append(open, int32(sp.k))
			next++
		}
		keep := open[:0]
		var gone []int32
		for _, k := range open {
			if p.t-lastOf[k] > window {
				gone = append(gone, k)
			} else {
				keep = append(keep, k)
			}
		}
		open = keep
		if len(gone) > 0 {
			x.retire(gone)
		}
		own := eventOf[i]
		best := map[int]Touch{}
		for _, para := range al.paragraphs(ex, docs[i]) {
			s.query(x, para.terms, para.ents)
			scores := map[int32]float64{}
			for _, k := range s.touched {
				sc, _, _ := al.parts(&para.profile, x.cs[k], s.dot[k], s.ent[k], true, false)
				scores[k] = sc
			}
			for _, k := range s.touched {
				sc := scores[k]
				if int(k) == own || sc < al.opts.MinSimilarity || sc <= scores[int32(own)] {
					continue
				}
				if t, ok := best[int(k)]; !ok || sc > t.Score {
					best[int(k)] = Touch{Event: evs[k].ID, Paragraph: para.index + 1, Score: sc}
				}
			}
		}
		if len(best) == 0 {
			continue
		}
		ts := make([]Touch, 0, len(best))
		for _, t := range best {
			t.Score = round(t.Score, 4)
			ts = append(ts, t)
		}
		sort.Slice(ts, func(a, b int) bool {
			if ts[a].Score != ts[b].Score {
				return ts[a].Score > ts[b].Score
			}
			return ts[a].Event < ts[b].Event
		})
		ev := &evs[own]
		for k := range ev.Members {
			if ev.Members[k].Article == docs[i].ID {
				ev.Members[k].Touches = ts
			}
		}
	}
}

// para is a paragraph's profile.
type para struct {
	profile
	index int
}

// paragraphs returns the profiles of d's paragraphs after the lead, with
// the document's time.
func (al *aligner) paragraphs(ex *extractor, d *corpus.Doc) []para {
	var out []para
	lead := leadEnd(d)
	for si := lead; si < len(d.Sentences); {
		pi := d.Sentences[si].Para
		sj := si
		for sj < len(d.Sentences) && d.Sentences[sj].Para == pi {
			sj++
		}
		if si > 0 && d.Sentences[si-1].Para == pi {
			// The lead ends inside this paragraph: it is part of the lead.
			si = sj
			continue
		}
		clear(ex.tf)
		clear(ex.ef)
		for k := si; k < sj; k++ {
			s := d.Sentences[k]
			for ti := s.TokStart; ti < s.TokEnd; ti++ {
				if tag := d.Tokens[ti].Tag; contentTag(tag) {
					ex.addTerm(d.TokenText(ti), tag, 1)
				}
			}
		}
		for _, m := range d.Entities {
			if m.Sent >= si && m.Sent < sj {
				ex.ef[hashKey('e', m.Name)] = 1
			}
		}
		var pp para
		pp.index = pi
		pp.dated = d.HasDate()
		if pp.dated {
			pp.t = d.Published.Unix()
		}
		rawT, rawE := ex.raw()
		pp.terms = weigh(rawT, al.vocab.tid, al.vocab.tdf, al.vocab, true)
		pp.ents = weigh(rawE, al.vocab.eid, al.vocab.edf, al.vocab, false)
		pp.entMass = pp.ents.sum()
		if len(pp.terms.ids) > 0 || len(pp.ents.ids) > 0 {
			out = append(out, pp)
		}
		si = sj
	}
	return out
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
