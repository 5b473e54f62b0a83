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
	for _, want := range []string{"## Events", "## e1 ", "### Articles", "### Distinctive terms", "### Outlet against outlet", "### Tone",
		"### How alike the versions are", "### Who is quoted", "### Tone toward each entity", "### What each outlet calls them",
		"### Only in one outlet", "### Framing lexicon", "### Why these articles are one event", "## Articles", "## Inputs skipped",
		"not corrected for multiple comparisons", "r about 0.5",
		"| Steppe Herald | propaganda campaign | 2.91\\* | 2 |", "**propaganda campaign**", "Only Steppe Herald quotes Sergey Lavrov."} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
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
