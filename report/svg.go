package report

import (
	"bytes"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
)

// Charts are inline SVG, drawn from the result by the templates in
// templates/charts.svg.tmpl: this file only lays them out. Every bar carries
// its number as text beside it and every colour its name as a label, so no
// chart depends on colour alone; the colours are the Okabe-Ito palette,
// which stays distinct under the common colour-vision deficiencies (Okabe &
// Ito 2008), and past its eight colours an outlet's swatch also changes
// shape (square, circle, triangle, diamond). Bars link to the drill-down
// where there is one.
//
// Layout: the widths of labels and numbers are estimated from the advance
// widths of DejaVu Sans (textPx), the charts' first font, which is wider
// than the system faces that stand in for it where it is missing (Segoe
// UI, San Francisco, Roboto), so that a chart is wide enough for its own
// text in any of them; a label too
// long for its column is cut with "…" and given whole as a tooltip. A long
// chart is drawn as several, each with its own axis and no taller than
// maxChartRows rows, so that a printed page never separates a chart from
// its axis. The browser test measures every text element of every chart
// against the chart's box.

// okabeIto is the palette, in the order outlets take it (black last). The
// CSS classes o0..o7 hold the same colours.
var okabeIto = []string{"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000"}

// shapes are the swatch marks of the outlets, one per round of the
// palette: the ninth outlet has the first colour and the second shape.
var shapes = []string{"■", "●", "▲", "◆"}

// Layout of a bar chart, in SVG user units (the chart scales to its box).
const (
	fontSize     = 11  // px, as in report.css: svg.chart
	headSize     = 12  // px, bold: text.head
	maxLabelPx   = 190 // the widest a row's label may be
	plotWidth    = 260
	gap          = 8
	rowHeight    = 18
	headHeight   = 24
	axisHeight   = 32 // ticks and one caption line below the last row
	maxChartRows = 26 // rows of one chart, headers included: about a third of a page
	minChartW    = 360
)

// textPx estimates the width in px of s set in DejaVu Sans at size px
// (bold adds a tenth), rounding up: per-character advance widths of the
// font in em (runeEm), 1 em for wide scripts, 0.75 em for other letters.
func textPx(s string, size float64, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		w += runeEm(r)
	}
	if bold {
		w *= 1.1
	}
	return math.Ceil(w * size * 1.03)
}

// asciiEm are DejaVu Sans's advance widths of the printable ASCII
// characters, from space (0x20) to tilde, in em (units per em 2048).
var asciiEm = [...]float64{
	0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390, 0.500, 0.838, 0.318, 0.361, 0.318, 0.337, // space to /
	0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, // 0 to ?
	1.000, 0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, // @ to O
	0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.390, 0.337, 0.390, 0.838, 0.500, // P to _
	0.500, 0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, // ` to o
	0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838, // p to ~
}

