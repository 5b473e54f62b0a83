package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/compare"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// maxSharedShown caps the shared entities and terms shown per link.
const maxSharedShown = 5

// EventsDetail writes the alignment for a reader who wants to check it: a
// summary line, the events table, then per event its coverage line and a
// table of its articles, each with its fit to the event, its best link and
// what the two share, and at the end the overrides as given.
//
// Articles are numbered within their event (#1, #2, ...) so that the table
// stays narrow; the list under the table maps each number to the article's
// ID and source, the names an overrides file takes. The generator is not
// printed.
func EventsDetail(w io.Writer, r *compare.Result, generator string) error {
	p := &printer{w: w}
	p.printf("framediff: %d articles from %d outlets aligned into %d events (window %s, min %d outlets, min similarity %.2f)\n",
		len(r.Articles), len(r.Outlets), len(r.Events), fmtDuration(r.Params.Window), r.Params.MinOutlets, r.Params.MinSimilarity)
	undated := 0
	for _, a := range r.Articles {
		if a.Published == nil {
			undated++
		}
	}
	if undated > 0 {
		p.printf("%d articles have no date: they were aligned by content alone and are marked \"no date\".\n", undated)
	}
	p.printf("\n")
	if p.err != nil {
		return p.err
	}
	if err := EventsText(w, r, generator); err != nil {
		return err
	}
	byID := map[string]compare.Article{}
	for _, a := range r.Articles {
		byID[a.ID] = a
	}
	for _, ev := range r.Events {
		if err := eventDetail(w, r, ev, byID); err != nil {
			return err
		}
	}
	if len(r.Overrides) > 0 {
		p.printf("\nOverrides\n")
		for _, o := range r.Overrides {
			state := "applied"
			if !o.Applied {
				state = "not applied: " + o.Note
			}
			p.printf("  %s: %s %s %s (%s)\n", o.Source, o.Kind, o.A, o.B, state)
		}
	}
	return p.err
}

// eventDetail writes one event: heading, coverage, entities, the members'
// table and the key to its numbers.
func eventDetail(w io.Writer, r *compare.Result, ev compare.Event, byID map[string]compare.Article) error {
	p := &printer{w: w}
	p.printf("\n%s  %s\n", ev.ID, ev.Label)
	p.printf("%s, %d articles\n", dateRange(ev), len(ev.Articles))
	p.printf("Coverage: %d of %d outlets reported it: %s", len(ev.Outlets), len(r.Outlets), strings.Join(ev.Outlets, ", "))
	if len(ev.Missing) > 0 {
		p.printf("; not: %s", missingList(ev.Missing))
	}
	p.printf(".\n")
	if len(ev.Entities) > 0 {
		var names []string
		for i, e := range ev.Entities {
			if i == 6 {
				break
			}
			names = append(names, fmt.Sprintf("%s (%d)", e.Name, e.Outlets))
		}
		p.printf("Entities (outlets naming them): %s\n", strings.Join(names, ", "))
	}
	if p.err != nil {
		return p.err
	}
	num := map[string]int{}
	for i, m := range ev.Members {
		num[m.Article] = i + 1
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithMaxWidth(textWidth),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithAlignment(tw.Alignment{tw.AlignRight, tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignLeft, tw.AlignLeft}),
		// The shared names and terms are the evidence a reader checks:
		// they get the room.
		tablewriter.WithColumnWidths(tw.Mapper[int, int]{0: 3, 1: 19, 2: 22, 3: 6, 4: 15, 5: 38}),
	)
	t.Header("#", "Outlet", "Published", "Fit", "Best links", "Shared with the best link")
	for i, m := range ev.Members {
		a := byID[m.Article]
		var links []string
		for _, l := range m.Links {
			links = append(links, fmt.Sprintf("#%d %.2f %s", num[l.B], l.Score, days(l.DaysApart)))
		}
		shared := ""
		if len(m.Links) > 0 {
			shared = sharedText(m.Links[0])
		}
		if err := t.Append(fmt.Sprint(i+1), a.Outlet, published(a), fmt.Sprintf("%.2f", m.Fit), strings.Join(links, "\n"), shared); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for i, m := range ev.Members {
		a := byID[m.Article]
		p.printf("  #%d %s\n     %s  %s\n", i+1, a.Title, m.Article, a.Source)
		if m.Undated {
			p.printf("     no date: aligned by content alone\n")
		}
		for _, tc := range m.Touches {
			p.printf("     also reports %s in paragraph %d (%.2f)\n", tc.Event, tc.Paragraph, tc.Score)
		}
		if len(m.Overrides) > 0 {
			p.printf("     placed by override %s\n", strings.Join(m.Overrides, ", "))
		}
	}
	return p.err
}

// published renders an article's time, the date alone when no time of
// day was found (midnight UTC), "no date" when none.
func published(a compare.Article) string {
	if a.Published == nil {
		return "no date"
	}
	t := a.Published.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return a.Published.Format("2006-01-02 15:04 MST")
}

// sharedText renders what a link's two articles share: entities, then key
// terms after a semicolon.
func sharedText(l compare.Link) string {
	ents := l.SharedEntities
	if len(ents) > maxSharedShown {
		ents = ents[:maxSharedShown]
	}
	terms := l.SharedTerms
	if len(terms) > maxSharedShown {
		terms = terms[:maxSharedShown]
	}
	s := strings.Join(ents, ", ")
	if len(terms) > 0 {
		if s != "" {
			s += "; "
		}
		s += strings.Join(terms, ", ")
	}
	return s
}

// days renders a gap in days: "0.4 d".
func days(d float64) string { return fmt.Sprintf("%.1f d", d) }
