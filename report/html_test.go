package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
	"golang.org/x/net/html"
)

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got: %.300s\nwant: %.300s\n(run go test ./report -update if the change is intended)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs in length: got %d lines, want %d (run go test ./report -update if the change is intended)", path, len(gl), len(wl))
	}
}

func renderHTML(t testing.TB, r *compare.Result) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, r, "framediff test"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestHTMLGolden(t *testing.T) {
	golden(t, "fixture.html.golden", renderHTML(t, fixtureResult()))
}

// node is a parsed element with the text inside it.
type node struct {
	tag   string
	attrs map[string]string
	text  string
}

// parse returns every element of an HTML document, as a browser's parser
// sees them, with its attributes and text.
func parse(t *testing.T, doc []byte) []node {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var out []node
	var textOf func(*html.Node) string
	textOf = func(n *html.Node) string {
		if n.Type == html.TextNode {
			return n.Data
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(textOf(c))
		}
		return b.String()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			e := node{tag: n.Data, attrs: map[string]string{}, text: textOf(n)}
			for _, a := range n.Attr {
				e.attrs[strings.ToLower(a.Key)] = a.Val
			}
			out = append(out, e)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// allowedTags are every element the report writes; anything else in the
// parsed document came from an input.
var allowedTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "header": true, "main": true,
	"footer": true, "section": true, "article": true, "h1": true, "h2": true, "h3": true, "h4": true, "p": true, "dl": true,
	"dt": true, "dd": true, "ul": true, "ol": true, "li": true, "table": true, "thead": true, "tbody": true, "tr": true,
	"th": true, "td": true, "a": true, "span": true, "small": true, "b": true, "code": true, "mark": true, "details": true,
	"summary": true, "div": true, "br": true, "script": true,
	"svg": true, "g": true, "rect": true, "line": true, "text": true, "tspan": true,
}

// checkSafe asserts that a document loads nothing from anywhere, runs
// nothing but its own script, and links only to its own anchors and to
// http(s) article URLs.
func checkSafe(t *testing.T, doc []byte, articleURLs map[string]bool) {
	t.Helper()
	scripts := 0
	for _, n := range parse(t, doc) {
		if !allowedTags[n.tag] {
			t.Errorf("element <%s> in the report (text %.80q)", n.tag, n.text)
		}
		for k, v := range n.attrs {
			switch {
			case strings.HasPrefix(k, "on"):
				t.Errorf("<%s %s=%q>: an event handler", n.tag, k, v)
			case k == "src" || k == "srcset" || k == "poster" || k == "data" || k == "action" || k == "formaction" || k == "xlink:href":
				t.Errorf("<%s %s=%q>: loads from elsewhere", n.tag, k, v)
			case k == "style":
				t.Errorf("<%s style=%q>: inline style, which the policy forbids", n.tag, v)
			case k == "href":
				if !strings.HasPrefix(v, "#") && !articleURLs[v] {
					t.Errorf("<%s href=%q>: not an anchor of the report nor an article's http(s) URL", n.tag, v)
				}
				if strings.Contains(strings.ToLower(v), "javascript:") {
					t.Errorf("<%s href=%q>: a javascript: link", n.tag, v)
				}
			}
		}
		switch n.tag {
		case "script":
			scripts++
			if n.text != reportScript {
				t.Errorf("a script that is not the report's own: %.100q", n.text)
			}
		case "style":
			if n.text != reportCSS {
				t.Errorf("a style that is not the report's own: %.100q", n.text)
			}
			if strings.Contains(n.text, "url(") || strings.Contains(n.text, "@import") {
				t.Errorf("the style loads from elsewhere")
			}
		case "meta":
			if n.attrs["http-equiv"] == "Content-Security-Policy" {
				csp := n.attrs["content"]
				for _, want := range []string{"default-src 'none'", cspHash(reportCSS), cspHash(reportScript)} {
					if !strings.Contains(csp, want) {
						t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
					}
				}
			}
		}
	}
	if scripts != 1 {
		t.Errorf("%d scripts, want the report's one", scripts)
	}
	if !bytes.Contains(doc, []byte(`http-equiv="Content-Security-Policy"`)) {
		t.Error("no Content-Security-Policy")
	}
}

func articleURLs(r *compare.Result) map[string]bool {
	m := map[string]bool{}
	for _, a := range r.Articles {
		if u := safeURL(a.URL); u != "" {
			m[u] = true
		}
	}
	return m
}

func TestHTMLSelfContained(t *testing.T) {
	r := fixtureResult()
	checkSafe(t, renderHTML(t, r), articleURLs(r))
}

// TestHTMLHostile feeds markup, scripts and javascript: URLs in every field
// a report shows and asserts that none of it survives as markup.
func TestHTMLHostile(t *testing.T) {
	r := hostileResult()
	doc := renderHTML(t, r)
	checkSafe(t, doc, articleURLs(r))
	for _, bad := range []string{"<script>alert", "<img", "<svg onload", "<b onmouseover", "<iframe", "<style>*", "javascript:alert(document"} {
		if bytes.Contains(doc, []byte(bad)) {
			t.Errorf("the report holds %q unescaped", bad)
		}
	}
	// The hostile text is still shown, as text.
	var title, outlet bool
	for _, n := range parse(t, doc) {
		if n.tag == "h4" && strings.Contains(n.text, "<script>alert(1)</script>") {
			title = true
		}
		if n.tag == "p" && n.attrs["class"] == "outlet" && strings.Contains(n.text, `Evil <b onmouseover="alert(2)">News</b>`) {
			outlet = true
		}
	}
	if !title || !outlet {
		t.Errorf("hostile title shown as text: %v; hostile outlet shown as text: %v", title, outlet)
	}

	var md bytes.Buffer
	if err := Markdown(&md, r, "framediff test"); err != nil {
		t.Fatal(err)
	}
	// Every < in the Markdown is escaped, so none starts a tag, and no link
	// goes anywhere but http(s).
	if m := regexp.MustCompile(`(^|[^\\])<[a-zA-Z/!?]`).FindString(md.String()); m != "" {
		t.Errorf("the Markdown holds a tag: %q", m)
	}
	if m := regexp.MustCompile(`\]\([^h]`).FindString(md.String()); m != "" {
		t.Errorf("the Markdown holds a link that is not http(s): %q", m)
	}
	if !strings.Contains(md.String(), `\<script\>alert(1)\</script\>`) {
		t.Error("the hostile title is not in the Markdown as escaped text")
	}
}

// TestHTMLMarks checks the side-by-side text: each outlet's terms are
// marked where the result's offsets put them and link to a drill-down that
// exists, quotes name their speaker, unique sentences are marked.
func TestHTMLMarks(t *testing.T) {
	doc := renderHTML(t, fixtureResult())
	nodes := parse(t, doc)
	ids := map[string]string{}
	for _, n := range nodes {
		if id := n.attrs["id"]; id != "" {
			if _, dup := ids[id]; dup {
				t.Errorf("id %q twice", id)
			}
			ids[id] = n.tag
		}
	}
	// Marks in the text, by class and text: framing terms (fterm), topical
	// terms (term) and quoted words (qterm), "weak" added to weaker ones.
	marks := map[string]int{}
	var speakers, only []string
	for _, n := range nodes {
		if n.tag == "a" && termClass(n.attrs["class"]) != "" {
			marks[n.attrs["class"]+": "+n.text]++
			target := strings.TrimPrefix(n.attrs["href"], "#")
			if ids[target] != "details" {
				t.Errorf("term %q links to %q, which is no drill-down (%q)", n.text, target, ids[target])
			}
			// Each kind links to its own list: e1-g2-f1 is a framing term.
			letter := map[string]string{"fterm": "-f", "term": "-t", "qterm": "-q"}[termClass(n.attrs["class"])]
			if !regexp.MustCompile(`^e\d+-g\d+` + letter + `\d+$`).MatchString(target) {
				t.Errorf("%s %q links to %q, not to its own list", n.attrs["class"], n.text, target)
			}
		}
		if n.tag == "small" && n.attrs["class"] == "who" {
			speakers = append(speakers, n.text)
		}
		if n.tag == "span" && n.attrs["class"] == "uniq" {
			only = append(only, n.text)
		}
		if n.tag == "a" && strings.HasPrefix(n.attrs["href"], "#") {
			if target := n.attrs["href"][1:]; ids[target] == "" {
				t.Errorf("link %q to an anchor that does not exist", n.attrs["href"])
			}
		}
	}
	// Each example marks the term's first use in its sentence. Strong: the
	// Steppe Herald's "hysteria" (3 uses, |z| 2.21) and the Harbour
	// Gazette's "de-escalate" (3 uses, adjusted p 0.048); the rest weaker.
	wantMarks := map[string]int{
		"fterm: hysteria": 2, "fterm weak: warned": 1, "fterm weak: propaganda campaign": 1,
		"term: de-escalate": 2, "term weak: diplomatic path": 1, "term weak: Kiev": 1, "term weak: North Korea": 1,
		"qterm weak: de-escalate": 1, "qterm weak: propaganda campaign": 1, "qterm weak: reckless adventure": 1, "qterm weak: responsible path": 1,
	}
	for k, want := range wantMarks {
		if marks[k] != want {
			t.Errorf("%s marked %d times, want %d", k, marks[k], want)
		}
	}
	for k, n := range marks {
		if _, ok := wantMarks[k]; !ok {
			t.Errorf("%s marked %d times, want none", k, n)
		}
	}
	// In the lists, a strong term says so and a weaker one is a "weak" item.
	listed := map[string]bool{ // the start of the item: strong
		"hysteria strong z 2.21*": true, "de-escalate strong z 2.41*": true,
		"propaganda campaign z 1.42 ·": false, "“propaganda campaign” said by Sergey Lavrov": false,
	}
	found := map[string]bool{}
	for _, n := range nodes {
		if n.tag != "li" {
			continue
		}
		for start, strong := range listed {
			if !strings.HasPrefix(n.text, start) {
				continue
			}
			found[start] = true
			if weak := n.attrs["class"] == "weak"; weak == strong {
				t.Errorf("%q listed with class %q, want strong %v", n.text, n.attrs["class"], strong)
			}
		}
	}
	for start := range listed {
		if !found[start] {
			t.Errorf("no list item starts %q", start)
		}
	}
	// Each event's key to the marks shows a "speaker" chip; the quotes name
	// theirs.
	r := fixtureResult()
	wantSpeakers := []string{"Antony Blinken", "Sergey Lavrov", "Antony Blinken"}
	var named []string
	keys := 0
	for _, s := range speakers {
		if s == "speaker" {
			keys++
		} else {
			named = append(named, s)
		}
	}
	if strings.Join(named, "|") != strings.Join(wantSpeakers, "|") || keys != len(r.Events) {
		t.Errorf("speakers %q and %d keys, want %q and %d", named, keys, wantSpeakers, len(r.Events))
	}
	joined := strings.Join(only, "")
	for _, want := range []string{"only here He warned that an invasion could begin", "only here The ministry said the conflict in Donbass",
		"only here The foreign ministers of the United States, Japan and South Korea condemned North Korea's latest missile launches"} {
		if !strings.Contains(joined, want) {
			t.Errorf("unique sentence %q not marked; marked: %q", want, only)
		}
	}
	// The Lavrov quote holds a marked term: the term's link is inside the
	// quote, and his name stands before the opening quotation mark.
	if !regexp.MustCompile(`<span class="quote"[^>]*><small class="who">Sergey Lavrov</small>(&#34;|“)This </span><span class="quote"[^>]*><a class="qterm weak"[^>]*>propaganda campaign</a></span>`).Match(doc) {
		t.Error("the words Lavrov is quoted with are not marked inside his quote, after his name")
	}
	// The first screen, then the articles, then the numbers: what each puts
	// first, framing terms before the topical terms, then the quoted words
	// and the loaded words.
	var at []int
	for _, h := range []string{`id="e1-summary"`, `<h3 id="e1-sides">The articles side by side</h3>`, `id="e1-numbers"`, `id="e1-first"`, `id="e1-framing"`, `id="e1-terms"`, `id="e1-quoted"`, `id="e1-loaded"`, `<h3>Tone</h3>`} {
		at = append(at, bytes.Index(doc, []byte(h)))
	}
	for i := 1; i < len(at); i++ {
		if at[i-1] < 0 || at[i-1] > at[i] {
			t.Errorf("sections out of order: %v", at)
			break
		}
	}
	for _, want := range []string{`<svg class="chart"`, `aria-label="Framing terms by z`, `aria-label="Distinctive terms (topical) by z`, `aria-label="Tone of each outlet`, `aria-label="Cosine similarity`,
		`aria-label="Share of each outlet`, `aria-label="Mean tone toward each entity`, `aria-label="Framing lexicon`, `aria-label="Terms that set Harbour Gazette and Steppe Herald apart"`} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("no %s in the report", want)
		}
	}
}