// latinEm are DejaVu Sans's advance widths of Latin-1 Supplement and
// Latin Extended-A, U+00A0 to U+017F, in em: the accented letters of
// Spanish, French and German names, and the Latin spellings of names from
// further east (Łukasz, Dvořák). The soft hyphen is given the hyphen's
// width, which it has where a line breaks at it.
var latinEm = [...]float64{
	0.318, 0.401, 0.636, 0.636, 0.636, 0.636, 0.337, 0.500, 0.500, 1.000, 0.471, 0.612, 0.838, 0.361, 1.000, 0.500, // U+00A0 to U+00AF
	0.500, 0.838, 0.401, 0.401, 0.500, 0.636, 0.636, 0.318, 0.500, 0.401, 0.471, 0.612, 0.969, 0.969, 0.969, 0.531, // U+00B0 to U+00BF
	0.684, 0.684, 0.684, 0.684, 0.684, 0.684, 0.974, 0.698, 0.632, 0.632, 0.632, 0.632, 0.295, 0.295, 0.295, 0.295, // U+00C0 to U+00CF
	0.775, 0.748, 0.787, 0.787, 0.787, 0.787, 0.787, 0.838, 0.787, 0.732, 0.732, 0.732, 0.732, 0.611, 0.605, 0.630, // U+00D0 to U+00DF
	0.613, 0.613, 0.613, 0.613, 0.613, 0.613, 0.982, 0.550, 0.615, 0.615, 0.615, 0.615, 0.278, 0.278, 0.278, 0.278, // U+00E0 to U+00EF
	0.612, 0.634, 0.612, 0.612, 0.612, 0.612, 0.612, 0.838, 0.612, 0.634, 0.634, 0.634, 0.634, 0.592, 0.635, 0.592, // U+00F0 to U+00FF
	0.684, 0.613, 0.684, 0.613, 0.684, 0.613, 0.698, 0.550, 0.698, 0.550, 0.698, 0.550, 0.698, 0.550, 0.770, 0.635, // U+0100 to U+010F
	0.775, 0.635, 0.632, 0.615, 0.632, 0.615, 0.632, 0.615, 0.632, 0.615, 0.632, 0.615, 0.775, 0.635, 0.775, 0.635, // U+0110 to U+011F
	0.775, 0.635, 0.775, 0.635, 0.752, 0.634, 0.916, 0.695, 0.295, 0.278, 0.295, 0.278, 0.295, 0.278, 0.295, 0.278, // U+0120 to U+012F
	0.295, 0.278, 0.590, 0.556, 0.295, 0.278, 0.656, 0.579, 0.579, 0.557, 0.278, 0.557, 0.278, 0.557, 0.375, 0.557, // U+0130 to U+013F
	0.342, 0.562, 0.284, 0.748, 0.634, 0.748, 0.634, 0.748, 0.634, 0.813, 0.748, 0.634, 0.787, 0.612, 0.787, 0.612, // U+0140 to U+014F
	0.787, 0.612, 1.070, 1.023, 0.695, 0.411, 0.695, 0.411, 0.695, 0.411, 0.635, 0.521, 0.635, 0.521, 0.635, 0.521, // U+0150 to U+015F
	0.635, 0.521, 0.611, 0.392, 0.611, 0.392, 0.611, 0.392, 0.732, 0.634, 0.732, 0.634, 0.732, 0.634, 0.732, 0.634, // U+0160 to U+016F
	0.732, 0.634, 0.732, 0.634, 0.989, 0.818, 0.611, 0.592, 0.611, 0.685, 0.525, 0.685, 0.525, 0.685, 0.525, 0.352, // U+0170 to U+017F
}

// cyrillicEm are DejaVu Sans's advance widths of the basic Cyrillic block,
// U+0400 to U+045F, in em. Its letters run from 0.52 em (г) to 1.09 em
// (Щ), so one average width would cut a name heavy in ж, ш or щ.
var cyrillicEm = [...]float64{
	0.632, 0.632, 0.786, 0.610, 0.698, 0.635, 0.295, 0.295, 0.295, 1.094, 1.045, 0.786, 0.710, 0.748, 0.609, 0.752, // U+0400 to U+040F
	0.684, 0.686, 0.686, 0.610, 0.781, 0.632, 1.077, 0.641, 0.748, 0.748, 0.710, 0.752, 0.863, 0.752, 0.787, 0.752, // U+0410 to U+041F
	0.603, 0.698, 0.611, 0.609, 0.861, 0.685, 0.776, 0.686, 1.069, 1.094, 0.833, 0.882, 0.686, 0.698, 1.080, 0.695, // U+0420 to U+042F
	0.613, 0.617, 0.589, 0.525, 0.691, 0.615, 0.901, 0.532, 0.650, 0.650, 0.604, 0.639, 0.754, 0.654, 0.612, 0.654, // U+0430 to U+043F
	0.635, 0.550, 0.583, 0.592, 0.855, 0.592, 0.681, 0.591, 0.915, 0.942, 0.707, 0.790, 0.589, 0.549, 0.842, 0.602, // U+0440 to U+044F
	0.615, 0.615, 0.625, 0.525, 0.549, 0.521, 0.278, 0.278, 0.278, 0.902, 0.898, 0.652, 0.604, 0.650, 0.592, 0.654, // U+0450 to U+045F
}

