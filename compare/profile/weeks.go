package profile

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// isoWeek names the ISO 8601 week of t in UTC: "2022-W07".
func isoWeek(t time.Time) string {
	y, w := t.UTC().ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// weeks fills in the profile's weeks and the chosen terms' and actors'
// trends: for each outlet and ISO week (of an event's start), the estimate
// over the matched events of that week, stratified by event as the pooled
// findings are.
func (b *builder) weeks(p *Profile) {
	week := make([]string, len(b.events))
	seen := map[string]bool{}
	for i, ev := range b.events {
		if ev.Start.IsZero() {
			p.Undated++
			continue
		}
		week[i] = isoWeek(ev.Start)
		if !seen[week[i]] {
			seen[week[i]] = true
			p.Weeks = append(p.Weeks, week[i])
		}
	}
	sort.Strings(p.Weeks)
	outlets := b.outlets()
	for ti, k := range b.chosen {
		tr := Trend{Kind: TrendTerm, Name: b.opts.Terms[ti], Points: []Point{}}
		used := false
		id := b.terms.id[k]
		for _, o := range outlets {
			byWeek := map[string][]Stratum{}
			for _, s := range b.sides(o) {
				if w := week[s.event]; w != "" {
					a, c := s.me.terms.get(id), s.othersTerm(id)
					used = used || a > 0 || c > 0
					byWeek[w] = append(byWeek[w], Stratum{A: float64(a), B: float64(c), N1: float64(s.me.words), N0: float64(s.words)})
				}
			}
			for _, w := range p.Weeks {
				st := byWeek[w]
				if len(st) == 0 {
					continue
				}
				pt := Point{Outlet: o, Week: w, Events: len(st)}
				for _, s := range st {
					pt.Count += int(s.A)
					pt.OthersCount += int(s.B)
					pt.Words += int(s.N1)
					pt.OthersWords += int(s.N0)
				}
				if rr, ok := PoolRates(st); ok {
					pt.Estimate, pt.Low, pt.High = ptr(round(rr.Ratio, 4)), ptr(round(rr.Low, 4)), ptr(round(rr.High, 4))
				}
				tr.Points = append(tr.Points, pt)
			}
		}
		if !used {
			p.Notes = append(p.Notes, fmt.Sprintf("no outlet used the term %q in its own voice in a matched event", tr.Name))
		}
		p.Trends = append(p.Trends, tr)
	}
	for _, chosen := range b.opts.Actors {
		name, candidates, ok := b.resolveActor(chosen)
		switch {
		case !ok && len(candidates) > 0:
			p.Notes = append(p.Notes, fmt.Sprintf("--actors %q names several actors (%s): give one full name", chosen, strings.Join(candidates, ", ")))
			continue
		case !ok:
			p.Notes = append(p.Notes, fmt.Sprintf("no matched event has tone toward an actor named %q (names are matched whole, by the alias table, or by one actor's last name)", chosen))
			continue
		}
		tr := Trend{Kind: TrendActor, Name: name, Points: []Point{}}
		for _, o := range outlets {
			byWeek := map[string][]toneDiff{}
			for _, s := range b.sides(o) {
				if w := week[s.event]; w != "" {
					if d, ok := eventTone(b.tones[s.event], o, s.event)[name]; ok {
						byWeek[w] = append(byWeek[w], d)
					}
				}
			}
			for _, w := range p.Weeks {
				ds := byWeek[w]
				if len(ds) == 0 {
					continue
				}
				pt := Point{Outlet: o, Week: w, Events: len(ds)}
				diffs := make([]float64, len(ds))
				for i, d := range ds {
					pt.Count += d.mentions
					pt.OthersCount += d.othersMentions
					diffs[i] = d.mean - d.othersMean
				}
				md, _ := PoolDiffs(diffs)
				pt.Estimate = ptr(round(md.Mean, 4))
				if md.HasInterval {
					pt.Low, pt.High = toneInterval(md)
				}
				tr.Points = append(tr.Points, pt)
			}
		}
		p.Trends = append(p.Trends, tr)
	}
}
