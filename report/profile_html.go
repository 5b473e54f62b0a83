package report

// The profile as one self-contained HTML page, in the event report's
// style: its CSS inside, allowed by its hash; no script; charts as inline
// SVG; html/template escapes every name and sentence that came from an
// article, and the SVG built here escapes its text itself.

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/compare/profile"
)

//go:embed templates/profile.html.tmpl templates/profile.css
var profileFS embed.FS

var (
	profileCSS      = mustReadProfile("templates/profile.css")
	profileTemplate = template.Must(template.ParseFS(profileFS, "templates/profile.html.tmpl"))
	profilePolicy   = "default-src 'none'; style-src " + profileHash(profileCSS) + "; base-uri 'none'; form-action 'none'"
)

func mustReadProfile(name string) string {
	b, err := profileFS.ReadFile(name)
	if err != nil {
		panic("report: " + err.Error())
	}
	return string(b)
}

func profileHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// profilePage is what the template reads.
type profilePage struct {
	CSP, Generator, Schema     string
	CSS                        template.CSS
	Events, Articles, Undated  int
	Weeks                      string
	MinEvents, MinOutlets, Top int
	Window                     string
	Method, Strong, Caveat     string
	Notes                      []string
	Outlets                    []profileOutletView
	Trends                     []profileTrendView
}

type profileOutletView struct {
	Name, Anchor string
	Events       int
	EventsText   string
	Words        string
	Loaded       *profileRow
	Sections     []profileSection
	Actors       []profileActorRow
	ActorsMore   int
}

type profileSection struct {
	Title, Head string
	Rows        []profileRow
	More        int
}

type profileRow struct {
	Term, Ratio, Interval string
	Forest                template.HTML
	Events, Used          int
	EventsText            string
	Uses, P               string
	Strong                bool
	Examples              []profileExample
}

type profileExample struct{ Event, Before, Mark, After string }

type profileActorRow struct {
	Actor, Mean, Others, Diff, Interval string
	Forest                              template.HTML
	Events                              int
	Mentions, P                         string
	Strong                              bool
}

type profileTrendView struct {
	Anchor, Title, Note string
	Chart               template.HTML
}

// ProfileHTML writes the profile as one self-contained HTML page: how it
// was made and what to be careful of, the chosen terms and actors week by
// week as heat maps, then per outlet its framing terms, loaded words,
// chosen terms and tone toward actors, each with its interval drawn.
func ProfileHTML(w io.Writer, p *profile.Profile, generator string) error {
	pg := profilePage{
		CSP: profilePolicy, Generator: generator, Schema: profile.Schema, CSS: template.CSS(profileCSS),
		Events: p.Events, Articles: p.Articles, Undated: p.Undated,
		MinEvents: p.Params.MinEvents, MinOutlets: p.Params.Compare.MinOutlets, Top: p.Params.Compare.Top,
		Window: time.Duration(p.Params.Compare.Window).String(), Notes: p.Notes,
		Method: profileMethod, Strong: fmt.Sprintf(profileStrong, p.Params.MinEvents), Caveat: profileCaveat,
	}
	if n := len(p.Weeks); n > 0 {
		pg.Weeks = p.Weeks[0]
		if n > 1 {
			pg.Weeks += " to " + p.Weeks[n-1]
		}
	}
	for i, o := range p.Outlets {
		v := profileOutletView{Name: o.Outlet, Anchor: fmt.Sprintf("o%d", i+1), Events: o.Events, EventsText: profPlural(o.Events, "shared event"), Words: profThousands(o.Words)}
		if o.Loaded != nil {
			r := profileRowOf(*o.Loaded)
			v.Loaded = &r
		}
		for _, s := range []struct {
			title, head string
			fs          []profile.Finding
		}{
			{"Framing terms", "Term", o.Framing},
			{"Loaded words", "Word", o.LoadedWords},
			{"Chosen terms", "Term", o.Chosen},
		} {
			if len(s.fs) == 0 {
				continue
			}
			sec := profileSection{Title: s.title, Head: s.head}
			for _, f := range s.fs[:firstN(profileShown, len(s.fs))] {
				sec.Rows = append(sec.Rows, profileRowOf(f))
			}
			sec.More = len(s.fs) - len(sec.Rows)
			v.Sections = append(v.Sections, sec)
		}
		for _, a := range o.Actors[:firstN(profileShown, len(o.Actors))] {
			r := profileActorRow{
				Actor: a.Actor, Mean: profSigned(a.Mean), Others: profSigned(a.OthersMean), Diff: profSigned(a.Diff),
				Interval: "one event: none", Events: a.Events, Strong: a.Strong,
				Mentions: fmt.Sprintf("%d / %d", a.Mentions, a.OthersMentions), P: fmt.Sprintf("%.3f", a.PAdjusted),
			}
			if a.Low != nil {
				r.Interval = profSignedInterval(*a.Low, *a.High)
				r.Forest = forestSVG(toneX(*a.Low), toneX(*a.High), toneX(a.Diff), toneX(0), a.Strong)
			}
			v.Actors = append(v.Actors, r)
		}
		v.ActorsMore = len(o.Actors) - len(v.Actors)
		pg.Outlets = append(pg.Outlets, v)
	}
	for i, tr := range p.Trends {
		v := profileTrendView{Anchor: fmt.Sprintf("t%d", i+1)}
		if tr.Kind == profile.TrendActor {
			v.Title = fmt.Sprintf("Tone toward %s, week by week", tr.Name)
			v.Note = "Each cell: an outlet's tone toward the actor minus the other outlets' in the same events of that ISO week (blue warmer, orange colder than the others), averaged over those events. Solid cells have an interval that excludes no difference; dashed cells do not, or rest on one event. Hover a cell for its interval and mentions."
		} else {
			v.Title = fmt.Sprintf("“%s”, week by week", tr.Name)
			v.Note = "Each cell: how many times an outlet's rate of the term (own voice) is the other outlets' rate in the same events of that ISO week, stratified by event (orange more, blue less). Solid cells have an interval that excludes 1; dashed cells do not. A dash: the outlet had events that week and no one used the term. Hover a cell for its interval and counts."
		}
		v.Chart = trendSVG(p.Weeks, tr)
		pg.Trends = append(pg.Trends, v)
	}
	return profileTemplate.Execute(w, pg)
}