// runeEm is the advance width of r in DejaVu Sans, in em: from the tables
// for ASCII, Latin and Cyrillic, else by kind, erring wide.
func runeEm(r rune) float64 {
	switch {
	case r >= 0x20 && r <= 0x7e:
		return asciiEm[r-0x20]
	case r >= 0xa0 && r <= 0x17f:
		return latinEm[r-0xa0]
	case r >= 0x400 && r <= 0x45f:
		return cyrillicEm[r-0x400]
	case r == '’' || r == '‘':
		return 0.318
	case r == '“' || r == '”':
		return 0.52
	case r == '−' || r == '←' || r == '→' || r == '≥' || r == '≤':
		return 0.838
	case r == '…' || r == '—':
		return 1.0
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r >= 0x2e80 && r < 0xa000 || r >= 0xf900 && r < 0xfb00 || r >= 0x1f000:
		return 1.0
	}
	return 0.75
}

// fitLabel cuts s, with "…", to at most px wide; it returns s whole when
// it fits.
func fitLabel(s string, px, size float64, bold bool) string {
	if textPx(s, size, bold) <= px {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		c := strings.TrimSpace(string(r[:n])) + "…"
		if textPx(c, size, bold) <= px {
			return c
		}
	}
	return "…"
}

// barChart is a horizontal bar chart, grouped under header rows, with a
// zero line across each group's bars (never through a header): bars left
// of it are negative.
type barChart struct {
	Name          string
	Width, Height int
	LabelX, TextX int // right edge of the labels, left edge of the numbers
	Zero          int
	Bottom        int
	Spans         []span // the vertical extent of each run of bars
	Ticks         []tick
	Refs          []tick // dashed reference lines, such as z = 1.96
	Rows          []barRow
	LeftCaption   string // ending left of the zero line
	RightCaption  string // starting right of it
}

type span struct{ Y1, Y2 int }

type tick struct {
	X     int
	Label string
}

type barRow struct {
	Header bool
	Weak   bool // a weaker finding, drawn light
	Y      int  // baseline of the row's text
	Label  string
	Title  string // the whole label where Label was cut
	Class  string
	Mark   string // a header's swatch: the outlet's shape
	Href   string
	X, W   int
	BarY   int
	BarH   int
	Text   string
}

// barIn is a row to lay out.
type barIn struct {
	Header bool
	Weak   bool
	Label  string
	Class  string
	Mark   string
	Href   string
	Value  float64
	Text   string
}

// barSpec is a bar chart to lay out: its rows over the domain [Lo, Hi],
// which must hold 0, dashed lines at ±Ref (none when 0), and the captions
// either side of the zero line.
type barSpec struct {
	Name        string
	Rows        []barIn
	Lo, Hi, Ref float64
	Left, Right string
}

