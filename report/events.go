package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/compare"
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
// ID and source, the names an overrides file takes. Every line fits in
// DefaultWidth columns. The generator is not printed.
func EventsDetail(w io.Writer, r *compare.Result, generator string) error {
	return TextOptions{}.EventsDetail(w, r, generator)
}

// EventsDetail is the package's EventsDetail laid out in o.Width columns.
func (o TextOptions) EventsDetail(w io.Writer, r *compare.Result, generator string) error {
	width := o.width()
	p := &printer{w: w}
	p.printf("%s\n", wrap(fmt.Sprintf("framediff: %s from %s aligned into %s (window %s, min %d outlets, min similarity %.2f)",
		plural(len(r.Articles), "article"), outletsPhrase(r), plural(len(r.Events), "event"), fmtDuration(r.Params.Window), r.Params.MinOutlets, r.Params.MinSimilarity), width, ""))
	undated := 0
	for _, a := range r.Articles {
		if a.Published == nil {
			undated++
		}
	}
	if undated > 0 {
		p.printf("%s\n", wrap(fmt.Sprintf("%d articles have no date: they were aligned by content alone and are marked \"no date\".", undated), width, ""))
	}
	p.printf("\n")
	if p.err != nil {
		return p.err
	}
	if err := o.EventsText(w, r, generator); err != nil {
		return err
	}
	byID := map[string]compare.Article{}
	for _, a := range r.Articles {
		byID[a.ID] = a
	}
	for _, ev := range r.Events {
		if err := eventDetail(w, r, ev, byID, width); err != nil {
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
			p.printf("%s\n", wrap(fmt.Sprintf("  %s: %s %s %s (%s)", o.Source, o.Kind, o.A, o.B, state), width, "    "))
		}
	}
	return p.err
}

// eventDetail writes one event: heading, coverage, entities, the members'
// table and the key to its numbers.
func eventDetail(w io.Writer, r *compare.Result, ev compare.Event, byID map[string]compare.Article, width int) error {
	p := &printer{w: w}
	p.printf("\n%s\n", heading(ev, width))
	p.printf("%s, %d articles\n", dateRange(ev), len(ev.Articles))
	coverage := fmt.Sprintf("Coverage: %d of %d outlets reported it: %s", len(ev.Outlets), len(r.Outlets), strings.Join(ev.Outlets, ", "))
	if len(ev.Missing) > 0 {
		coverage += "; not: " + missingList(ev.Missing)
	}
	p.printf("%s\n", wrap(coverage+".", width, "  "))
	if len(ev.Entities) > 0 {
		var names []string
		for i, e := range ev.Entities {
			if i == 6 {
				break
			}
			names = append(names, fmt.Sprintf("%s (%d)", e.Name, e.Outlets))
		}
		p.printf("%s\n", wrap("Entities (outlets naming them): "+strings.Join(names, ", "), width, "  "))
	}
	if p.err != nil {
		return p.err
	}
	num := map[string]int{}
	for i, m := range ev.Members {
		num[m.Article] = i + 1
	}
	// The shared names and terms are the evidence a reader checks: they
	// get the room the others leave.
	t := &textTable{cols: []textColumn{
		{header: "#", align: tw.AlignRight},
		{header: "Outlet", align: tw.AlignLeft, min: 10},
		{header: "Published", align: tw.AlignLeft, min: 10},
		{header: "Fit", align: tw.AlignRight},
		{header: "Best links", align: tw.AlignLeft, whole: true},
		{header: "Shared with the best link", align: tw.AlignLeft, min: 20},
	}}
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
		t.append(fmt.Sprint(i+1), a.Outlet, published(a), fmt.Sprintf("%.2f", m.Fit), strings.Join(links, "\n"), shared)
	}
	if err := t.render(w, width); err != nil {
		return err
	}
	const indent = "     "
	for i, m := range ev.Members {
		a := byID[m.Article]
		p.printf("%s\n", wrap(fmt.Sprintf("  #%d %s", i+1, a.Title), width, indent))
		p.printf("%s\n", wrap(indent+m.Article+"  "+a.Source, width, indent))
		if m.Undated {
			p.printf("%sno date: aligned by content alone\n", indent)
		}
		for _, tc := range m.Touches {
			p.printf("%s\n", wrap(fmt.Sprintf("%salso reports %s in paragraph %d (%.2f)", indent, tc.Event, tc.Paragraph, tc.Score), width, indent))
		}
		if len(m.Overrides) > 0 {
			p.printf("%s\n", wrap(indent+"placed by override "+strings.Join(m.Overrides, ", "), width, indent))
		}
	}
	return p.err
}

// published renders an article's time in UTC, so that the times of one
// table compare at a glance; the date alone when no time of day was found
// (midnight UTC), "no date" when none.
func published(a compare.Article) string {
	if a.Published == nil {
		return "no date"
	}
	t := a.Published.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 UTC")
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
