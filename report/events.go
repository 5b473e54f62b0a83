package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/compare"
	"github.com/olekukonko/tablewriter/tw"
)

// EventsDetail writes the alignment for a reader who wants to check it: the
// events table, then per event its articles, its coverage and the links
// that put the articles together.
func EventsDetail(w io.Writer, r *compare.Result) error {
	p := &printer{w: w}
	p.printf("framediff: %d articles from %d outlets aligned into %d events (window %s, min %d outlets, min similarity %.2f)\n\n",
		len(r.Articles), len(r.Outlets), len(r.Events), fmtDuration(r.Params.Window), r.Params.MinOutlets, r.Params.MinSimilarity)
	if p.err != nil {
		return p.err
	}
	if err := EventsText(w, r); err != nil {
		return err
	}
	byID := map[string]compare.Article{}
	for _, a := range r.Articles {
		byID[a.ID] = a
	}
	for _, ev := range r.Events {
		p.printf("\n%s  %s\n", ev.ID, ev.Label)
		p.printf("Coverage: %d of %d outlets reported it (%s)", len(ev.Outlets), len(r.Outlets), strings.Join(ev.Outlets, ", "))
		if len(ev.Missing) > 0 {
			p.printf("; not: %s", strings.Join(ev.Missing, ", "))
		}
		p.printf("\n")
		if p.err != nil {
			return p.err
		}
		t := newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignLeft})
		t.Header("Article", "Outlet", "Published", "Title")
		for _, id := range ev.Articles {
			a := byID[id]
			pub := "no date"
			if a.Published != nil {
				pub = a.Published.Format("2006-01-02 15:04 MST")
			}
			if err := t.Append(id, a.Outlet, pub, a.Title); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		t = newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignLeft})
		t.Header("A", "B", "Score", "Content", "Entities", "Days", "Shared")
		for _, l := range ev.Evidence {
			shared := strings.Join(l.SharedEntities, ", ")
			if len(l.SharedTerms) > 0 {
				shared += "; " + strings.Join(l.SharedTerms, ", ")
			}
			if err := t.Append(l.A, l.B, fmt.Sprintf("%.3f", l.Score), fmt.Sprintf("%.3f", l.Content), fmt.Sprintf("%.3f", l.EntityOverlap), fmt.Sprintf("%.1f", l.DaysApart), shared); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	return p.err
}