// barCharts lays a chart out as one or, past maxChartRows rows, several
// that break at headers, all on the same scale and as wide as the widest.
func barCharts(spec barSpec) []barChart {
	name, rows, left, right := spec.Name, spec.Rows, spec.Left, spec.Right
	lo, hi := math.Min(spec.Lo, 0), math.Max(spec.Hi, 0)
	if hi-lo < 1e-12 {
		hi = 1
	}
	// The columns, from the widest text of all the rows.
	labelW, textW, headW := 0.0, 0.0, 0.0
	for _, r := range rows {
		if r.Header {
			headW = math.Max(headW, textPx(r.Mark+" "+r.Label, headSize, true))
			continue
		}
		labelW = math.Max(labelW, textPx(r.Label, fontSize, false))
		textW = math.Max(textW, textPx(r.Text, fontSize, false))
	}
	labelW = math.Min(labelW, maxLabelPx)
	labelX := 6 + int(labelW)
	plotLeft := labelX + gap
	scale := float64(plotWidth) / (hi - lo)
	xOf := func(v float64) int { return plotLeft + int(math.Round((v-lo)*scale)) }
	zero := xOf(0)
	textX := plotLeft + plotWidth + 6
	width := textX + int(textW) + 6
	width = max(width, minChartW, 4+int(math.Min(headW, maxHeadPx)), zero+4+int(textPx(right, fontSize, false))+4)
	// A header spans the chart: cut it to the chart's width.
	headPx := float64(width - 8)

	ticks := []tick{}
	for _, v := range []float64{lo, 0, hi} {
		if v == 0 && (lo == 0 || hi == 0) && len(ticks) > 0 {
			continue
		}
		ticks = append(ticks, tick{X: xOf(v), Label: fmtTick(v)})
	}
	refs := []tick{}
	for _, v := range []float64{-spec.Ref, spec.Ref} {
		if spec.Ref > 0 && v > lo && v < hi {
			refs = append(refs, tick{X: xOf(v), Label: fmtTick(v)})
		}
	}

	// A tick label that a reference label would cover gives way.
	ticks = slices.DeleteFunc(ticks, func(t tick) bool {
		return slices.ContainsFunc(refs, func(rf tick) bool { return abs(t.X-rf.X) < 34 })
	})

	// Cut rows into charts at headers, each at most maxChartRows rows.
	var parts [][]barIn
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && !rows[j].Header {
			j++
		}
		group := rows[i:j]
		for len(group) > 0 {
			n := min(len(group), maxChartRows)
			if last := len(parts) - 1; last >= 0 && len(parts[last])+n <= maxChartRows && group[0].Header {
				parts[last] = append(parts[last], group[:n]...)
			} else {
				parts = append(parts, append([]barIn(nil), group[:n]...))
			}
			group = group[n:]
			if len(group) > 0 && rows[i].Header {
				cont := rows[i]
				cont.Label += " (continued)"
				group = append([]barIn{cont}, group...)
			}
		}
		i = j
	}
	var out []barChart
	for k, part := range parts {
		c := barChart{Name: name, Width: width, LabelX: labelX, TextX: textX, Zero: zero, LeftCaption: left, RightCaption: right}
		if len(parts) > 1 {
			c.Name = fmt.Sprintf("%s (part %d of %d)", name, k+1, len(parts))
		}
		y := 4
		open := -1 // the top of the run of bars being drawn
		for _, r := range part {
			row := barRow{Header: r.Header, Weak: r.Weak, Class: r.Class, Mark: r.Mark, Href: r.Href, Text: r.Text}
			if r.Header {
				if open >= 0 {
					c.Spans = append(c.Spans, span{open, y + 2})
					open = -1
				}
				row.Label = fitLabel(r.Label, headPx-textPx(r.Mark+" ", headSize, true), headSize, true)
				y += headHeight
				row.Y = y - 7
			} else {
				if open < 0 {
					open = y + 1
				}
				row.Label = fitLabel(r.Label, labelW, fontSize, false)
				y += rowHeight
				row.Y = y - 5
				row.BarY, row.BarH = y-rowHeight+3, rowHeight-6
				v := math.Max(lo, math.Min(hi, r.Value))
				a, b := xOf(math.Min(0, v)), xOf(math.Max(0, v))
				if b-a < 1 && v != 0 {
					b = a + 1
				}
				row.X, row.W = a, b-a
			}
			if row.Label != r.Label {
				row.Title = r.Label // the label was cut: the whole of it as a tooltip
			}
			c.Rows = append(c.Rows, row)
		}
		if open >= 0 {
			c.Spans = append(c.Spans, span{open, y + 2})
		}
		c.Bottom = y + 2
		c.Height = y + axisHeight
		c.Ticks, c.Refs = ticks, refs
		c.LeftCaption = fitLabel(left, float64(zero-10), fontSize, false)
		out = append(out, c)
	}
	return out
}

