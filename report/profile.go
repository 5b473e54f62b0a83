package report

// The profile report: each outlet's framing across the events it shares
// (compare/profile), in text, JSON, CSV and HTML (profile_html.go). Like
// the event report, it computes nothing: it shows the profile's numbers in
// the profile's order.

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/profile"
)

// ProfileRenderer writes a profile to w in one format; generator names the
// program that made it, as for Renderer.
type ProfileRenderer func(w io.Writer, p *profile.Profile, generator string) error

var (
	_ ProfileRenderer = ProfileText
	_ ProfileRenderer = ProfileJSON
	_ ProfileRenderer = ProfileCSV
	_ ProfileRenderer = ProfileHTML
)

// profileShown is the most findings of one kind the text and HTML list per
// outlet, strong ones first; the JSON and CSV hold them all.
const profileShown = 8

// The profile's method and its limits, as every format states them.
const (
	profileMethod = "Each outlet is compared with the other outlets in the same events, never with the corpus at large, so that what it covers is not taken for how it covers it. A term's ratio is how many times the outlet's rate per word (own voice, not quotes) is the others' rate in the same events, pooled over events by the Mantel-Haenszel rate ratio; tone toward an actor is the outlet's mean tone minus the others' in each event, averaged over the events where both mention the actor. Intervals are 95%."
	profileStrong = "A finding is strong (*) when its Benjamini-Hochberg adjusted p is below 0.05, the side it favours used the term (or both sides mentioned the actor) in at least %d events, and leaving out any one event keeps it on the same side. The others are weaker evidence: read their sentences before drawing anything from them."
)

// profileCaveat is the profile's limits, with the tone model's measured
// agreement.
var profileCaveat = fmt.Sprintf("Framing terms and loaded words come from a small model trained on US political news (BASIL) that finds about one loaded word in six that annotators marked; tone toward an actor comes from a classifier with macro-F1 %.2f. A strong finding says an outlet's wording differs consistently across events; it is a lead to read in its sentences, not a verdict on the outlet.", compare.ToneMacroF1)

// profileJSON is the JSON document: the schema, the generator, then the
// profile.
type profileJSON struct {
	Schema    string `json:"schema"`
	Generator string `json:"generator"`
	*profile.Profile
}

// ProfileJSON writes the profile as indented JSON (schema
// framediff.profile/v1).
func ProfileJSON(w io.Writer, p *profile.Profile, generator string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(profileJSON{Schema: profile.Schema, Generator: generator, Profile: p})
}

// ProfileCSV writes every number of the profile as one long table: one row
// per outlet and finding, then one per outlet, week and chosen term or
// actor. Kind says which: framing, loaded_all, loaded_word, chosen_term,
// actor, week_term, week_actor; measure says what estimate is (rate_ratio
// or tone_diff).
func ProfileCSV(w io.Writer, p *profile.Profile, _ string) error {
	cw := csv.NewWriter(w)
	write := func(rec []string) {
		for i := range rec {
			rec[i] = csvCell(rec[i])
		}
		_ = cw.Write(rec)
	}
	write([]string{"kind", "outlet", "week", "name", "measure", "estimate", "low", "high", "p", "p_adjusted",
		"events", "outlet_events", "others_events", "count", "others_count", "words", "others_words",
		"strong", "stable", "corrected", "events_list"})
	finding := func(kind, outlet string, f profile.Finding) {
		write([]string{kind, outlet, "", f.Term, "rate_ratio", num(f.RateRatio), num(f.Low), num(f.High), num(f.P), num(f.PAdjusted),
			itoa(f.Events), itoa(f.OutletEvents), itoa(f.OthersEvents), itoa(f.Count), itoa(f.OthersCount), itoa(f.Words), itoa(f.OthersWords),
			profYes(f.Strong), profYes(f.Stable), profYes(f.Corrected), strings.Join(f.UsedIn, " ")})
	}
	for _, o := range p.Outlets {
		for _, f := range o.Framing {
			finding("framing", o.Outlet, f)
		}
		if o.Loaded != nil {
			finding("loaded_all", o.Outlet, *o.Loaded)
		}
		for _, f := range o.LoadedWords {
			finding("loaded_word", o.Outlet, f)
		}
		for _, f := range o.Chosen {
			if f.Events == 0 {
				write([]string{"chosen_term", o.Outlet, "", f.Term, "rate_ratio", "", "", "", "", "", "0", "0", "0", "0", "0", itoa(f.Words), itoa(f.OthersWords), "no", "no", "no", ""})
				continue
			}
			finding("chosen_term", o.Outlet, f)
		}
		for _, a := range o.Actors {
			write([]string{"actor", o.Outlet, "", a.Actor, "tone_diff", num(a.Diff), profOptNum(a.Low), profOptNum(a.High), num(a.P), num(a.PAdjusted),
				itoa(a.Events), itoa(a.Events), itoa(a.Events), itoa(a.Mentions), itoa(a.OthersMentions), "", "",
				profYes(a.Strong), profYes(a.Stable), "no", strings.Join(a.In, " ")})
		}
	}
	for _, tr := range p.Trends {
		kind, measure := "week_term", "rate_ratio"
		if tr.Kind == profile.TrendActor {
			kind, measure = "week_actor", "tone_diff"
		}
		for _, pt := range tr.Points {
			words, others := itoa(pt.Words), itoa(pt.OthersWords)
			if tr.Kind == profile.TrendActor {
				words, others = "", ""
			}
			write([]string{kind, pt.Outlet, pt.Week, tr.Name, measure, profOptNum(pt.Estimate), profOptNum(pt.Low), profOptNum(pt.High), "", "",
				itoa(pt.Events), "", "", itoa(pt.Count), itoa(pt.OthersCount), words, others, "", "", "", ""})
		}
	}
	cw.Flush()
	return cw.Error()
}