func profileRowOf(f profile.Finding) profileRow {
	r := profileRow{
		Term: f.Term, Events: f.Events, EventsText: profPlural(f.Events, "event"), Used: f.OutletEvents, Strong: f.Strong,
		Uses: fmt.Sprintf("%d / %d", f.Count, f.OthersCount), P: fmt.Sprintf("%.3f", f.PAdjusted),
	}
	if f.Events == 0 {
		r.Ratio, r.Interval, r.P = "–", "not used", ""
	} else {
		r.Ratio, r.Interval = profRatio(f.RateRatio), profInterval(f.Low, f.High)
		r.Forest = forestSVG(ratioX(f.Low), ratioX(f.High), ratioX(f.RateRatio), ratioX(1), f.Strong)
	}
	for _, ex := range f.Examples {
		r.Examples = append(r.Examples, profileExampleOf(ex))
	}
	return r
}

// profileExampleOf splits an example sentence around its term, keeping
// profileContext bytes of context on each side.
func profileExampleOf(ex profile.Example) profileExample {
	text := ex.Text
	ts, te := ex.TermStart-ex.Start, ex.TermEnd-ex.Start
	if ts < 0 || te < ts || te > len(text) || !utf8.ValidString(text[:ts]) || !utf8.ValidString(text[ts:te]) {
		return profileExample{Event: ex.Event, Before: profCutLeft(text, 2*profileContext)}
	}
	return profileExample{Event: ex.Event, Before: profCutRight(text[:ts], profileContext), Mark: text[ts:te], After: profCutLeft(text[te:], profileContext)}
}

// profileContext is the bytes of sentence kept each side of a term.
const profileContext = 160