// maxHeadPx is the widest a header may make a chart; a longer one is cut.
const maxHeadPx = 640

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func fmtTick(v float64) string {
	if v == 0 {
		return "0"
	}
	if math.Abs(v) >= 10 || v == math.Trunc(v) {
		return fmt.Sprintf("%+.0f", v)
	}
	return fmt.Sprintf("%+.1f", v)
}

// cutLabel cuts s to n runes, the last an ellipsis.
func cutLabel(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// headline is a report's title: how many outlets framed how many events.
// It counts the outlets that reported them: most of a store's outlets did
// not report one event chosen from it.
func headline(r *compare.Result) string {
	return fmt.Sprintf("How %s framed %s", plural(len(shownOutlets(r)), "outlet"), plural(len(r.Events), "event"))
}

// shownOutlets are the outlets a report shows: those that reported its
// events, or every outlet of a comparison without events.
func shownOutlets(r *compare.Result) map[string]bool {
	seen := map[string]bool{}
	for _, ev := range r.Events {
		for _, o := range ev.Outlets {
			seen[o] = true
		}
	}
	if len(r.Events) == 0 {
		for _, o := range r.Outlets {
			seen[o] = true
		}
	}
	return seen
}

// plural writes "1 quote", "2 quotes".
func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %ss", n, one)
}

// render executes one chart template into HTML. The template is
// html/template, so every label is escaped; the result is safe to embed.
func render(name string, data any) template.HTML {
	var b bytes.Buffer
	if err := htmlTemplate.ExecuteTemplate(&b, name, data); err != nil {
		// The templates are fixed and their data built here: a failure is
		// a programmer error, caught by the tests.
		panic("report: chart " + name + ": " + err.Error())
	}
	return template.HTML(b.String())
}

// renderBars lays out and draws a bar chart, in as many parts as it takes.
func renderBars(spec barSpec) template.HTML {
	if len(spec.Rows) == 0 {
		return ""
	}
	var b strings.Builder
	for _, c := range barCharts(spec) {
		b.WriteString(string(render("bars", c)))
	}
	return template.HTML(b.String())
}

// header is a group's header row for an outlet, with its swatch.
func header(o outletRef, label string) barIn {
	return barIn{Header: true, Label: label, Class: o.Class, Mark: o.Mark}
}

// termsChart draws each outlet's terms of one kind by z, with counts: the
// first n of each outlet, or all when n is 0. A weaker finding's bar is
// drawn light.
func termsChart(name string, groups []termGroup, n int) template.HTML {
	var rows []barIn
	lo, hi := 0.0, 2.5
	for _, g := range groups {
		rows = append(rows, header(g.Outlet, g.Outlet.Name))
		for _, t := range g.Terms[:firstN(n, len(g.Terms))] {
			rows = append(rows, barIn{Label: t.Term.Term, Class: g.Outlet.Class, Weak: !t.Strong, Href: "#" + t.Anchor, Value: t.Z,
				Text: fmt.Sprintf("z %s · %d vs %d", fmtZ(t.Z, t.Strong), t.Count, t.OthersCount)})
			lo, hi = math.Min(lo, t.Z), math.Max(hi, t.Z)
		}
	}
	return renderBars(barSpec{Name: name, Rows: rows, Lo: lo, Hi: hi, Ref: 1.96, Right: "z →"})
}

// pairChart draws the terms of a pair of outlets: right for A, left for B.
func pairChart(p compare.Pair, ref func(string) outletRef) template.HTML {
	if len(p.Terms) == 0 {
		return ""
	}
	a, b := ref(p.A), ref(p.B)
	var rows []barIn
	m := 2.5
	for _, t := range p.Terms {
		cls, n := a.Class, fmt.Sprintf("%d vs %d", t.CountA, t.CountB)
		if t.Z < 0 {
			cls = b.Class
		}
		rows = append(rows, barIn{Label: t.Term, Class: cls, Weak: !strongPair(t), Value: t.Z, Text: fmt.Sprintf("z %s · %s", fmtZ(t.Z, strongPair(t)), n)})
		m = math.Max(m, math.Abs(t.Z))
	}
	return renderBars(barSpec{Name: "Terms that set " + p.A + " and " + p.B + " apart", Rows: rows, Lo: -m, Hi: m, Ref: 1.96,
		Left: "← more in " + p.B, Right: "more in " + cutLabel(p.A, 40) + " →"})
}

