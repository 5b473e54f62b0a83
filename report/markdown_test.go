package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestMarkdownGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, fixtureResult(), "framediff test"); err != nil {
		t.Fatal(err)
	}
	golden(t, "fixture.md.golden", b.Bytes())
}

// TestMarkdownSections checks that the Markdown has the HTML's sections,
// in GitHub-flavoured tables whose rows all have the head's columns.
func TestMarkdownSections(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, fixtureResult(), "framediff test"); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"## Events", "## e1 ", "### What each puts first", "### Articles", "### Framing terms", "### Distinctive terms (topical)",
		"### Words it chose to quote, and from whom", "### Loaded words", "### Outlet against outlet", "### Tone",
		"### How alike the versions are", "### Who is quoted", "### Tone toward each entity", "### What each outlet calls them",
		"### Only in one outlet", "### Framing lexicon", "### Why these articles are one event", "## Articles", "## Inputs skipped",
		"not corrected for multiple comparisons", "r about 0.5",
		"Only Steppe Herald quotes Sergey Lavrov.",
		// A strong finding in bold and starred, a weaker one plain.
		"| Steppe Herald | **hysteria** | strong | 2.21\\* | 3 | 0 | 0.08 |", "| Steppe Herald | propaganda campaign | weaker | 1.42 | 1 | 0 | 0.09 |",
		"| Harbour Gazette | **de-escalate** | strong | 2.41\\* | 3 | 27.5 | 1 | 0.048 |",
		"| Steppe Herald | reckless adventure | Sergey Lavrov | weaker |", "| Steppe Herald | quoted | 2 | 11 | 181.8 | reckless (Sergey Lavrov), propaganda (Sergey Lavrov) |",
		"| Steppe Herald | Lavrov calls US warnings a 'propaganda campaign' | Sergey Lavrov, Washington, Ukraine, Antony Blinken | framing: propaganda campaign; loaded: propaganda |",
		"A term is a strong finding when the outlet uses it at least 3 times"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	// Framing terms come before the topical ones, what each puts first
	// before the articles.
	var at []int
	for _, h := range []string{"### What each puts first", "### Articles", "### Framing terms", "### Distinctive terms (topical)", "### Words it chose to quote", "### Loaded words"} {
		at = append(at, strings.Index(md, h))
	}
	for i := 1; i < len(at); i++ {
		if at[i-1] > at[i] {
			t.Errorf("sections out of order: %v", at)
			break
		}
	}
	// A table row has as many cells as its head; a | in a cell is escaped.
	cols := 0
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("line %d has %d cell borders, its table %d: %s", i+1, n, cols, line)
		}
	}
}

func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"plain words":                 "plain words",
		"a | b":                       `a \| b`,
		"<script>alert(1)</script>":   `\<script\>alert(1)\</script\>`,
		"*bold* _it_ [link](x) `c`":   "\\*bold\\* \\_it\\_ \\[link\\](x) \\`c\\`",
		"line one\nline two":          "line one line two",
		"# not a heading & no entity": `\# not a heading \& no entity`,
	} {
		if got := md(in); got != want {
			t.Errorf("md(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mdLink("Title", "javascript:alert(1)"); got != "Title" {
		t.Errorf("a javascript: URL became %q", got)
	}
	if got := mdLink("A (b)", "https://news.example/a(b)"); got != mdSafe+"[A (b)](https://news.example/a%28b%29)" {
		t.Errorf("mdLink = %q", got)
	}
}
