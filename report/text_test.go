package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestTextGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, fixtureResult(), "framediff test"); err != nil {
		t.Fatal(err)
	}
	golden(t, "fixture.txt.golden", b.Bytes())
}

// TestTextEssentials checks that the text report carries, for each
// framed outlet, what it puts first, its framing terms before its topical
// terms, the words it quoted with their speaker, its loaded words with
// their rate, its tone and what only it says; that a strong finding is
// starred and a weaker one not; and the key that says so.
func TestTextEssentials(t *testing.T) {
	r := fixtureResult()
	var b bytes.Buffer
	if err := Text(&b, r, "framediff test"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// The text as a reader takes it in: each table cell whole, the rest
	// as it is, in the order of the report.
	flat := strings.Join(strings.Fields(readingText(out)), " ")
	for _, ev := range r.Events {
		for _, e := range ev.Emphasis {
			if !strings.Contains(flat, e.Headlines[0]) {
				t.Errorf("%s: the headline of %s is missing", ev.ID, e.Outlet)
			}
		}
		for _, f := range ev.Framing {
			if !strings.Contains(flat, f.Term) {
				t.Errorf("%s: framing term %q of %s missing", ev.ID, f.Term, f.Outlet)
			}
		}
		for _, q := range ev.Quotes {
			if len(q.Speakers) > 0 && q.Speakers[0].Name != "" && !strings.Contains(flat, q.Speakers[0].Name) {
				t.Errorf("speaker %q of %s missing", q.Speakers[0].Name, q.Outlet)
			}
		}
		for _, u := range ev.Unique {
			if len(u.Sentences) > 0 && !strings.Contains(flat, u.Sentences[0].Text) {
				t.Errorf("unique sentence of %s missing", u.Outlet)
			}
		}
	}
	for _, want := range []string{
		"hysteria 2.21* (3/0)",           // a strong framing term: 3 uses, |z| >= 1.96
		"propaganda campaign 1.42 (1/0)", // a weaker one, no star
		"de-escalate 2.41* (3/1)",        // a strong topical term: 3 uses, adjusted p 0.048
		"diplomatic path 1.19 (1/0)",     // a weaker one
		"Sergey Lavrov 100%: propaganda campaign 1.17, reckless adventure 1.17; loaded: reckless, propaganda",
		"47.1 per 1,000 (4 of 85 words): hysteria ×3, propaganda",
		"not corrected for multiple comparisons",
		"* marks a strong finding: used at least 3 times",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the text report lacks %q", want)
		}
	}
	// Framing terms come before the topical terms, what each puts first
	// before both.
	first, framing, topical := strings.Index(flat, "What each puts first"), strings.Index(flat, "Framing terms: z"), strings.Index(flat, "Distinctive terms (topical)")
	if !(first >= 0 && first < framing && framing < topical) {
		t.Errorf("sections out of order: what each puts first at %d, framing terms at %d, topical terms at %d", first, framing, topical)
	}
}

// TestTextWidth holds every line of the text reports, the fixture's and
// the demo's, to the width asked for, in terminal columns: tables wrap
// their cells or stack their columns, prose wraps at spaces. And nothing
// is lost to the layout: the words of the report are the same at every
// width.
func TestTextWidth(t *testing.T) {
	demo := demoResult(t)
	for _, tt := range []struct {
		name   string
		render func(TextOptions, *bytes.Buffer) error
	}{
		{"fixture", func(o TextOptions, b *bytes.Buffer) error { return o.Text(b, fixtureResult(), "framediff test") }},
		{"demo", func(o TextOptions, b *bytes.Buffer) error { return o.Text(b, demo, "framediff test") }},
		{"demo events", func(o TextOptions, b *bytes.Buffer) error { return o.EventsDetail(b, demo, "framediff test") }},
	} {
		var words string
		for _, width := range []int{0, 40, 57, 80, 100, 132, 200} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, width), func(t *testing.T) {
				var b bytes.Buffer
				o := TextOptions{Width: width}
				if err := tt.render(o, &b); err != nil {
					t.Fatal(err)
				}
				for i, line := range strings.Split(b.String(), "\n") {
					if n := textWidthOf(line); n > o.width() {
						t.Errorf("line %d is %d columns wide, more than %d: %s", i+1, n, o.width(), line)
					}
				}
				w := tableWords(b.String())
				if words == "" {
					words = w
				} else if w != words {
					t.Errorf("the words differ from those at the default width:\n%s", firstDiff(words, w))
				}
			})
		}
	}
}

