package profile

import (
	"sort"
	"strings"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus/nlp"
)

// tone is what a profile reads of one outlet's tone toward one actor in
// one event (compare.EntityTone).
type tone struct {
	entity, typ, outlet string
	mean                float64
	mentions            int
}

// toneDiff is one event's tone toward an actor: the outlet's mean and
// mentions, and the other outlets' mention-weighted mean and mentions.
type toneDiff struct {
	event                    int
	mean, othersMean         float64
	mentions, othersMentions int
	typ                      string
}

// eventTone returns, for each actor of the i-th event (its tones ts) that
// outlet o and another outlet both mention, o's tone toward it against
// the others'.
func eventTone(ts []tone, o string, i int) map[string]toneDiff {
	type acc struct {
		me  *tone
		sum float64
		n   int
		typ string
	}
	by := map[string]*acc{}
	for k := range ts {
		et := &ts[k]
		if et.mentions == 0 {
			continue
		}
		a := by[et.entity]
		if a == nil {
			a = &acc{typ: et.typ}
			by[et.entity] = a
		}
		if et.outlet == o {
			a.me = et
		} else {
			a.sum += et.mean * float64(et.mentions)
			a.n += et.mentions
		}
	}
	out := map[string]toneDiff{}
	for name, a := range by {
		if a.me == nil || a.n == 0 {
			continue
		}
		out[name] = toneDiff{event: i, mean: a.me.mean, othersMean: a.sum / float64(a.n), mentions: a.me.mentions, othersMentions: a.n, typ: a.typ}
	}
	return out
}

// actors pools outlet o's tone toward each actor over the events it
// shares where another outlet mentions the actor too, keeping the actors
// of at least two such events.
func (b *builder) actors(o string, sides []side) []ActorTone {
	per := map[string][]toneDiff{}
	for _, s := range sides {
		for name, d := range eventTone(b.tones[s.event], o, s.event) {
			per[name] = append(per[name], d)
		}
	}
	var out []ActorTone
	for name, ds := range per {
		a, ok := b.actorTone(name, ds)
		if ok {
			out = append(out, a)
		}
	}
	ps := make([]float64, len(out))
	for i := range out {
		ps[i] = out[i].P
	}
	for i, adj := range frame.BHAdjust(ps) {
		a := &out[i]
		a.PAdjusted = round(adj, 6)
		a.P = round(a.P, 6)
		a.Strong = adj < strongAlpha && a.Events >= b.opts.MinEvents && a.Stable
	}
	kept := []ActorTone{}
	for _, a := range out {
		if a.Events >= 2 {
			kept = append(kept, a)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		a, c := kept[i], kept[j]
		if a.Strong != c.Strong {
			return a.Strong
		}
		if a.Events != c.Events {
			return a.Events > c.Events
		}
		return a.Actor < c.Actor
	})
	return kept
}

// actorTone pools one actor's per-event differences.
func (b *builder) actorTone(name string, ds []toneDiff) (ActorTone, bool) {
	diffs := make([]float64, len(ds))
	a := ActorTone{Actor: name, Type: ds[0].typ, In: []string{}}
	for i, d := range ds {
		diffs[i] = d.mean - d.othersMean
		a.Mean += d.mean
		a.OthersMean += d.othersMean
		a.Mentions += d.mentions
		a.OthersMentions += d.othersMentions
		a.In = append(a.In, b.events[d.event].ID)
	}
	md, ok := PoolDiffs(diffs)
	if !ok {
		return ActorTone{}, false
	}
	k := float64(len(ds))
	a.Mean, a.OthersMean = round(a.Mean/k, 4), round(a.OthersMean/k, 4)
	a.Diff, a.P, a.Events, a.Stable = round(md.Mean, 4), md.P, md.Events, md.Stable
	if md.HasInterval {
		a.Low, a.High = toneInterval(md)
	}
	return a, true
}

func ptr(x float64) *float64 { return &x }

// toneInterval is a t interval of tone differences cut to [-2, 2], the
// range a difference of two tones in [-1, 1] can take: with two or three
// events the t interval reaches past it, and no reader should see a bound
// that no data could give.
func toneInterval(md MeanDiff) (low, high *float64) {
	return ptr(round(max(md.Low, -2), 4)), ptr(round(min(md.High, 2), 4))
}

// resolveActor finds the actor the events name for a chosen name: the
// same name in any case, its canonical name in the alias table, or the one
// actor whose last word it is ("Putin"). When none matches, ok is false
// and candidates is empty; when several actors have that last word,
// candidates lists them, sorted, so that the reader can choose one.
func (b *builder) resolveActor(chosen string) (name string, candidates []string, ok bool) {
	names := map[string]bool{}
	for _, ts := range b.tones {
		for _, et := range ts {
			names[et.entity] = true
		}
	}
	want := strings.TrimSpace(chosen)
	aliases := b.opts.Aliases
	if aliases == nil {
		aliases = nlp.DefaultAliases()
	}
	if c, ok := aliases.Canonical(want); ok {
		want = c
	}
	var last []string
	for n := range names {
		if strings.EqualFold(n, want) {
			return n, nil, true
		}
		if f := strings.Fields(n); len(f) > 1 && strings.EqualFold(f[len(f)-1], want) {
			last = append(last, n)
		}
	}
	if len(last) == 1 {
		return last[0], nil, true
	}
	sort.Strings(last)
	return "", last, false
}