func profYes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func profOptNum(x *float64) string {
	if x == nil {
		return ""
	}
	return num(*x)
}

// ProfileText writes the profile for a terminal, within 80 columns: per
// outlet its loaded words in all, then its framing terms, loaded words,
// chosen terms and tone toward actors, strong findings first; then the
// chosen terms and actors week by week.
func ProfileText(w io.Writer, p *profile.Profile, generator string) error {
	tw := &profileWriter{w: w}
	tw.wrap("", fmt.Sprintf("Each outlet across the events it shares: %s, %s, %s.",
		profPlural(len(p.Outlets), "outlet"), profPlural(p.Events, "matched event"), profPlural(p.Articles, "article")))
	tw.wrap("", profileMethod)
	tw.wrap("", fmt.Sprintf(profileStrong, p.Params.MinEvents))
	tw.wrap("", profileCaveat)
	for _, n := range p.Notes {
		tw.wrap("Note: ", n)
	}
	for _, o := range p.Outlets {
		tw.line("")
		tw.line("%s", profClip(fmt.Sprintf("== %s: %s, %s words in its own voice", o.Outlet, profPlural(o.Events, "shared event"), profThousands(o.Words)), 80))
		if l := o.Loaded; l != nil {
			tw.line("Loaded words in all: %s the others' rate, %s, %s%s", profRatio(l.RateRatio), profInterval(l.Low, l.High), profPlural(l.Events, "event"), profStar(l.Strong))
		}
		tw.findings("Framing terms", o.Framing)
		tw.findings("Loaded words", o.LoadedWords)
		tw.findings("Chosen terms", o.Chosen)
		tw.actors(o.Actors)
	}
	for _, tr := range p.Trends {
		tw.trend(p, tr)
	}
	if len(p.Outlets) == 0 {
		tw.line("")
		tw.line("No outlet shares an event with another: nothing to pool.")
	}
	return tw.err
}

// profileWriter writes lines and keeps the first error.
type profileWriter struct {
	w   io.Writer
	err error
}

func (t *profileWriter) line(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format+"\n", args...)
	}
}

// wrap writes s wrapped at 80 columns, the first line after prefix and
// the others indented by its width.
func (t *profileWriter) wrap(prefix, s string) {
	indent := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	cur := prefix
	for _, word := range strings.Fields(s) {
		if utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(word) > 80 && strings.TrimSpace(cur) != "" {
			t.line("%s", cur)
			cur = indent
		}
		if cur != indent && cur != prefix {
			cur += " "
		}
		cur += word
	}
	if strings.TrimSpace(cur) != "" {
		t.line("%s", cur)
	}
}

// findings lists up to profileShown findings: term, ratio, interval,
// events it rests on and used in, star.
func (t *profileWriter) findings(title string, fs []profile.Finding) {
	if len(fs) == 0 {
		return
	}
	t.line("%s (times the others' rate in the same events):", title)
	t.line("  %-28s %8s  %-15s %6s %7s", "", "ratio", "95% interval", "events", "used in")
	for _, f := range fs[:firstN(profileShown, len(fs))] {
		if f.Events == 0 {
			t.line("  %-28s %8s  %-15s %6d %7d", profClip(f.Term, 28), "-", "not used", 0, 0)
			continue
		}
		t.line("  %-28s %8s  %-15s %6d %7d%s", profClip(f.Term, 28), profRatio(f.RateRatio), profInterval(f.Low, f.High), f.Events, f.OutletEvents, profStar(f.Strong))
	}
	if len(fs) > profileShown {
		t.line("  and %d more in the JSON and CSV", len(fs)-profileShown)
	}
}

