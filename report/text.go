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
// per event one row per outlet with its most distinctive terms, its tone
// and whom it quotes, and the sentence only that outlet carries. The JSON
// report has everything; this is the part a reader takes in at a glance.
// The generator is not printed.
func Text(w io.Writer, r *compare.Result, generator string) error {
	p := &printer{w: w}
	p.printf("framediff: %d articles from %d outlets, %d events, %d inputs skipped (window %s, min %d outlets)\n\n",
		len(r.Articles), len(r.Outlets), len(r.Events), len(r.Skipped),
		fmtDuration(r.Params.Window), r.Params.MinOutlets)
	if err := EventsText(w, r, generator); err != nil {
		return err
	}
	framed := false
	for _, ev := range r.Events {
		p.printf("\n%s  %s\n", ev.ID, ev.Label)
		p.printf("%s, %d articles; outlets: %s", dateRange(ev), len(ev.Articles), strings.Join(ev.Outlets, ", "))
		if len(ev.Missing) > 0 {
			p.printf("; not reporting: %s", missingList(ev.Missing))
		}
		p.printf("\n")
		if len(ev.Terms) == 0 && len(ev.Sentiment) == 0 {
			continue // aligned only
		}
		framed = true
		p.printf("\n")
		if p.err != nil {
			return p.err
		}
		if err := outletsTable(w, ev); err != nil {
			return err
		}
		unique(p, ev)
	}
	if framed {
		p.printf("\nz: log-odds of each term in the outlet's articles against the event's other outlets, with an\n" +
			"informative prior; * marks |z| >= 1.96, per term and not corrected for multiple comparisons\n" +
			"(the JSON report adds Benjamini-Hochberg adjusted p). Tone: VADER's mean sentence score in\n" +
			"[-1, 1] with the shares of positive and negative sentences and the words that carry it; it\n" +
			"agrees with human raters of news at about r = 0.5, so read it as evidence, not a verdict.\n")
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
// The generator is not printed.
func EventsText(w io.Writer, r *compare.Result, _ string) error {
	t := newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignLeft, tw.AlignLeft})
	t.Header("Event", "Dates", "Articles", "Outlets", "Label")
	for _, ev := range r.Events {
		if err := t.Append(ev.ID, dateRange(ev), fmt.Sprint(len(ev.Articles)), strings.Join(ev.Outlets, ", "), ev.Label); err != nil {
			return err
		}
	}
	return t.Render()
}

// textQuoted is the number of speakers listed per outlet; textToneWords
// the tone words.
const (
	textQuoted    = 3
	textToneWords = 3
)

// outletsTable writes one row per outlet: its distinctive terms with z
// and counts, its tone, and its most quoted speakers.
func outletsTable(w io.Writer, ev compare.Event) error {
	t := newTable(w, tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignLeft})
	t.Header("Outlet", "Terms: z (count/others)", "Tone", "Quoted (share)")
	terms := map[string][]string{}
	for _, term := range ev.Terms {
		terms[term.Outlet] = append(terms[term.Outlet], fmt.Sprintf("%s %s (%d/%d)", term.Term, fmtZ(term.Z), term.Count, term.OthersCount))
	}
	tone := map[string]string{}
	for _, s := range ev.Sentiment {
		cell := fmt.Sprintf("%+.2f; %s pos, %s neg", s.Mean, pct(s.Positive), pct(s.Negative))
		var words []string
		for i, tw := range s.Words {
			if i == textToneWords {
				break
			}
			words = append(words, fmt.Sprintf("%s %+.1f", tw.Word, tw.Weight))
		}
		if len(words) > 0 {
			cell += "; " + strings.Join(words, ", ")
		}
		tone[s.Outlet] = cell
	}
	quoted := map[string]string{}
	for _, q := range ev.Quotes {
		var who []string
		for _, sp := range q.Speakers {
			if len(who) == textQuoted {
				break
			}
			name := sp.Name
			if name == "" {
				name = "(unattributed)"
			}
			who = append(who, fmt.Sprintf("%s %s", name, pct(sp.Share)))
		}
		if len(who) == 0 {
			who = []string{"no direct quotes"}
		}
		quoted[q.Outlet] = strings.Join(who, ", ")
	}
	for _, o := range ev.Outlets {
		if err := t.Append(o, strings.Join(terms[o], ", "), tone[o], quoted[o]); err != nil {
			return err
		}
	}
	return t.Render()
}

// unique writes, per outlet, the most salient sentence that no other
// outlet of the event carries, and the entities it names alone.
func unique(p *printer, ev compare.Event) {
	header := false
	for _, u := range ev.Unique {
		if len(u.Sentences) == 0 {
			continue
		}
		if !header {
			p.printf("\nOnly in one outlet (the most salient sentence whose entities, numbers, quotes or words no other outlet carries):\n")
			header = true
		}
		s := u.Sentences[0]
		p.printf("  %s: %q", u.Outlet, s.Text)
		if len(s.Entities) > 0 {
			p.printf(" [%s]", strings.Join(s.Entities, ", "))
		}
		p.printf("\n")
	}
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