// tableWords is a text report's words without the table borders, the
// labels a stacked table repeats, or the line breaks: what a reader
// reads, whatever the layout.
func tableWords(out string) string {
	var words []string
	for _, row := range textRows(out) {
		for _, c := range row {
			words = append(words, strings.Fields(c)...)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") && !strings.HasPrefix(line, "+") {
			words = append(words, strings.Fields(line)...)
		}
	}
	// The same text broken at another place: a long word broken in
	// two is joined again by leaving out every space. The headers are
	// left out: a stacked table repeats them as labels.
	s := strings.Join(words, "")
	for _, h := range textHeaders {
		s = strings.ReplaceAll(s, strings.ReplaceAll(h, " ", "")+":", "")
		s = strings.ReplaceAll(s, strings.ReplaceAll(h, " ", ""), "")
	}
	return s
}

// textHeaders are the column headers of the text reports' tables, longest
// first, so that no header is taken out of a longer one.
var textHeaders = []string{
	"Whose words it quotes (share): the words that set it apart",
	"Quotes (share): the quoted words that set it apart",
	"Distinctive terms (topical): z (count/others)",
	"Framing terms: z (count/others)",
	"Framing and loaded words there",
	"Shared with the best link",
	"Loaded words, own voice",
	"Names first", "Best links", "Published", "Headline", "Articles",
	"Outlets", "Outlet", "Dates", "Label", "Event", "Tone", "Fit", "#",
}

// firstDiff shows where two strings part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return fmt.Sprintf("...%s\nvs\n...%s", a[max(0, i-40):min(len(a), i+40)], b[max(0, i-40):min(len(b), i+40)])
}

// textRows reads the tables of a text report back into rows of whole
// cells. A table with lines between its rows has a row between each two
// lines; one without has rows of one line each.
func textRows(out string) [][]string {
	var rows [][]string
	walkText(out, func(string) {}, func(row []string) { rows = append(rows, row) })
	return rows
}

// readingText is a text report as a reader takes it in: the lines outside
// tables as they are, each table row as its whole cells joined by " | ".
func readingText(out string) string {
	var b strings.Builder
	walkText(out,
		func(line string) { b.WriteString(line + "\n") },
		func(row []string) { b.WriteString(strings.Join(row, " | ") + "\n") })
	return b.String()
}

// walkText calls line for each line outside a table and row for each
// table row, in order.
func walkText(out string, line func(string), row func([]string)) {
	rows := &struct{ add func([]string) }{add: row}
	var table []string
	flush := func() {
		rules := 0
		for _, l := range table {
			if strings.HasPrefix(l, "+") {
				rules++
			}
		}
		var row []string
		for _, l := range table {
			if strings.HasPrefix(l, "+") {
				if row != nil {
					rows.add(row)
					row = nil
				}
				continue
			}
			cells := strings.Split(strings.Trim(l, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			if row == nil || rules <= 3 {
				if row != nil {
					rows.add(row)
				}
				row = cells
				continue
			}
			for i, c := range cells {
				if c != "" && i < len(row) {
					row[i] = strings.TrimSpace(row[i] + " " + c)
				}
			}
		}
		table = nil
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "|") || strings.HasPrefix(l, "+") {
			table = append(table, l)
			continue
		}
		flush()
		line(l)
	}
	flush()
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
		indent   string
		want     string
	}{
		{"short", "one two", 20, "  ", "one two"},
		{"breaks at spaces", "one two three four", 9, "  ", "one two\n  three\n  four"},
		{"keeps leading spaces", "  Outlet: a long sentence", 12, "    ", "  Outlet: a\n    long\n    sentence"},
		{"a word wider than a line is broken", "a https://example.org/long/path b", 10, "", "a\nhttps://ex\nample.org/\nlong/path\nb"},
		{"a broken word starts after the indent", "ab https://example.org/x", 10, "  ", "ab\n  https://\n  example.\n  org/x"},
		{"wide characters take two columns", "日本語 日本語", 9, "", "日本語\n日本語"},
		{"a wide word is broken between characters", "日本語", 5, "", "日本\n語"},
		{"a wide character never straddles the width", "日本語", 3, "", "日\n本\n語"},
		{"a Cyrillic letter is one column", "Вечерний меридиан", 16, "", "Вечерний\nмеридиан"},
		{"an accented letter is one column", "ööö ööö ööö", 11, "", "ööö ööö ööö"},
		{"curly quotes are one column", "US ‘hysteria’ has peaked", 17, "", "US ‘hysteria’ has\npeaked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrap(tt.in, tt.width, tt.indent); got != tt.want {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}