// termClass is the kind of a term mark, from its class attribute:
// "fterm", "term" or "qterm", "" for none.
func termClass(class string) string {
	for _, c := range strings.Fields(class) {
		if c == "fterm" || c == "term" || c == "qterm" {
			return c
		}
	}
	return ""
}

func TestSegments(t *testing.T) {
	const text = "Lavrov said \"the propaganda campaign goes on\" today.\n\nA second paragraph with Kiev."
	qs, qe := strings.Index(text, "the prop"), strings.Index(text, "on\"")+2
	ps, pe := strings.Index(text, "propaganda campaign"), strings.Index(text, " goes")
	ks := strings.Index(text, "Kiev")
	type seg struct{ text, term, quote, unique string }
	flat := func(paras [][]segment) [][]seg {
		var out [][]seg
		for _, p := range paras {
			var row []seg
			for _, s := range p {
				row = append(row, seg{s.Text, s.Term, s.Quote, s.Unique})
			}
			out = append(out, row)
		}
		return out
	}
	tests := []struct {
		name  string
		marks []mark
		want  [][]seg
	}{
		{"no marks", nil, [][]seg{{{`Lavrov said "the propaganda campaign goes on" today.`, "", "", ""}}, {{"A second paragraph with Kiev.", "", "", ""}}}},
		{"term in quote in unique sentence", []mark{
			{start: 0, end: strings.Index(text, "\n\n"), kind: markUnique, ref: "u1"},
			{start: qs, end: qe, kind: markQuote, ref: "Sergey Lavrov"},
			{start: ps, end: pe, kind: markTerm, ref: "t1"},
		}, [][]seg{{
			{`Lavrov said "`, "", "", "u1"},
			{"the ", "", "Sergey Lavrov", "u1"},
			{"propaganda campaign", "t1", "Sergey Lavrov", "u1"},
			{" goes on", "", "Sergey Lavrov", "u1"},
			{`" today.`, "", "", "u1"},
		}, {{"A second paragraph with Kiev.", "", "", ""}}}},
		{"overlapping terms: the first, then the longer, wins", []mark{
			{start: ps + len("propaganda "), end: pe, kind: markTerm, ref: "campaign"},
			{start: ps, end: ps + len("propaganda"), kind: markTerm, ref: "propaganda"},
			{start: ps, end: pe, kind: markTerm, ref: "phrase"},
		}, [][]seg{{
			{`Lavrov said "the `, "", "", ""},
			{"propaganda", "phrase", "", ""},
			{" ", "phrase", "", ""},
			{"campaign", "phrase", "", ""},
			{` goes on" today.`, "", "", ""},
		}, {{"A second paragraph with Kiev.", "", "", ""}}}},
		{"a mark across a paragraph break is cut in two", []mark{
			{start: strings.Index(text, "today"), end: ks + 4, kind: markUnique, ref: "u2"},
		}, [][]seg{{
			{`Lavrov said "the propaganda campaign goes on" `, "", "", ""},
			{"today.", "", "", "u2"},
		}, {{"A second paragraph with Kiev", "", "", "u2"}, {".", "", "", ""}}}},
		{"bad offsets are dropped", []mark{
			{start: -1, end: 4, kind: markTerm, ref: "neg"},
			{start: 10, end: 5, kind: markTerm, ref: "reversed"},
			{start: ks, end: len(text) + 10, kind: markTerm, ref: "past end"},
			{start: 3, end: 3, kind: markTerm, ref: "empty"},
		}, [][]seg{{{`Lavrov said "the propaganda campaign goes on" today.`, "", "", ""}}, {{"A second paragraph with Kiev.", "", "", ""}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := flat(paragraphs(text, tt.marks))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d paragraphs %q, want %d", len(got), got, len(tt.want))
			}
			for i := range got {
				if len(got[i]) != len(tt.want[i]) {
					t.Fatalf("paragraph %d: got %q, want %q", i, got[i], tt.want[i])
				}
				for j := range got[i] {
					if got[i][j] != tt.want[i][j] {
						t.Errorf("paragraph %d segment %d: got %q, want %q", i, j, got[i][j], tt.want[i][j])
					}
				}
			}
		})
	}
	// A mark inside a character is dropped, not split.
	u := "Kyiv – Київ"
	p := paragraphs(u, []mark{{start: strings.Index(u, "Київ") + 1, end: len(u), kind: markTerm, ref: "x"}})
	if len(p) != 1 || len(p[0]) != 1 || p[0][0].Term != "" {
		t.Errorf("a mark starting inside a character: %+v", p)
	}
}