// profCutLeft keeps the first n bytes of s, at a rune boundary, marking a cut.
func profCutLeft(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// profCutRight keeps the last n bytes of s, at a rune boundary, marking a cut.
func profCutRight(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return "…" + s[i:]
}

// The forest cell: an interval on a small axis, the estimate a dot.
const (
	forestW   = 120
	forestMid = forestW / 2
	forestArm = forestW/2 - 4
)

// ratioX places a rate ratio on a log scale from 1/16 to 16.
func ratioX(r float64) float64 {
	if r <= 0 {
		return forestMid - forestArm
	}
	return forestMid + math.Max(-1, math.Min(1, math.Log2(r)/4))*forestArm
}

// toneX places a tone difference on a linear scale from -1 to 1.
func toneX(d float64) float64 { return forestMid + math.Max(-1, math.Min(1, d))*forestArm }

func forestSVG(lo, hi, est, ref float64, strong bool) template.HTML {
	line, dot := "ci", ""
	if !strong {
		line, dot = "ci weak", ` class="weak"`
	}
	return template.HTML(fmt.Sprintf(`<svg class="forest" width="%d" height="14" viewBox="0 0 %d 14" aria-hidden="true"><line class="ref" x1="%.1f" y1="1" x2="%.1f" y2="13"/><line class="%s" x1="%.1f" y1="7" x2="%.1f" y2="7"/><circle%s cx="%.1f" cy="7" r="3"/></svg>`,
		forestW, forestW, ref, ref, line, lo, hi, dot, est))
}

// trendSVG draws a chosen term or actor week by week: a row per outlet,
// a column per ISO week, each cell coloured by the estimate.
func trendSVG(weeks []string, tr profile.Trend) template.HTML {
	const labelW, cellW, cellH, headH = 180, 72, 22, 22
	var outlets []string
	cells := map[[2]string]profile.Point{}
	for _, pt := range tr.Points {
		if _, ok := cells[[2]string{pt.Outlet, ""}]; !ok {
			cells[[2]string{pt.Outlet, ""}] = pt
			outlets = append(outlets, pt.Outlet)
		}
		cells[[2]string{pt.Outlet, pt.Week}] = pt
	}
	if len(outlets) == 0 {
		return template.HTML(`<p class="muted">No outlet has a matched event with it.</p>`)
	}
	width, height := labelW+cellW*len(weeks)+4, headH+cellH*len(outlets)+4
	esc := template.HTMLEscapeString
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s week by week, per outlet">`, width, height, width, height, esc(tr.Name))
	for j, w := range weeks {
		fmt.Fprintf(&b, `<text class="c head" x="%d" y="%d">%s</text>`, labelW+cellW*j+cellW/2, headH-7, esc(w))
	}
	for i, o := range outlets {
		y := headH + cellH*i
		fmt.Fprintf(&b, `<text class="l" x="%d" y="%d">%s</text>`, labelW-6, y+cellH/2+4, esc(profClip(o, 28)))
		for j, w := range weeks {
			pt, ok := cells[[2]string{o, w}]
			if !ok {
				continue
			}
			x := labelW + cellW*j
			class, opacity, label, sure := "none", 1.0, "–", false
			if pt.Estimate != nil {
				e := *pt.Estimate
				var mag float64
				if tr.Kind == profile.TrendActor {
					label, mag = profSigned(e), math.Abs(e)/0.5
					class = map[bool]string{true: "blue", false: "orange"}[e >= 0]
					sure = pt.Low != nil && (*pt.Low > 0 || *pt.High < 0)
				} else {
					label, mag = profRatio(e), math.Abs(math.Log2(math.Max(e, 1e-9)))/3
					class = map[bool]string{true: "orange", false: "blue"}[e >= 1]
					sure = pt.Low != nil && (*pt.Low > 1 || *pt.High < 1)
				}
				opacity = 0.1 + 0.85*math.Min(1, mag)
			}
			if !sure {
				class += " weak"
			}
			ink := "#1b1b1b"
			if opacity > 0.55 && pt.Estimate != nil {
				ink = "#fff"
			}
			fmt.Fprintf(&b, `<g><title>%s</title><rect class="%s" x="%d" y="%d" width="%d" height="%d" fill-opacity="%.2f"/><text class="c" x="%d" y="%d" fill="%s">%s</text></g>`,
				esc(pointTitle(tr.Kind, pt)), class, x+1, y+1, cellW-2, cellH-2, opacity, x+cellW/2, y+cellH/2+4, ink, esc(label))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// pointTitle is a cell's tooltip: the outlet, the week, the estimate with
// its interval, and what it rests on.
func pointTitle(kind string, pt profile.Point) string {
	s := pt.Outlet + ", " + pt.Week + ": "
	switch {
	case pt.Estimate == nil:
		s += "no use by any outlet"
	case kind == profile.TrendActor:
		s += profSigned(*pt.Estimate)
		if pt.Low != nil {
			s += " (" + profSignedInterval(*pt.Low, *pt.High) + ")"
		}
	default:
		s += profRatio(*pt.Estimate) + " (" + profInterval(*pt.Low, *pt.High) + ")"
	}
	if kind == profile.TrendActor {
		return s + fmt.Sprintf(", %d events, %d mentions against %d", pt.Events, pt.Count, pt.OthersCount)
	}
	return s + fmt.Sprintf(", %d events, %d uses in %d words against %d in %d", pt.Events, pt.Count, pt.Words, pt.OthersCount, pt.OthersWords)
}
