package report

// The overview: a comparison of many events in one page. An event is one
// row (its dates, label, coverage and the framing terms its outlets lead
// with), and each outlet one row (the events it covered and the framing
// terms that recur across them). Each event's full report is a page of its
// own (framediff compare --event ID, or -o DIR/), so that the overview
// grows by a row per event and nothing else: it holds no article text, no
// examples and no per-event tables.

import (
	"bufio"
	"embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
)

// overviewTerms is the number of framing terms an event's row shows, and
// an outlet's row.
const overviewTerms = 5

// Overview is what an overview report shows, gathered an event at a time
// (Add), so that the events themselves need not be kept.
type Overview struct {
	// Articles, Outlets, Params and Skipped are the comparison's.
	Articles int
	Outlets  []string
	Params   compare.Params
	Skipped  int
	// Events are the events' rows, in the result's order.
	Events []EventRow
	// Pairs says whether any event compared its outlets in pairs.
	Pairs bool

	outlets map[string]*OutletRow
}

// EventRow is an event's row of the overview.
type EventRow struct {
	ID, Label  string
	Start, End time.Time
	Articles   int
	Outlets    []string
	Missing    int
	// Framing is the event's strongest framing terms, each with its
	// outlet: the terms of highest z across outlets.
	Framing []OutletTerm
}

// OutletTerm is a term and the outlet it is a framing term of.
type OutletTerm struct{ Outlet, Term string }

// OutletRow is an outlet's row of the overview.
type OutletRow struct {
	Outlet   string
	Events   int
	Articles int
	// Recurring are the outlet's framing terms in most events, with the
	// number of events each is a framing term in.
	Recurring []TermEvents
	terms     map[string]int
}

// TermEvents is a term and the number of events it is a framing term in.
type TermEvents struct {
	Term   string
	Events int
}

// NewOverview starts the overview of r, whose events Add then gathers.
func NewOverview(r *compare.Result) *Overview {
	return &Overview{Articles: len(r.Articles), Outlets: r.Outlets, Params: r.Params, Skipped: len(r.Skipped), outlets: map[string]*OutletRow{}}
}

// Add gathers one event's row and its part of its outlets' rows.
func (o *Overview) Add(ev *compare.Event) {
	row := EventRow{ID: ev.ID, Label: ev.Label, Start: ev.Start, End: ev.End, Articles: len(ev.Articles), Outlets: ev.Outlets, Missing: len(ev.Missing)}
	framing := append([]compare.FramingTerm(nil), ev.Framing...)
	sort.SliceStable(framing, func(i, j int) bool { return framing[i].Z > framing[j].Z })
	for _, f := range framing[:min(overviewTerms, len(framing))] {
		row.Framing = append(row.Framing, OutletTerm{f.Outlet, f.Term})
	}
	o.Events = append(o.Events, row)
	o.Pairs = o.Pairs || len(ev.Pairs) > 0
	perOutlet := map[string]int{}
	for _, m := range ev.Members {
		perOutlet[m.Outlet]++
	}
	for _, name := range ev.Outlets {
		or := o.outlets[name]
		if or == nil {
			or = &OutletRow{Outlet: name, terms: map[string]int{}}
			o.outlets[name] = or
		}
		or.Events++
		or.Articles += perOutlet[name]
	}
	seen := map[[2]string]bool{}
	for _, f := range ev.Framing {
		k := [2]string{f.Outlet, strings.ToLower(f.Term)}
		if or := o.outlets[f.Outlet]; or != nil && !seen[k] {
			seen[k] = true
			or.terms[k[1]]++
		}
	}
}

// OutletRows returns the outlets' rows, most events first, then by name.
func (o *Overview) OutletRows() []OutletRow {
	out := make([]OutletRow, 0, len(o.outlets))
	for _, or := range o.outlets {
		r := *or
		r.Recurring = nil
		for t, n := range or.terms {
			if n >= 2 {
				r.Recurring = append(r.Recurring, TermEvents{t, n})
			}
		}
		sort.Slice(r.Recurring, func(i, j int) bool {
			a, b := r.Recurring[i], r.Recurring[j]
			if a.Events != b.Events {
				return a.Events > b.Events
			}
			return a.Term < b.Term
		})
		r.Recurring = r.Recurring[:min(overviewTerms, len(r.Recurring))]
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("2006-01-02")
}

func overviewDates(a, b time.Time) string {
	if day(a) == day(b) {
		return day(a)
	}
	return day(a) + " to " + day(b)
}

func (r EventRow) framingText() string {
	var parts []string
	for _, f := range r.Framing {
		parts = append(parts, fmt.Sprintf("%s (%s)", f.Term, f.Outlet))
	}
	return strings.Join(parts, "; ")
}

func (r OutletRow) recurringText() string {
	var parts []string
	for _, t := range r.Recurring {
		parts = append(parts, fmt.Sprintf("%s (%d events)", t.Term, t.Events))
	}
	return strings.Join(parts, "; ")
}

// overviewNotes are what a reader of the overview needs to read it.
func (o *Overview) notes(detail string) []string {
	out := []string{
		"Framing terms are the distinctive words and phrases of an outlet's own voice in an event that are also loaded; an event's row shows its strongest (highest z, not corrected for multiple comparisons), an outlet's row those that are framing terms of it in two events or more. Recurrence across events reflects what an outlet covers as well as how it covers it.",
		detail,
	}
	if !o.Pairs {
		out = append(out, "Outlet pairs were not compared in this run: framediff compare --pairs compares them (--pairs=OUTLET,... for the pairs of some outlets).")
	}
	return out
}

// OverviewText writes the overview as plain text. detail tells the reader
// where each event's full report is.
func OverviewText(w io.Writer, o *Overview, detail, generator string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "framediff overview: %d events, %d articles, %d outlets", len(o.Events), o.Articles, len(o.Outlets))
	if o.Skipped > 0 {
		fmt.Fprintf(bw, ", %d inputs skipped", o.Skipped)
	}
	fmt.Fprintln(bw)
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, "Events")
	for _, e := range o.Events {
		fmt.Fprintf(bw, "%-6s %-24s %3d articles %3d outlets  %s\n", e.ID, overviewDates(e.Start, e.End), e.Articles, len(e.Outlets), oneLine(e.Label))
		if t := e.framingText(); t != "" {
			fmt.Fprintf(bw, "       framing: %s\n", oneLine(t))
		}
	}
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, "Outlets")
	for _, r := range o.OutletRows() {
		fmt.Fprintf(bw, "%-28s %5d events %6d articles", oneLine(r.Outlet), r.Events, r.Articles)
		if t := r.recurringText(); t != "" {
			fmt.Fprintf(bw, "  recurring framing: %s", oneLine(t))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw)
	for _, n := range o.notes(detail) {
		fmt.Fprintln(bw, n)
	}
	return bw.Flush()
}