// quoteChart draws, per outlet, each speaker's share of its quoted words.
func quoteChart(qs []compare.OutletQuotes, ref func(string) outletRef) template.HTML {
	var rows []barIn
	for _, q := range qs {
		o := ref(q.Outlet)
		rows = append(rows, header(o, fmt.Sprintf("%s: %s, %s", q.Outlet, plural(q.Quotes, "quote"), plural(q.Words, "word"))))
		for _, s := range q.Speakers {
			rows = append(rows, barIn{Label: speakerName(s.Name), Class: o.Class, Value: s.Share,
				Text: fmt.Sprintf("%s · %s · %s", pct(s.Share), plural(s.Words, "word"), plural(s.Quotes, "quote"))})
		}
	}
	return renderBars(barSpec{Name: "Share of each outlet's quoted words by speaker", Rows: rows, Lo: 0, Hi: 1, Right: "share of its quoted words →"})
}

// entityToneChart draws the mean tone toward each entity, per outlet.
func entityToneChart(ts []compare.EntityTone, ref func(string) outletRef) template.HTML {
	var rows []barIn
	last := ""
	for _, t := range ts {
		if t.Entity != last || len(rows) == 0 {
			rows = append(rows, barIn{Header: true, Label: t.Entity, Class: "ox", Mark: shapes[0]})
			last = t.Entity
		}
		read := plural(t.Mentions, "mention")
		if t.References > 0 {
			read += ", " + plural(t.References, "pronoun")
		}
		rows = append(rows, barIn{Label: t.Outlet, Class: ref(t.Outlet).Class, Value: t.Mean,
			Text: fmt.Sprintf("%+.2f %s · %s", t.Mean, stanceOf(t), read)})
	}
	return renderBars(barSpec{Name: "Mean tone toward each entity, per outlet, mention by mention", Rows: rows, Lo: -1, Hi: 1,
		Left: "← negative", Right: "positive →"})
}

// lexiconChart draws each framing category's rate per outlet.
func lexiconChart(ls []compare.LexiconCount, ref func(string) outletRef) template.HTML {
	var rows []barIn
	hi := 0.0
	last := ""
	for _, l := range ls {
		if l.Category != last || len(rows) == 0 {
			rows = append(rows, barIn{Header: true, Label: l.Category, Class: "ox", Mark: shapes[0]})
			last = l.Category
		}
		rows = append(rows, barIn{Label: l.Outlet, Class: ref(l.Outlet).Class, Weak: !strongLexicon(l), Value: l.Rate,
			Text: fmt.Sprintf("%.1f per 1,000 words · %s · z %s", l.Rate, plural(l.Count, "use"), fmtZ(l.Z, strongLexicon(l)))})
		hi = math.Max(hi, l.Rate)
	}
	return renderBars(barSpec{Name: "Framing lexicon categories per outlet, per 1,000 words", Rows: rows, Lo: 0, Hi: hi, Right: "uses per 1,000 words →"})
}

// toneChart is per outlet a stacked bar of negative, neutral and positive
// sentences and the histogram of their compound scores.
type toneLayout struct {
	Name          string
	Caption       string
	Width, Height int
	Rows          []toneRow
	BarLeft       int
	Hist          bool
	HistLeft      int
	HistMid       int
	HistRight     int
	AxisY         int
}

type toneRow struct {
	Label, Class string
	Title        string // the whole label where Label was cut
	Y            int
	LabelX       int
	TextX        int
	Segs         []toneSeg
	Bins         []toneBin
	Text         string
}

type toneSeg struct {
	X, Y, W, H   int
	TextX, TextY int
	Class        string
	Label        string // shown inside when it fits
	Title        string
}

