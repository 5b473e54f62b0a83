package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/compare"
)

func TestAsManyWords(t *testing.T) {
	tests := []struct {
		mine, theirs int
		want         string
	}{
		{327, 1212, " in about 4 times as many words"},
		{100, 250, " in about 2.5 times as many words"},
		{100, 160, " in about 1.5 times as many words"},
		{100, 120, " in about as many words"},
		{100, 80, " in about as many words"},
		{100, 50, " in about half as many words"},
		{100, 33, " in about a third as many words"},
		{100, 25, " in about a quarter as many words"},
		{100, 10, " in less than a quarter as many words"},
		{0, 100, ""},
		{100, 0, ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.mine, "/", tt.theirs), func(t *testing.T) {
			if got := asManyWords(tt.mine, tt.theirs); got != tt.want {
				t.Errorf("asManyWords(%d, %d) = %q, want %q", tt.mine, tt.theirs, got, tt.want)
			}
		})
	}
	if got, want := usesPlain(5, 0, 300, 900), "used 5 times; the others, 0 times in about 3 times as many words"; got != want {
		t.Errorf("usesPlain = %q, want %q", got, want)
	}
	if got, want := usesPlain(1, 2, 300, 0), "used once; the others, twice"; got != want {
		t.Errorf("usesPlain with no words known = %q, want %q", got, want)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1212: "1,212", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestHTMLPublished: every time in UTC, and an input that gave only a date
// (read as midnight UTC) as a date, never "00:00".
func TestHTMLPublished(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2022-02-12T00:00:00Z", "2022-02-12 (date only)"},
		{"2022-02-12T22:15:00Z", "2022-02-12 22:15 UTC"},
		{"2022-02-12T14:20:00-05:00", "2022-02-12 19:20 UTC"},
		{"2022-02-13T00:00:00+01:00", "2022-02-12 23:00 UTC"},
		{"2022-02-12T20:10:00-05:00", "2022-02-13 01:10 UTC"},
	}
	for _, tt := range tests {
		p, err := time.Parse(time.RFC3339, tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := htmlPublished(compare.Article{Published: &p}); got != tt.want {
			t.Errorf("htmlPublished(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := htmlPublished(compare.Article{}); got != "no date" {
		t.Errorf("htmlPublished(no date) = %q", got)
	}
}

func TestWithQuoteMarks(t *testing.T) {
	tests := []struct {
		text, quote, want string
	}{
		{`Lavrov said "this propaganda campaign" today.`, "this propaganda campaign", `"this propaganda campaign"`},
		{"calling diplomacy “the responsible path” for Moscow", "the responsible path", "“the responsible path”"},
		{"Er sagte „nie wieder“ dazu.", "nie wieder", "„nie wieder“"},
		{"il a dit «jamais» hier", "jamais", "«jamais»"},
		{"no marks around these words here", "these words", "these words"},
		{`"at the start" of the text`, "at the start", `"at the start"`},
	}
	for _, tt := range tests {
		s, e := at(tt.text, tt.quote)
		s, e = withQuoteMarks(tt.text, s, e)
		if got := tt.text[s:e]; got != tt.want {
			t.Errorf("withQuoteMarks(%q, %q) covers %q, want %q", tt.text, tt.quote, got, tt.want)
		}
	}
	// A range out of the text is left for paragraphs to drop.
	if s, e := withQuoteMarks("short", 3, 40); s != 3 || e != 40 {
		t.Errorf("out of range: got %d, %d", s, e)
	}
}

// TestSummary reads the fixture's first screen: the strong findings with
// their counts in words, each outlet's card as the result has it, and no
// claim of strength or absence the result does not support.
func TestSummary(t *testing.T) {
	r := fixtureResult()
	p := newPage(r, "framediff test", true, -1, false)
	s := p.Events[0].Summary
	var stands []string
	for _, f := range s.StandsOut {
		stands = append(stands, f.Outlet.Name+": "+f.Text+": "+f.Plain)
	}
	// Strong by the rule: the Herald's framing term "hysteria" (3 uses,
	// |z| 2.21) and the Gazette's "de-escalate" (3 uses, adjusted p
	// 0.048). Own-voice words (the fixture's loaded-word rows): the Herald
	// 85, the others 168 (about 2 times as many); the Gazette 109, the
	// others 144 (about as many).
	want := []string{
		"Steppe Herald: hysteria: used 3 times; the others, 0 times in about 2 times as many words",
		"Harbour Gazette: de-escalate: used 3 times; the others, once in about as many words",
	}
	if strings.Join(stands, "\n") != strings.Join(want, "\n") {
		t.Errorf("stands out:\n%s\nwant:\n%s", strings.Join(stands, "\n"), strings.Join(want, "\n"))
	}
	if s.None != "" {
		t.Errorf("None = %q beside strong findings", s.None)
	}
	cards := map[string]outletCard{}
	for _, c := range s.Cards {
		cards[c.Outlet.Name] = c
	}
	herald := cards["Steppe Herald"]
	if len(herald.Framing) != 2 || herald.Framing[0].Text != "hysteria" || !herald.Framing[0].Strong || herald.Framing[1].Strong {
		t.Errorf("the Herald's framing terms: %+v, want hysteria (strong) then a weaker one", herald.Framing)
	}
	if herald.OnlyQuotes != "Sergey Lavrov" {
		t.Errorf("the Herald only quotes %q, want Sergey Lavrov", herald.OnlyQuotes)
	}
	if herald.Only == nil || !strings.HasPrefix(herald.Only.Text, "The ministry said the conflict in Donbass") {
		t.Errorf("the Herald's sentence only it carries: %+v", herald.Only)
	}
	if herald.Omits != "Honolulu, Japan, South Korea" {
		t.Errorf("the Herald never names %q", herald.Omits)
	}
	if c := cards["Tidewater Courier"]; len(c.Framing) != 0 || len(c.Loaded) != 0 {
		t.Errorf("the Courier has no framing term or loaded word in the result, its card shows %+v and %v", c.Framing, c.Loaded)
	}
	for _, c := range s.Cards {
		if c.Words+c.OthersWords != cards["Harbour Gazette"].Words+cards["Harbour Gazette"].OthersWords {
			t.Errorf("%s: %d words and the others %d do not add up to the event's", c.Outlet.Name, c.Words, c.OthersWords)
		}
	}
	// The second event has no terms: it says so, not that they are weak.
	if got := p.Events[1].Summary.None; got != "No terms were scored for this event." {
		t.Errorf("an event without terms says %q", got)
	}
}

// TestHTMLFolded: past foldAbove events, each event is folded (closed)
// under its heading, and the index has one row per event.
func TestHTMLFolded(t *testing.T) {
	for _, n := range []int{foldAbove, foldAbove + 1} {
		r := syntheticResult(4 * n)
		doc := string(renderHTML(t, r))
		folded := strings.Count(doc, `<section class="event folded"`)
		rows := strings.Count(doc[strings.Index(doc, `<table class="index">`):strings.Index(doc, `</table>`)], "<tr>")
		t.Logf("%d events: %d folded, %d index rows (and a head)", len(r.Events), folded, rows)
		want := 0
		if len(r.Events) > foldAbove {
			want = len(r.Events)
		}
		if folded != want || rows != len(r.Events)+1 {
			t.Errorf("%d events: %d folded (want %d), %d index rows (want %d)", len(r.Events), folded, want, rows, len(r.Events)+1)
		}
		if strings.Contains(doc, `<details open`) {
			t.Error("a section opens by default")
		}
	}
}

// TestBarChartsSplit: a chart longer than maxChartRows is drawn as several,
// broken at headers, each no longer, all as wide and on the same scale,
// and a group longer than a chart continues under its header.
func TestBarChartsSplit(t *testing.T) {
	var rows []barIn
	for g := range 3 {
		rows = append(rows, barIn{Header: true, Label: fmt.Sprintf("Outlet %d", g)})
		for i := range 12 + 10*g {
			rows = append(rows, barIn{Label: fmt.Sprintf("term %d", i), Value: float64(i%5) - 1, Text: "z 1.00 · 1 vs 0"})
		}
	}
	charts := barCharts(barSpec{Name: "test", Rows: rows, Lo: -1, Hi: 3, Ref: 1.96, Right: "z →"})
	if len(charts) < 3 {
		t.Fatalf("%d rows in %d charts", len(rows), len(charts))
	}
	drawn := 0
	for i, c := range charts {
		if len(c.Rows) > maxChartRows {
			t.Errorf("chart %d has %d rows, more than %d", i, len(c.Rows), maxChartRows)
		}
		if !c.Rows[0].Header {
			t.Errorf("chart %d starts with %q, not a header", i, c.Rows[0].Label)
		}
		if c.Width != charts[0].Width || c.Zero != charts[0].Zero {
			t.Errorf("chart %d: width %d and zero %d, the first's %d and %d", i, c.Width, c.Zero, charts[0].Width, charts[0].Zero)
		}
		for _, r := range c.Rows {
			if !r.Header {
				drawn++
			}
		}
	}
	if drawn != 12+22+32 {
		t.Errorf("%d bars drawn, want %d", drawn, 12+22+32)
	}
	if !strings.HasSuffix(charts[len(charts)-1].Rows[0].Label, "(continued)") {
		t.Errorf("the last chart starts with %q, want a continued header", charts[len(charts)-1].Rows[0].Label)
	}
}

// TestFitLabel: a label is cut to its width with an ellipsis, and kept
// whole when it fits.
func TestFitLabel(t *testing.T) {
	for _, s := range []string{"de-escalate", "Carnegie Endowment for International Peace", "Министерство иностранных дел Российской Федерации", "中华人民共和国外交部发言人办公室"} {
		got := fitLabel(s, 120, fontSize, false)
		if w := textPx(got, fontSize, false); w > 120 {
			t.Errorf("fitLabel(%q) = %q, %.0f px wide", s, got, w)
		}
		if fits := textPx(s, fontSize, false) <= 120; fits != (got == s) || !fits && !strings.HasSuffix(got, "…") {
			t.Errorf("fitLabel(%q) = %q (fits: %v)", s, got, fits)
		}
	}
}

// TestStandsOutSpreadsOverOutlets: "What stands out" names each outlet's
// strongest finding before any outlet's second, framing terms first. The
// Harbour Gazette, first in the alphabet, is given eight strong topical
// terms, the Tidewater Courier one weaker one: in the result's order the
// Gazette's alone had filled the six places.
func TestStandsOutSpreadsOverOutlets(t *testing.T) {
	r := fixtureResult()
	ev := &r.Events[0]
	gazette := ev.Terms[0]
	for i, w := range []string{"talks", "diplomacy", "ministers", "meeting", "border", "allies", "statement", "sanctions"} {
		x := gazette
		x.Term, x.Count, x.Z, x.PAdjusted = w, 4, 4.5-float64(i)/10, 0.001
		x.Examples = nil
		ev.Terms = append(ev.Terms, x)
	}
	courier := ev.Terms[len(ev.Terms)-9] // the Courier's "North Korea"
	if courier.Outlet != "Tidewater Courier" {
		t.Fatalf("fixture changed: %s", courier.Outlet)
	}
	courier.Term, courier.Count, courier.Z, courier.PAdjusted = "missile launches", 3, 2.9, 0.04
	ev.Terms = append(ev.Terms, courier)

	p := newPage(r, "framediff test", true, -1, false)
	var got []string
	for _, f := range p.Events[0].Summary.StandsOut {
		got = append(got, f.Outlet.Name+": "+f.Text)
	}
	want := []string{
		"Steppe Herald: hysteria", // the one strong framing term (a topical list leaves it out)
		"Harbour Gazette: talks",  // each outlet's strongest topical term
		"Tidewater Courier: missile launches",
		"Harbour Gazette: diplomacy", // then the second, third and fourth of the one outlet with more
		"Harbour Gazette: ministers",
		"Harbour Gazette: meeting",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stands out:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