// actors lists the tone toward actors: difference, interval, events.
func (t *profileWriter) actors(as []profile.ActorTone) {
	if len(as) == 0 {
		return
	}
	t.line("Tone toward actors (its mean minus the others', -1..1, same events):")
	t.line("  %-28s %6s %6s %6s  %-15s %6s", "", "it", "others", "diff", "95% interval", "events")
	for _, a := range as[:firstN(profileShown, len(as))] {
		iv := "-"
		if a.Low != nil {
			iv = profSignedInterval(*a.Low, *a.High)
		}
		t.line("  %-28s %6s %6s %6s  %-15s %6d%s", profClip(a.Actor, 28), profSigned(a.Mean), profSigned(a.OthersMean), profSigned(a.Diff), iv, a.Events, profStar(a.Strong))
	}
	if len(as) > profileShown {
		t.line("  and %d more in the JSON and CSV", len(as)-profileShown)
	}
}

// trend writes a chosen term or actor week by week: a row per outlet, a
// column per week, in blocks of weeks that fit 80 columns.
func (t *profileWriter) trend(p *profile.Profile, tr profile.Trend) {
	t.line("")
	what := "Times the others' rate in the same events of the week; in brackets the\nevents; - when the outlet had events and no one used the term."
	if tr.Kind == profile.TrendActor {
		what = "Tone minus the others' in the same events of the week; in brackets the\nevents."
	}
	t.line("%s", profClip(fmt.Sprintf("== %s %q week by week", tr.Kind, tr.Name), 80))
	t.line("%s", what)
	if len(tr.Points) == 0 {
		t.line("No outlet has an event with it.")
		return
	}
	cells := map[[2]string]profile.Point{}
	var outlets []string
	for _, pt := range tr.Points {
		if _, ok := cells[[2]string{pt.Outlet, ""}]; !ok {
			cells[[2]string{pt.Outlet, ""}] = pt
			outlets = append(outlets, pt.Outlet)
		}
		cells[[2]string{pt.Outlet, pt.Week}] = pt
	}
	const nameW, cellW = 20, 12
	per := (80 - nameW) / cellW
	for start := 0; start < len(p.Weeks); start += per {
		weeks := p.Weeks[start:min(start+per, len(p.Weeks))]
		head := fmt.Sprintf("  %-*s", nameW-2, "")
		for _, w := range weeks {
			head += fmt.Sprintf("%*s", cellW, w)
		}
		t.line("%s", head)
		for _, o := range outlets {
			row := fmt.Sprintf("  %-*s", nameW-2, profClip(o, nameW-3))
			for _, w := range weeks {
				pt, ok := cells[[2]string{o, w}]
				row += fmt.Sprintf("%*s", cellW, profCell(tr.Kind, pt, ok))
			}
			t.line("%s", strings.TrimRight(row, " "))
		}
	}
}

// pointCell is one week's estimate with its events: "×2.10 (3)".
func profCell(kind string, pt profile.Point, ok bool) string {
	switch {
	case !ok:
		return ""
	case pt.Estimate == nil:
		return fmt.Sprintf("- (%d)", pt.Events)
	case kind == profile.TrendActor:
		return fmt.Sprintf("%s (%d)", profSigned(*pt.Estimate), pt.Events)
	}
	return fmt.Sprintf("%s (%d)", profRatio(*pt.Estimate), pt.Events)
}

// ratio renders a rate ratio: "×2.10", "×0.45", with more digits for
// extreme values so that none reads as zero.
func profRatio(x float64) string {
	switch {
	case x >= 100:
		return "×" + strconv.FormatFloat(x, 'f', 0, 64)
	case x < 0.1:
		return "×" + strconv.FormatFloat(x, 'f', 3, 64)
	}
	return "×" + strconv.FormatFloat(x, 'f', 2, 64)
}

func profInterval(lo, hi float64) string {
	return strings.TrimPrefix(profRatio(lo), "×") + "-" + strings.TrimPrefix(profRatio(hi), "×")
}

// profPlural is "1 event", "2 events".
func profPlural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func profSigned(x float64) string { return fmt.Sprintf("%+.2f", x) }

func profSignedInterval(lo, hi float64) string { return profSigned(lo) + ".." + profSigned(hi) }

func profStar(strong bool) string {
	if strong {
		return " *"
	}
	return ""
}

// clip cuts s to n runes, marking the cut with an ellipsis.
func profClip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// thousands renders n with thousands separators: 31,245.
func profThousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
