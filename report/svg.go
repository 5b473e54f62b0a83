package report

import (
	"bytes"
	"fmt"
	"html/template"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
)

// Charts are inline SVG, drawn from the result by the templates in
// templates/charts.svg.tmpl: this file only lays them out. Every bar carries
// its number as text beside it and every colour its name as a label, so no
// chart depends on colour alone; the colours are the Okabe-Ito palette,
// which stays distinct under the common colour-vision deficiencies (Okabe &
// Ito 2008). Bars link to the drill-down where there is one.

// okabeIto is the palette, in the order outlets take it (black last). The
// CSS classes o0..o7 hold the same colours.
var okabeIto = []string{"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000"}

// Layout of a bar chart, in SVG user units (the chart scales to its box).
const (
	chartWidth  = 720
	labelWidth  = 200 // term or outlet names, right-aligned before the plot
	plotLeft    = 210
	plotRight   = 560
	textLeft    = 566 // the number beside each row
	rowHeight   = 18
	headHeight  = 24
	axisHeight  = 26
	maxLabelLen = 30 // runes of a label before it is cut with "…"
)

// barChart is a horizontal bar chart, grouped under header rows, with a
// zero line: bars left of it are negative.
type barChart struct {
	Name          string
	Width, Height int
	LabelX, TextX int // right edge of the labels, left edge of the numbers
	Zero          int
	Top, Bottom   int
	Ticks         []tick
	Refs          []tick // dashed reference lines, such as z = 1.96
	Rows          []barRow
	LeftCaption   string
	RightCaption  string
}

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
	Href   string
	Value  float64
	Text   string
}