type toneBin struct {
	X, Y, W, H int
	Class      string
	Title      string
}

// Layout of the tone chart.
const (
	toneRowHeight = 34
	toneBarLeft   = 150
	toneBarWidth  = 240
	toneHistLeft  = 410
	toneBinWidth  = 15
	toneTextLeft  = 566
	toneCaption   = "share of sentences: neg · neu · pos"
)

// toneChart draws the tone of each outlet; hist adds the histogram of
// compound scores beside the shares (left out of large reports for size).
func toneChart(ts []compare.Tone, ref func(string) outletRef, hist bool) template.HTML {
	if len(ts) == 0 {
		return ""
	}
	c := toneLayout{Name: "Tone of each outlet's sentences: shares and distribution of VADER compound scores",
		BarLeft: toneBarLeft, HistLeft: toneHistLeft, Width: minChartW, Caption: toneCaption}
	bins := frame.ToneBins
	c.HistRight = toneHistLeft + bins*toneBinWidth
	c.HistMid = toneHistLeft + bins*toneBinWidth/2
	peak := 1
	for _, t := range ts {
		for _, n := range t.Histogram {
			peak = max(peak, n)
		}
	}
	y := 6
	for _, t := range ts {
		o := ref(t.Outlet)
		row := toneRow{Label: fitLabel(t.Outlet, toneBarLeft-10, fontSize, false), Class: o.Class, Y: y + 21, LabelX: toneBarLeft - 6, TextX: toneTextLeft,
			Text: fmt.Sprintf("mean %+.2f · %d sentences", t.Mean, t.Sentences)}
		if row.Label != t.Outlet {
			row.Title = t.Outlet
		}
		if !hist {
			// No histogram and no table beside the chart: the numbers go
			// where the histogram would be.
			row.TextX = toneHistLeft
			row.Text = fmt.Sprintf("mean %+.2f · neg %s · neu %s · pos %s · %d sentences", t.Mean, pct(t.Negative), pct(t.Neutral), pct(t.Positive), t.Sentences)
		}
		c.Width = max(c.Width, row.TextX+int(textPx(row.Text, fontSize, false))+6)
		x := toneBarLeft
		for _, s := range []struct {
			share       float64
			class, name string
		}{{t.Negative, "tneg", "neg"}, {t.Neutral, "tneu", "neu"}, {t.Positive, "tpos", "pos"}} {
			w := int(math.Round(s.share * toneBarWidth))
			if w <= 0 {
				continue
			}
			seg := toneSeg{X: x, Y: y + 8, W: w, H: 18, TextX: x + w/2, TextY: y + 21, Class: s.class,
				Title: fmt.Sprintf("%s %s", s.name, pct(s.share))}
			switch {
			case !hist:
				seg.Title = "" // the numbers are in the text beside the bar
			case float64(w) >= textPx(seg.Title, fontSize, true)+6:
				seg.Label, seg.Title = seg.Title, ""
			}
			row.Segs = append(row.Segs, seg)
			x += w
		}
		for i, n := range t.Histogram {
			if !hist {
				break
			}
			h := 0
			if n > 0 {
				h = max(1, int(math.Round(float64(n)/float64(peak)*26)))
			}
			lo := -1 + 2*float64(i)/float64(bins)
			row.Bins = append(row.Bins, toneBin{X: toneHistLeft + i*toneBinWidth, Y: y + 30 - h, W: toneBinWidth - 2, H: h, Class: o.Class,
				Title: fmt.Sprintf("%s with tone %+.1f to %+.1f", plural(n, "sentence"), lo, lo+2/float64(bins))})
		}
		c.Rows = append(c.Rows, row)
		y += toneRowHeight
	}
	c.Hist = hist
	if hist {
		c.Width = max(c.Width, c.HistRight+12+int(textPx("compound score", fontSize, false))+6)
	}
	c.Width = max(c.Width, toneBarLeft+int(textPx(toneCaption, fontSize, false))+6)
	c.AxisY = y + 12
	c.Height = y + 20
	return render("tone", c)
}