func TestCutText(t *testing.T) {
	para := strings.Repeat("word ", 30) // 150 bytes
	tests := []struct {
		name, text string
		n          int
		want       string
	}{
		{"short text whole", "One sentence.", 100, "One sentence."},
		{"at a paragraph break", para + "\n\n" + para, 200, para},
		{"at a sentence end", strings.Repeat("a", 60) + ". " + strings.Repeat("b", 60), 100, strings.Repeat("a", 60) + "."},
		{"at a space", strings.Repeat("abc ", 40), 100, strings.TrimSpace(strings.Repeat("abc ", 25))},
		{"never inside a character", strings.Repeat("ї", 100), 101, strings.Repeat("ї", 50)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutText(tt.text, tt.n); got != tt.want {
				t.Errorf("cutText(%.40q, %d) = %.60q, want %.60q", tt.text, tt.n, got, tt.want)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://news.example/a?b=1":   "https://news.example/a?b=1",
		"http://news.example/":         "http://news.example/",
		"javascript:alert(1)":          "",
		" JavaScript:alert(1)":         "",
		"data:text/html,<script>":      "",
		"//news.example/protocol-rel":  "",
		"/relative/path":               "",
		"vbscript:msgbox":              "",
		"https:///no-host":             "",
		"ftp://files.example/file.txt": "",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHTMLSize renders a 1,000-article result and holds it under 5 MB, the
// size any browser opens at once.
func TestHTMLSize(t *testing.T) {
	r := syntheticResult(1000)
	start := time.Now()
	doc := renderHTML(t, r)
	elapsed := time.Since(start)
	t.Logf("HTML for %d articles in %d events: %.2f MB, rendered in %v", len(r.Articles), len(r.Events), float64(len(doc))/1e6, elapsed)
	if len(doc) > 5_000_000 {
		t.Errorf("HTML for 1,000 articles is %d bytes, over 5 MB", len(doc))
	}
	// Every event is there, with each outlet's top terms and its tone.
	if got := bytes.Count(doc, []byte(`<section class="event`)); got != len(r.Events) {
		t.Errorf("%d events in the report, want %d", got, len(r.Events))
	}
	if got, want := bytes.Count(doc, []byte(`-t1"><summary>`)), len(r.Events)*4; got != want {
		t.Errorf("%d outlets' top terms with a drill-down, want %d", got, want)
	}
	if got, want := bytes.Count(doc, []byte(`-f1"><summary>`)), len(r.Events)*4; got != want {
		t.Errorf("%d outlets' top framing terms with a drill-down, want %d", got, want)
	}
	if got := bytes.Count(doc, []byte(`<h3 id="e1-first">What each puts first</h3>`)); got != 1 {
		t.Error("the first event does not say what each outlet puts first")
	}
	if got := bytes.Count(doc, []byte(`aria-label="Tone of each outlet`)); got != len(r.Events) {
		t.Errorf("%d tone charts, want %d", got, len(r.Events))
	}
	if !bytes.Contains(doc, []byte("--format json and --format csv have all of it")) {
		t.Error("the report does not say what it left out for size")
	}
	// A brief report left the loaded words and quotes out: no card may
	// read as if there were none.
	cards := regexp.MustCompile(`(?s)<div class="card [^"]*">.*?</dl></div>`).FindAll(doc, -1)
	if len(cards) != len(r.Events)*4 || !bytes.Contains(doc, []byte("so it is brief")) {
		t.Fatalf("%d outlet cards in a brief report of %d four-outlet events", len(cards), len(r.Events))
	}
	for _, row := range []string{"<dt>Loaded words</dt>", "<dt>Quotes</dt>", "<dt>Only here</dt>"} {
		if bytes.Contains(bytes.Join(cards, nil), []byte(row)) {
			t.Errorf("a brief report's cards have %s, a section it leaves out", row)
		}
	}
}

// TestHTMLLevels checks how much a report shows as it grows: all of it for
// a few events, a compact report with the article text for a few hundred
// articles, and never more than the size limit.
func TestHTMLLevels(t *testing.T) {
	tests := []struct {
		name                  string
		r                     *compare.Result
		compact, brief, texts bool
	}{
		{"a few events", fixtureResult(), false, false, true},
		{"40 events", syntheticResult(160), true, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := renderHTML(t, tt.r)
			if len(doc) > sizeLimit {
				t.Errorf("%d bytes, over the limit", len(doc))
			}
			if got := bytes.Contains(doc, []byte("so it is compact")); got != tt.compact {
				t.Errorf("compact: %v, want %v", got, tt.compact)
			}
			if got := bytes.Contains(doc, []byte("so it is brief")); got != tt.brief {
				t.Errorf("brief: %v, want %v", got, tt.brief)
			}
			if got := !bytes.Contains(doc, []byte("[Text left out")); got != tt.texts {
				t.Errorf("article text shown: %v, want %v", got, tt.texts)
			}
			t.Logf("%d articles: %.2f MB", len(tt.r.Articles), float64(len(doc))/1e6)
		})
	}
}

func BenchmarkHTML1000(b *testing.B) {
	r := syntheticResult(1000)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		var buf bytes.Buffer
		if err := HTML(&buf, r, "framediff bench"); err != nil {
			b.Fatal(err)
		}
		n = buf.Len()
	}
	b.ReportMetric(float64(n)/1e6, "MB")
}

// TestHTMLLanguages renders the demo, whose events join articles in
// English, Spanish, French, German and Russian: every headline and text
// in another language carries its lang attribute (English, the page's
// language, none), and the card of an outlet writing in another language
// says that its framing terms, loaded words and tone were measured in
// English only instead of claiming it has none.
func TestHTMLLanguages(t *testing.T) {
	r := demoResult(t)
	nodes := parse(t, renderHTML(t, r))
	inEvent := map[string]bool{}
	for _, ev := range r.Events {
		for _, id := range ev.Articles {
			inEvent[id] = true
		}
	}
	headings := map[string]string{}  // article heading text -> lang
	paras := map[string]int{}        // lang -> paragraphs of article text
	headlines := map[string]string{} // card headline -> lang
	var cards []node
	var when []string // each event's line under its heading
	for _, n := range nodes {
		switch {
		case n.tag == "p" && n.attrs["class"] == "when":
			when = append(when, n.text)
		case n.tag == "h4":
			headings[strings.TrimSpace(n.text)] = n.attrs["lang"]
		case n.tag == "p" && n.attrs["class"] == "headline":
			headlines[n.text] = n.attrs["lang"]
		case n.tag == "p" && n.attrs["class"] == "":
			paras[n.attrs["lang"]]++
		case n.tag == "div" && strings.HasPrefix(n.attrs["class"], "card "):
			cards = append(cards, n)
		}
	}
	other := map[string]string{} // outlet -> its language, when not English
	langs := 0
	for _, a := range r.Articles {
		if !inEvent[a.ID] {
			continue
		}
		want := langAttr(a.Language)
		if want != "" {
			other[a.Outlet] = a.Language
			langs++
		}
		if got, ok := headings[a.Title]; !ok || got != want {
			t.Errorf("article %s (%s): heading lang %q, want %q", a.ID, a.Language, got, want)
		}
		if got, ok := headlines[a.Title]; ok && got != want {
			t.Errorf("article %s (%s): card headline lang %q, want %q", a.ID, a.Language, got, want)
		}
		if want != "" && paras[want] == 0 {
			t.Errorf("article %s: no paragraph of text with lang %q", a.ID, want)
		}
	}
	if langs == 0 {
		t.Fatal("the demo has no article in another language in an event")
	}
	if len(when) != len(r.Events) {
		t.Fatalf("%d event lines for %d events", len(when), len(r.Events))
	}
	for i, ev := range r.Events {
		if len(ev.Languages) < 2 {
			continue
		}
		for _, code := range ev.Languages {
			if !strings.Contains(when[i], languageName(code)) {
				t.Errorf("event %s in %v: its line does not name %s: %q", ev.ID, ev.Languages, languageName(code), when[i])
			}
		}
	}
	if paras["en"] != 0 {
		t.Errorf("%d paragraphs marked lang=\"en\", the page's own language", paras["en"])
	}
	for _, c := range cards {
		for outlet, code := range other {
			if !strings.Contains(c.text, outlet+" ·") {
				continue
			}
			for _, note := range []string{outlet + " · in " + languageName(code) + ",", "framing terms, loaded words, tone (English only)"} {
				if !strings.Contains(c.text, note) {
					t.Errorf("the card of %s, writing in %s, does not say %q: %.300s", outlet, code, note, c.text)
				}
			}
			if strings.Contains(c.text, "none found") || strings.Contains(c.text, "no main actor mentioned") {
				t.Errorf("the card of %s, writing in %s, claims to have found none of what was not measured: %.300s", outlet, code, c.text)
			}
		}
	}
	t.Logf("%d articles in other languages in events, %d outlets writing in them; paragraphs by lang: %v", langs, len(other), paras)
}

// TestLangAttr checks which article languages become a lang attribute:
// language tags, but not English (the page's own), nothing undeclared and
// nothing an input could use to write markup or a tag no browser reads.
func TestLangAttr(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"es", "es"}, {"ru", "ru"}, {"pt-BR", "pt-BR"}, {"zh-Hant-TW", "zh-Hant-TW"}, {"fil", "fil"},
		{"en", ""}, {"", ""}, {"e", ""}, {"engl", ""}, {"es-", ""}, {"-es", ""}, {"es-toolongsubtag", ""},
		{`es" onmouseover="alert(1)`, ""}, {"es_ES", ""}, {"ру", ""}, {"1e", ""},
	} {
		if got := langAttr(tt.code); got != tt.want {
			t.Errorf("langAttr(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestHTMLLegendShownOutlets: a report of events chosen from a larger
// comparison lists in its legend and title the outlets that reported
// them, not every outlet compared, and each keeps the colour it has in
// the full report.
func TestHTMLLegendShownOutlets(t *testing.T) {
	legend := regexp.MustCompile(`<ul class="legend-outlets"[^>]*>(.*?)</ul>`)
	full := legend.FindStringSubmatch(string(renderHTML(t, fixtureResult())))
	r := fixtureResult()
	r.Events = r.Events[1:] // the bridge: Harbour Gazette and Tidewater Courier
	page := string(renderHTML(t, r))
	one := legend.FindStringSubmatch(page)
	if full == nil || one == nil {
		t.Fatal("no legend")
	}
	if strings.Contains(one[1], "Steppe Herald") || !strings.Contains(one[1], "Harbour Gazette") || !strings.Contains(one[1], "Tidewater Courier") {
		t.Errorf("legend of the bridge event: %s", one[1])
	}
	for _, item := range regexp.MustCompile(`<li>.*?</li>`).FindAllString(one[1], -1) {
		if !strings.Contains(full[1], item) {
			t.Errorf("legend item %s is not as in the full report's legend %s", item, full[1])
		}
	}
	if !strings.Contains(page, "<title>framediff: 1 event from 2 outlets</title>") {
		t.Errorf("title: %s", regexp.MustCompile(`<title>.*?</title>`).FindString(page))
	}
}

// TestHTMLFrameWords: an outlet's strong framing-lexicon category has a
// row of its own on its card, not a place among its framing terms: a
// category is no framing term (the glossary's: a distinctive term the
// model scores as loaded), and beside "none found" it read as a
// contradiction ("none found; conflict words (...)").
func TestHTMLFrameWords(t *testing.T) {
	r := fixtureResult()
	for i, l := range r.Events[0].Lexicon {
		if l.Category == "conflict" && l.Outlet == "Tidewater Courier" {
			r.Events[0].Lexicon[i].Count, r.Events[0].Lexicon[i].Z = 4, 2.4
			r.Events[0].Lexicon[i].Words = []compare.WordCount{{Word: "crises", Count: 4}}
		}
	}
	page := string(renderHTML(t, r))
	card := regexp.MustCompile(`(?s)<div class="card [^"]*">\s*<p class="outlet">.{0,200}Tidewater Courier.*?</dl></div>`).FindString(page)
	if card == "" {
		t.Fatal("no card of the Tidewater Courier")
	}
	framing := regexp.MustCompile(`(?s)<dt>Framing terms</dt><dd>(.*?)</dd>`).FindStringSubmatch(card)
	frame := regexp.MustCompile(`(?s)<dt>Frame words</dt><dd>(.*?)</dd>`).FindStringSubmatch(card)
	if framing == nil || !strings.Contains(framing[1], "none found") || strings.Contains(framing[1], "crises") {
		t.Errorf("framing terms of a card with none: %v", framing)
	}
	if frame == nil || !strings.Contains(frame[1], "conflict words (crises)") || !strings.Contains(frame[1], "strong") {
		t.Errorf("frame words row: %v", frame)
	}
	if n := strings.Count(page, "<dt>Frame words</dt>"); n != 1 {
		t.Errorf("%d frame words rows, want the Courier's alone", n)
	}
}

// TestReportedSpeechShown: the loaded words of an outlet's reported speech
// are shown apart from its own voice on its card, in the loaded-words
// table and in the text report, not lost and not counted as its own.
func TestReportedSpeechShown(t *testing.T) {
	r := fixtureResult()
	r.Events[0].LoadedWords = append(r.Events[0].LoadedWords, compare.OutletLoaded{
		Outlet: "Tidewater Courier", Voice: frame.VoiceReported, VoiceWords: 31, Count: 1, Rate: 32.258,
		Words: []compare.LoadedWord{{Word: "hostile", Count: 1, Score: 0.21}},
	})
	page := string(renderHTML(t, r))
	card := regexp.MustCompile(`(?s)<div class="card [^"]*">\s*<p class="outlet">.{0,200}Tidewater Courier.*?</dl></div>`).FindString(page)
	loaded := regexp.MustCompile(`(?s)<dt>Loaded words</dt><dd>(.*?)</dd>`).FindStringSubmatch(card)
	if loaded == nil || !strings.Contains(loaded[1], "none found") || !strings.Contains(loaded[1], "in reported speech") || !strings.Contains(loaded[1], "hostile") {
		t.Errorf("the Courier's loaded words row: %v", loaded)
	}
	if !strings.Contains(page, "reported speech") {
		t.Error("no loaded-words row names reported speech")
	}
	var text bytes.Buffer
	if err := Text(&text, r, "framediff test"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "in reported speech: hostile") {
		t.Errorf("the text report does not show the reported loaded word:\n%s", text.String())
	}
}