// newBarChart lays rows out over the domain [lo, hi], which must hold 0.
func newBarChart(name string, rows []barIn, lo, hi float64) barChart {
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	if hi-lo < 1e-12 {
		hi = 1
	}
	scale := float64(plotRight-plotLeft) / (hi - lo)
	xOf := func(v float64) int { return plotLeft + int(math.Round((v-lo)*scale)) }
	c := barChart{Name: name, Width: chartWidth, LabelX: labelWidth, TextX: textLeft, Zero: xOf(0), Top: 4}
	y := 4
	for _, r := range rows {
		row := barRow{Header: r.Header, Weak: r.Weak, Label: cutLabel(r.Label, maxLabelLen), Class: r.Class, Href: r.Href, Text: r.Text}
		if r.Header {
			row.Label = cutLabel(r.Label, 2*maxLabelLen) // a header spans the chart
		}
		if row.Label != r.Label {
			row.Title = r.Label // the label was cut: the whole of it as a tooltip
		}
		if r.Header {
			y += headHeight
			row.Y = y - 6
			c.Rows = append(c.Rows, row)
			continue
		}
		y += rowHeight
		row.Y = y - 5
		row.BarY, row.BarH = y-rowHeight+3, rowHeight-6
		v := math.Max(lo, math.Min(hi, r.Value))
		a, b := xOf(math.Min(0, v)), xOf(math.Max(0, v))
		if b-a < 1 && v != 0 {
			b = a + 1
		}
		row.X, row.W = a, b-a
		c.Rows = append(c.Rows, row)
	}
	c.Bottom = y + 2
	c.Height = y + axisHeight
	for _, v := range []float64{lo, 0, hi} {
		if v == 0 && (lo == 0 || hi == 0) && len(c.Ticks) > 0 {
			continue
		}
		c.Ticks = append(c.Ticks, tick{X: xOf(v), Label: fmtTick(v)})
	}
	return c
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

// termsChart draws each outlet's terms of one kind by z, with counts: the
// first n of each outlet, or all when n is 0. A weaker finding's bar is
// drawn light.
func termsChart(name string, groups []termGroup, n int) template.HTML {
	var rows []barIn
	lo, hi := 0.0, 2.5
	for _, g := range groups {
		rows = append(rows, barIn{Header: true, Label: g.Outlet.Name, Class: g.Outlet.Class})
		for _, t := range g.Terms[:firstN(n, len(g.Terms))] {
			rows = append(rows, barIn{Label: t.Term.Term, Class: g.Outlet.Class, Weak: !t.Strong, Href: "#" + t.Anchor, Value: t.Z,
				Text: fmt.Sprintf("z %s · %d vs %d", fmtZ(t.Z, t.Strong), t.Count, t.OthersCount)})
			lo, hi = math.Min(lo, t.Z), math.Max(hi, t.Z)
		}
	}
	if len(rows) == 0 {
		return ""
	}
	c := newBarChart(name, rows, lo, hi)
	c.Refs = refLines(lo, hi, 1.96)
	c.RightCaption = "z (count here vs in the other outlets); dashed: |z| = 1.96; light: weaker"
	return render("bars", c)
}

// refLines places dashed lines at ±at where they fall inside the domain.
func refLines(lo, hi, at float64) []tick {
	scale := float64(plotRight-plotLeft) / (hi - lo)
	var out []tick
	for _, v := range []float64{-at, at} {
		if v > lo && v < hi {
			out = append(out, tick{X: plotLeft + int(math.Round((v-lo)*scale)), Label: fmtTick(v)})
		}
	}
	return out
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
	c := newBarChart("Terms that set "+p.A+" and "+p.B+" apart", rows, -m, m)
	c.Refs = refLines(-m, m, 1.96)
	c.LeftCaption = "← more in " + cutLabel(p.B, maxLabelLen)
	c.RightCaption = "more in " + cutLabel(p.A, maxLabelLen) + " →"
	return render("bars", c)
}

// quoteChart draws, per outlet, each speaker's share of its quoted words.
func quoteChart(qs []compare.OutletQuotes, ref func(string) outletRef) template.HTML {
	var rows []barIn
	for _, q := range qs {
		o := ref(q.Outlet)
		rows = append(rows, barIn{Header: true, Label: fmt.Sprintf("%s: %s, %s", q.Outlet, plural(q.Quotes, "quote"), plural(q.Words, "word")), Class: o.Class})
		for _, s := range q.Speakers {
			rows = append(rows, barIn{Label: speakerName(s.Name), Class: o.Class, Value: s.Share,
				Text: fmt.Sprintf("%s · %s · %s", pct(s.Share), plural(s.Words, "word"), plural(s.Quotes, "quote"))})
		}
	}
	if len(rows) == 0 {
		return ""
	}
	c := newBarChart("Share of each outlet's quoted words by speaker", rows, 0, 1)
	c.RightCaption = "share of the outlet's quoted words"
	return render("bars", c)
}

// entityToneChart draws the mean tone toward each entity, per outlet.
func entityToneChart(ts []compare.EntityTone, ref func(string) outletRef) template.HTML {
	var rows []barIn
	last := ""
	for _, t := range ts {
		if t.Entity != last || len(rows) == 0 {
			rows = append(rows, barIn{Header: true, Label: t.Entity, Class: "ox"})
			last = t.Entity
		}
		rows = append(rows, barIn{Label: t.Outlet, Class: ref(t.Outlet).Class, Value: t.Mean,
			Text: fmt.Sprintf("%+.2f %s · %s", t.Mean, t.Stance, plural(t.Mentions, "mention"))})
	}
	if len(rows) == 0 {
		return ""
	}
	c := newBarChart("Mean tone toward each entity, per outlet, mention by mention", rows, -1, 1)
	c.LeftCaption = "← negative"
	c.RightCaption = "positive → (mean P(pos) − P(neg) per mention)"
	return render("bars", c)
}

// lexiconChart draws each framing category's rate per outlet.
func lexiconChart(ls []compare.LexiconCount, ref func(string) outletRef) template.HTML {
	var rows []barIn
	hi := 0.0
	last := ""
	for _, l := range ls {
		if l.Category != last || len(rows) == 0 {
			rows = append(rows, barIn{Header: true, Label: l.Category, Class: "ox"})
			last = l.Category
		}
		rows = append(rows, barIn{Label: l.Outlet, Class: ref(l.Outlet).Class, Value: l.Rate,
			Text: fmt.Sprintf("%.1f per 1,000 words · %s · z %s", l.Rate, plural(l.Count, "use"), fmtZ(l.Z, strongLexicon(l)))})
		hi = math.Max(hi, l.Rate)
	}
	if len(rows) == 0 {
		return ""
	}
	c := newBarChart("Framing lexicon categories per outlet, per 1,000 words", rows, 0, hi)
	c.RightCaption = "uses per 1,000 words"
	return render("bars", c)
}

// toneChart is per outlet a stacked bar of negative, neutral and positive
// sentences and the histogram of their compound scores.
type toneLayout struct {
	Name          string
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
)

// toneChart draws the tone of each outlet; hist adds the histogram of
// compound scores beside the shares (left out of large reports for size).
func toneChart(ts []compare.Tone, ref func(string) outletRef, hist bool) template.HTML {
	if len(ts) == 0 {
		return ""
	}
	c := toneLayout{Name: "Tone of each outlet's sentences: shares and distribution of VADER compound scores", Width: chartWidth,
		BarLeft: toneBarLeft, HistLeft: toneHistLeft}
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
		row := toneRow{Label: cutLabel(t.Outlet, maxLabelLen), Class: o.Class, Y: y + 21, LabelX: toneBarLeft - 6, TextX: toneTextLeft,
			Text: fmt.Sprintf("mean %+.2f · %d sentences", t.Mean, t.Sentences)}
		if !hist {
			// No histogram and no table beside the chart: the numbers go
			// where the histogram would be.
			row.TextX = toneHistLeft
			row.Text = fmt.Sprintf("mean %+.2f · neg %s · neu %s · pos %s · %d sentences", t.Mean, pct(t.Negative), pct(t.Neutral), pct(t.Positive), t.Sentences)
		}
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
			case w >= 56:
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
				Title: fmt.Sprintf("%d sentences with tone %+.1f to %+.1f", n, lo, lo+2/float64(bins))})
		}
		c.Rows = append(c.Rows, row)
		y += toneRowHeight
	}
	c.Hist = hist
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
	Y            int
	LabelX       int
	SwatchY      int
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
	c := heatMap{Name: name, HeadY: 16, Caption: caption}
	c.Width = max(520, heatLabelWidth+n*heatSize+8) // room for the caption
	for j := range outlets {
		c.Cols = append(c.Cols, tick{X: heatLabelWidth + j*heatSize + heatSize/2, Label: fmt.Sprint(j + 1)})
	}
	y := 24
	for i, o := range outlets {
		row := heatRow{Label: fmt.Sprintf("%d %s", i+1, cutLabel(o, maxLabelLen)), Class: ref(o).Class, Y: y + heatSize/2 + 5,
			LabelX: heatLabelWidth - 8, SwatchY: y + heatSize/2 - 5}
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
		c.Rows = append(c.Rows, row)
		y += heatSize
	}
	c.CaptionY = y + 16
	c.Height = y + 24
	return render("heat", c)
}