// OverviewMarkdown writes the overview as Markdown tables.
func OverviewMarkdown(w io.Writer, o *Overview, detail, generator string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# framediff overview\n\n%d events, %d articles, %d outlets.\n\n", len(o.Events), o.Articles, len(o.Outlets))
	fmt.Fprintln(bw, "## Events\n\n| event | dates | articles | outlets | label | strongest framing terms |\n| --- | --- | ---: | ---: | --- | --- |")
	for _, e := range o.Events {
		fmt.Fprintf(bw, "| %s | %s | %d | %d | %s | %s |\n", e.ID, overviewDates(e.Start, e.End), e.Articles, len(e.Outlets), mdCell(e.Label), mdCell(e.framingText()))
	}
	fmt.Fprintln(bw, "\n## Outlets\n\n| outlet | events | articles | recurring framing terms |\n| --- | ---: | ---: | --- |")
	for _, r := range o.OutletRows() {
		fmt.Fprintf(bw, "| %s | %d | %d | %s |\n", mdCell(r.Outlet), r.Events, r.Articles, mdCell(r.recurringText()))
	}
	fmt.Fprintln(bw)
	for _, n := range o.notes(detail) {
		fmt.Fprintf(bw, "%s\n\n", mdCell(n))
	}
	fmt.Fprintf(bw, "_Made by %s._\n", mdCell(generator))
	return bw.Flush()
}

// oneLine keeps a value from an article on one line of the text overview.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdCell escapes a value for a Markdown table cell.
func mdCell(s string) string {
	r := strings.NewReplacer("|", "\\|", "\\", "\\\\", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")
	return r.Replace(oneLine(s))
}

//go:embed templates/overview.html.tmpl templates/overview.css
var overviewFS embed.FS

var (
	overviewCSS      = mustReadFS(overviewFS, "templates/overview.css")
	overviewTemplate = template.Must(template.New("overview.html.tmpl").Funcs(template.FuncMap{"days": overviewDates}).
				ParseFS(overviewFS, "templates/overview.html.tmpl"))
	overviewPolicy = "default-src 'none'; style-src " + cspHash(overviewCSS) + "; base-uri 'none'; form-action 'none'"
)

func mustReadFS(fsys embed.FS, name string) string {
	b, err := fsys.ReadFile(name)
	if err != nil {
		panic("report: " + err.Error())
	}
	return string(b)
}

// OverviewHTML writes the overview as one HTML page with no script. link,
// when not nil, gives the address of an event's full report, which its
// row then links to.
func OverviewHTML(w io.Writer, o *Overview, detail, generator string, link func(id string) string) error {
	type eventView struct {
		EventRow
		Link    string
		Framing string
	}
	type outletView struct {
		OutletRow
		Recurring string
	}
	data := struct {
		Policy    template.HTMLAttr
		CSS       template.CSS
		Generator string
		O         *Overview
		Events    []eventView
		Outlets   []outletView
		Notes     []string
	}{
		Policy: template.HTMLAttr(`content="` + template.HTMLEscapeString(overviewPolicy) + `"`), CSS: template.CSS(overviewCSS),
		Generator: generator, O: o, Notes: o.notes(detail),
	}
	for _, e := range o.Events {
		v := eventView{EventRow: e, Framing: e.framingText()}
		if link != nil {
			v.Link = link(e.ID)
		}
		data.Events = append(data.Events, v)
	}
	for _, r := range o.OutletRows() {
		data.Outlets = append(data.Outlets, outletView{r, r.recurringText()})
	}
	bw := bufio.NewWriter(w)
	if err := overviewTemplate.Execute(bw, data); err != nil {
		return err
	}
	return bw.Flush()
}
