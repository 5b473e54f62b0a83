package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
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
	// The text as a reader takes it in: each table cell whole, then the
	// lines outside tables.
	var parts []string
	for _, row := range textRows(out) {
		parts = append(parts, strings.Join(row, " | "))
	}
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "│") {
			parts = append(parts, line)
		}
	}
	flat := strings.Join(strings.Fields(strings.Join(parts, "\n")), " ")
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
	first, framing, topical := strings.Index(out, "What each puts first"), strings.Index(out, "Framing terms: z"), strings.Index(out, "Distinctive terms (topical)")
	if !(first >= 0 && first < framing && framing < topical) {
		t.Errorf("sections out of order: what each puts first at %d, framing terms at %d, topical terms at %d", first, framing, topical)
	}
}

// TestTextWidth holds every line of the text report, the fixture's and the
// demo's, to textWidth columns: tables wrap their cells, prose wraps at
// spaces.
func TestTextWidth(t *testing.T) {
	for _, tt := range []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"fixture", func(b *bytes.Buffer) error { return Text(b, fixtureResult(), "framediff test") }},
		{"demo", func(b *bytes.Buffer) error { return Text(b, demoResult(t), "framediff test") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(b.String(), "\n") {
				if n := utf8.RuneCountInString(line); n > textWidth {
					t.Errorf("line %d is %d wide, more than %d: %s", i+1, n, textWidth, line)
				}
			}
		})
	}
}

// textRows reads the tables of a text report back into rows of whole
// cells: a line whose first cell is not empty starts a row, the lines
// after it continue its cells.
func textRows(out string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "│") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "│"), "│")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if cells[0] != "" || len(rows) == 0 || len(rows[len(rows)-1]) != len(cells) {
			rows = append(rows, cells)
			continue
		}
		last := rows[len(rows)-1]
		for i, c := range cells {
			if c != "" {
				last[i] = strings.TrimSpace(last[i] + " " + c)
			}
		}
	}
	return rows
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
		{"a word longer than a line stays whole", "a https://example.org/long/path b", 10, "", "a\nhttps://example.org/long/path\nb"},
		{"counts characters, not bytes", "ööö ööö ööö", 7, "", "ööö ööö\nööö"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrap(tt.in, tt.width, tt.indent); got != tt.want {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}