// heatMap is an outlet-by-outlet matrix drawn as shaded cells with their
// values; outlets are numbered in the column heads and named in the rows.
type heatMap struct {
	Name          string
	Caption       string
	CaptionY      int
	Width, Height int
	Cols          []tick
	Rows          []heatRow
	HeadY         int
}

type heatRow struct {
	Label, Class string
	Mark         string
	Title        string // the whole label where Label was cut
	Y            int
	LabelX       int
	Cells        []heatCell
}

type heatCell struct {
	X, Y, W, H int
	Opacity    string
	Text       string
	TextX      int
	TextY      int
	Dark       bool
}

const (
	heatLabelWidth = 220
	heatSize       = 46
)

// heatMapChart draws a square matrix in [0, 1]. invert shades low values
// darker, for a divergence, so that darker always means more alike.
func heatMapChart(name, caption string, outlets []string, m [][]float64, invert bool, ref func(string) outletRef) template.HTML {
	n := len(outlets)
	if n < 2 || len(m) != n {
		return ""
	}
	for _, row := range m {
		if len(row) != n {
			return ""
		}
	}
	c := heatMap{Name: name, HeadY: 16, Caption: caption + "; darker is more alike"}
	c.Width = max(heatLabelWidth+n*heatSize+8, 4+int(textPx(c.Caption, fontSize, false))+6)
	for j := range outlets {
		c.Cols = append(c.Cols, tick{X: heatLabelWidth + j*heatSize + heatSize/2, Label: fmt.Sprint(j + 1)})
	}
	y := 24
	for i, o := range outlets {
		label := fmt.Sprintf("%d %s", i+1, o)
		row := heatRow{Label: fitLabel(label, heatLabelWidth-26, fontSize, false), Class: ref(o).Class, Mark: ref(o).Mark, Y: y + heatSize/2 + 5,
			LabelX: heatLabelWidth - 8}
		for j := range outlets {
			v := math.Max(0, math.Min(1, m[i][j]))
			shade := v
			if invert {
				shade = 1 - v
			}
			shade = 0.06 + 0.84*shade
			row.Cells = append(row.Cells, heatCell{
				X: heatLabelWidth + j*heatSize, Y: y, W: heatSize - 2, H: heatSize - 2,
				Opacity: fmt.Sprintf("%.2f", shade), Text: fmt.Sprintf("%.2f", m[i][j]),
				TextX: heatLabelWidth + j*heatSize + heatSize/2 - 1, TextY: y + heatSize/2 + 4, Dark: shade > 0.55,
			})
		}
		if row.Label != label {
			row.Title = label
		}
		c.Rows = append(c.Rows, row)
		y += heatSize
	}
	c.CaptionY = y + 16
	c.Height = y + 24
	return render("heat", c)
}

// articleOutlets is how many outlets the result's articles come from.
// A comparison of chosen events (--event) lists only their articles, while
// r.Outlets names every outlet compared: its header had said "2 articles
// from 25 outlets" of a two-article event.
func articleOutlets(r *compare.Result) int {
	seen := map[string]bool{}
	for _, a := range r.Articles {
		seen[a.Outlet] = true
	}
	return len(seen)
}

// outletsPhrase is "25 outlets", or "2 outlets (of 25 compared)" when the
// articles listed come from fewer outlets than were compared.
func outletsPhrase(r *compare.Result) string {
	if n := articleOutlets(r); n < len(r.Outlets) {
		return fmt.Sprintf("%s (of %d compared)", plural(n, "outlet"), len(r.Outlets))
	}
	return plural(len(r.Outlets), "outlet")
}

// outletsFigure is outletsPhrase's count for a table of sizes: "25", or
// "2 of 25 compared".
func outletsFigure(r *compare.Result) string {
	if n := articleOutlets(r); n < len(r.Outlets) {
		return fmt.Sprintf("%d of %d compared", n, len(r.Outlets))
	}
	return fmt.Sprint(len(r.Outlets))
}
