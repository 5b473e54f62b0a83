package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// textWidth is the widest a text table grows; long cells wrap.
const textWidth = 110

// Text writes the terminal report: a summary line, the events table, then
// per event its outlets' most distinctive terms and their tone.
func Text(w io.Writer, r *compare.Result) error {
	p := &printer{w: w}
	p.printf("framediff: %d articles from %d outlets, %d events, %d inputs skipped (window %s, min %d outlets)\n\n",
		len(r.Articles), len(r.Outlets), len(r.Events), len(r.Skipped),
		fmtDuration(r.Params.Window), r.Params.MinOutlets)
	if err := EventsText(w, r); err != nil {
		return err
	}
	for _, ev := range r.Events {
		p.printf("\n%s  %s\n", ev.ID, ev.Label)
		p.printf("%s, %d articles; outlets: %s", dateRange(ev), len(ev.Articles), strings.Join(ev.Outlets, ", "))
		if len(ev.Missing) > 0 {
			p.printf("; not reporting: %s", strings.Join(ev.Missing, ", "))
		}
		p.printf("\n\nDistinctive terms (log-odds z against the event's other outlets; |z| >= 1.96 marked *, not corrected for multiple comparisons)\n")
		if p.err != nil {
			return p.err
		}
		if err := termsTable(w, ev); err != nil {
			return err
		}
		p.printf("\nTone (VADER per sentence, compound score; a lexicon's view, not a verdict)\n")
		if p.err != nil {
			return p.err
		}
		if err := toneTable(w, ev); err != nil {
			return err
		}
	}
	if len(r.Skipped) > 0 {
		p.printf("\nSkipped inputs\n")
		for _, s := range r.Skipped {
			p.printf("  %s: %s\n", s.Source, s.Reason)
		}
	}
	return p.err
}

// EventsText writes the events table with each event's strongest evidence.
func EventsText(w io.Writer, r *compare.Result) error {
	t := newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignLeft, tw.AlignLeft})
	t.Header("Event", "Dates", "Articles", "Outlets", "Label")
	for _, ev := range r.Events {
		if err := t.Append(ev.ID, dateRange(ev), fmt.Sprint(len(ev.Articles)), strings.Join(ev.Outlets, ", "), ev.Label); err != nil {
			return err
		}
	}
	return t.Render()
}

func termsTable(w io.Writer, ev compare.Event) error {
	t := newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight})
	t.Header("Outlet", "Term", "z", "Count", "Others")
	for _, term := range ev.Terms {
		if err := t.Append(term.Outlet, term.Term, fmtZ(term.Z), fmt.Sprint(term.Count), fmt.Sprint(term.OthersCount)); err != nil {
			return err
		}
	}
	return t.Render()
}

func toneTable(w io.Writer, ev compare.Event) error {
	t := newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight})
	t.Header("Outlet", "Mean", "Positive", "Neutral", "Negative", "Sentences")
	for _, s := range ev.Sentiment {
		if err := t.Append(s.Outlet, fmt.Sprintf("%+.3f", s.Mean), pct(s.Positive), pct(s.Neutral), pct(s.Negative), fmt.Sprint(s.Sentences)); err != nil {
			return err
		}
	}
	return t.Render()
}

func newTable(w io.Writer, align tw.Alignment) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithMaxWidth(textWidth),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithAlignment(align),
	)
}

func fmtZ(z float64) string {
	s := fmt.Sprintf("%.2f", z)
	if z >= 1.96 || z <= -1.96 {
		s += "*"
	}
	return s
}

func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

func dateRange(ev compare.Event) string {
	if ev.Start.IsZero() {
		return "undated"
	}
	a, b := ev.Start.Format("2006-01-02"), ev.End.Format("2006-01-02")
	if a == b {
		return a
	}
	return a + " to " + b
}

func fmtDuration(d compare.Duration) string {
	s := time.Duration(d).String()
	s = strings.TrimSuffix(s, "0s")
	s = strings.TrimSuffix(s, "0m")
	return s
}

// printer remembers the first write error so a renderer can check once.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
