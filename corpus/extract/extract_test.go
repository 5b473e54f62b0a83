package extract

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name, file, pageURL string
		want                Page // every field but Text
		has                 []string
		hasNot              []string
		paragraphs          int
	}{
		{
			name:    "json-ld graph",
			file:    "jsonld.html",
			pageURL: "https://pacificledger.example/world/blinken?utm_source=feed",
			want: Page{
				Title:      "Blinken urges Moscow to step back from Ukraine border",
				Outlet:     "Pacific Ledger", // publisher by @id reference
				URL:        "https://pacificledger.example/world/blinken-honolulu-press-conference",
				Language:   "en",
				Author:     "Leilani Kahale, Tom Reyes",
				Published:  time.Date(2022, 2, 12, 19, 40, 0, 0, time.FixedZone("", -10*3600)),
				DateSource: SourceJSONLD, // the NewsArticle's date, not the WebPage's
			},
			has: []string{
				"Secretary of State Antony Blinken closed a meeting with his Japanese and South Korean counterparts in Honolulu",
				`the alliance with Tokyo and Seoul was "a cornerstone" of American policy`,
			},
			hasNot:     []string{"Home", "Sports", "Copyright", "By Leilani"},
			paragraphs: 4,
		},
		{
			name: "meta tags only",
			file: "meta.html",
			want: Page{
				Title:      "Biden and Putin talk for an hour as tensions over Ukraine mount",
				Outlet:     "Northgate Herald",
				URL:        "https://northgate.example/news/2022/biden-putin-call",
				Language:   "en", // og:locale en_GB
				Author:     "Priya Nandakumar",
				Published:  time.Date(2022, 2, 12, 22, 15, 0, 0, time.UTC),
				DateSource: SourceMeta,
			},
			has: []string{
				"President Joe Biden and President Vladimir Putin spoke by telephone for about an hour on Saturday",
				"Neither side reported a breakthrough",
			},
			paragraphs: 4,
		},
		{
			name:    "windows-1252",
			file:    "latin1.html",
			pageURL: "https://courrier.example/monde/macron-poutine",
			want: Page{
				Title:      "Macron et Poutine parlent pendant plus de cinq heures au Kremlin", // suffix is the site name
				Outlet:     "Le Courrier du Port",                                              // application-name
				URL:        "https://courrier.example/monde/macron-poutine",
				Language:   "fr",
				Published:  time.Date(2022, 2, 8, 7, 30, 0, 0, time.FixedZone("", 3600)),
				DateSource: SourceTime,
			},
			has: []string{
				"Emmanuel Macron a été reçu lundi à Moscou par Vladimir Poutine",
				"a dit vouloir « éviter la guerre » et bâtir des garanties de sécurité concrètes pour l’Europe",
				"où l’Élysée prévoit un entretien",
			},
			hasNot:     []string{"\ufffd", "8 février 2022"},
			paragraphs: 4,
		},
		{
			name:    "junk around the article, date in the byline",
			file:    "junk.html",
			pageURL: "https://www.midlanddailywire.example/world/russia-troops",
			want: Page{
				Title:      "Russia says some troops are heading back to base; NATO sees no sign of it",
				Outlet:     "midlanddailywire.example",
				URL:        "https://www.midlanddailywire.example/world/russia-troops",
				Language:   "en",
				Author:     "Dana Whitfield",
				Published:  time.Date(2022, 2, 15, 10, 30, 0, 0, time.FixedZone("EST", -5*3600)),
				DateSource: SourceText,
			},
			has: []string{
				"Russia's Defence Ministry said on Tuesday that some units from its Southern and Western military districts",
				"NATO Secretary General Jens Stoltenberg said the alliance had not yet seen any de-escalation on the ground",
				"urged their allies to keep up the pressure.",
			},
			hasNot: []string{
				"cookies", "Subscribe", "Share on", "Armoured vehicles", "Advertisement",
				"newsletter", "Five things", "comments", "reader123", "Most read",
				"Local council", "Privacy policy", "tracking pixel", "dataLayer", "Published February",
			},
			paragraphs: 5,
		},
		{
			name:    "junk page, date in the URL wins over the byline",
			file:    "junk.html",
			pageURL: "https://www.midlanddailywire.example/2022/02/15/russia-troops/",
			want: Page{
				Title:      "Russia says some troops are heading back to base; NATO sees no sign of it",
				Outlet:     "midlanddailywire.example",
				URL:        "https://www.midlanddailywire.example/2022/02/15/russia-troops/",
				Language:   "en",
				Author:     "Dana Whitfield",
				Published:  time.Date(2022, 2, 15, 0, 0, 0, 0, time.UTC),
				DateSource: SourceURL,
			},
			paragraphs: 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTML(bytes.NewReader(readTestdata(t, tt.file)), tt.pageURL)
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			text := got.Text
			got.Text = ""
			if !got.Published.Equal(tt.want.Published) || zoneOffset(got.Published) != zoneOffset(tt.want.Published) {
				t.Errorf("Published = %v, want %v", got.Published, tt.want.Published)
			}
			got.Published, tt.want.Published = time.Time{}, time.Time{}
			if got != tt.want {
				t.Errorf("HTML metadata:\n got %+v\nwant %+v", got, tt.want)
			}
			for _, s := range tt.has {
				if !strings.Contains(text, s) {
					t.Errorf("Text lacks %q:\n%s", s, text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(text, s) {
					t.Errorf("Text holds junk %q:\n%s", s, text)
				}
			}
			if n := len(strings.Split(text, "\n\n")); n != tt.paragraphs {
				t.Errorf("Text has %d paragraphs, want %d:\n%s", n, tt.paragraphs, text)
			}
			if strings.ContainsAny(text, "<>\t\r") || strings.Contains(text, "  ") || strings.Contains(text, "\n\n\n") {
				t.Errorf("Text is not clean plain text:\n%q", text)
			}
		})
	}
}

func zoneOffset(t time.Time) int {
	_, off := t.Zone()
	return off
}

func TestHTMLNoText(t *testing.T) {
	page := `<html lang="en"><head><title>Gallery: Olympic opening night | Pacific Ledger</title>
		<meta property="og:site_name" content="Pacific Ledger"></head>
		<body><nav><a href="/">Home</a></nav><img src="a.jpg"><script>var x = "not text";</script></body></html>`
	got, err := HTML(strings.NewReader(page), "https://pacificledger.example/gallery/2022/02/04/opening")
	if !errors.Is(err, ErrNoText) {
		t.Fatalf("error = %v, want ErrNoText", err)
	}
	// The metadata comes back with the error, for the skip report.
	if got.Title != "Gallery: Olympic opening night" || got.Outlet != "Pacific Ledger" || got.DateSource != SourceURL {
		t.Errorf("metadata with ErrNoText = %+v", got)
	}
	if got.Text != "" {
		t.Errorf("Text = %q, want empty", got.Text)
	}
}

// endless yields 'a' forever.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestHTMLTooLarge(t *testing.T) {
	_, err := HTML(io.LimitReader(endless{}, MaxPageBytes+1), "")
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("error = %v, want ErrTooLarge", err)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestHTMLReadError(t *testing.T) {
	_, err := HTML(failingReader{}, "")
	if err == nil || !strings.HasPrefix(err.Error(), "reading page: ") {
		t.Errorf("error = %v, want a wrapped read error", err)
	}
}

func TestDecode(t *testing.T) {
	const word = "café – “ok”"
	latin1 := []byte("caf\xe9 \x96 \x93ok\x94") // the same in windows-1252
	padding := "<!-- " + strings.Repeat("x", 2000) + " -->"
	tests := []struct {
		name string
		in   []byte
	}{
		{"utf-8 declared", []byte(`<meta charset="utf-8"><p>` + word)},
		{"utf-8 undeclared", []byte(`<p>` + word)},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf<p>"), word...)},
		{"windows-1252 declared", append([]byte(`<meta charset="windows-1252"><p>`), latin1...)},
		{"iso-8859-1 declared (read as windows-1252)", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>`), latin1...)},
		{"declared after the first KiB", append([]byte(`<head>`+padding+`<meta charset="windows-1252"><p>`), latin1...)},
		{"undeclared and not utf-8", append([]byte(`<p>`), latin1...)},
		{"utf-8 mislabelled as latin-1", []byte(`<meta charset="iso-8859-1"><p>` + word)},
		{"utf-16 label in ascii bytes", []byte(`<meta charset="utf-16"><p>` + word)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := string(decode(tt.in))
			if !strings.Contains(out, word) {
				t.Errorf("decode = %q, want it to hold %q", out, word)
			}
		})
	}
	t.Run("utf-16le with BOM", func(t *testing.T) {
		var b []byte
		b = append(b, 0xff, 0xfe)
		for _, r := range "<p>" + word {
			b = append(b, byte(r), byte(r>>8))
		}
		if out := string(decode(b)); !strings.Contains(out, word) {
			t.Errorf("decode = %q", out)
		}
	})
}

func TestRender(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"br breaks", "<p>One<br>Two<br/><br>Three</p>", "One\n\nTwo\n\nThree"},
		{"headings and lists", "<h2>Head</h2><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote>", "Head\n\na\n\nb\n\nq"},
		{"div blocks", "<div>x<div>y</div>z</div>", "x\n\ny\n\nz"},
		{"inline joins", "<p>Hel<b>lo</b> <i>wor</i>ld</p>", "Hello world"},
		{"whitespace", "<p>  a \n\t b\u00a0\u00a0c  </p>", "a b c"},
		{"entities", "<p>Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8212; ok</p>", "Tom & Jerry <3 été — ok"},
		{"invisible break hints", "<p>inter\u00adnational zero\u200bwidth</p>", "international zerowidth"},
		{"pre lines", "<pre>line one\n  line   two\n\nthree</pre>", "line one\n\nline two\n\nthree"},
		{"cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"},
		{"skipped", "<p>keep</p><script>x()</script><style>p{}</style><nav>menu</nav><figure><img><figcaption>cap</figcaption></figure><button>Buy</button><p>also</p>", "keep\n\nalso"},
		{"hidden", `<p hidden>h1</p><p aria-hidden="true">h2</p><p style="display: none">h3</p><p style="visibility:hidden">h4</p><p>shown</p>`, "shown"},
		{"skipped inline separates words", "<p>before<img>after</p>", "before after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := render(doc, false); got != tt.want {
				t.Errorf("render = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBoilerplateFilter(t *testing.T) {
	body := strings.Repeat("The minister said the talks would continue next week in Geneva. ", 6)
	in := `<div id="root">
		<p class="story-caption">A caption under a photo.</p>
		<div class="imageEmbedCaption">A camel-case caption.</div>
		<p>` + body + `</p>
		<p>Read more: <a href="/x">A headline about something else entirely</a></p>
		<ul><li><a href="/a">Related headline one</a></li></ul>
		<p>A short line with <a href="/l">one link</a> in the middle of many words here.</p>
		<div class="captioned">Not a caption word.</div>
		<span itemprop="datePublished">segunda-feira, 22 de janeiro de 2018</span>
		<p>Filed under world news and diplomacy: <a rel="tag" href="/t/a">ukraine</a> <a rel="tag" href="/t/b">nato</a></p>
	</div>`
	doc, err := html.Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	root := findElement(doc, "div")
	got := renderParagraphs(root, true)
	want := []string{strings.TrimSpace(body), "A short line with one link in the middle of many words here.", "Not a caption word.", "Filed under world news and diplomacy:"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("renderParagraphs =\n%q\nwant\n%q", got, want)
	}

	// A boilerplate class on the block that holds most of the text is not
	// trusted: it is the article.
	in = `<div id="root"><div class="post has-comments">` + body + `</div><p>tail</p></div>`
	doc, _ = html.Parse(strings.NewReader(in))
	if got := renderParagraphs(findElement(doc, "div"), true); len(got) != 2 {
		t.Errorf("article wrapper with a boilerplate word was dropped: %q", got)
	}
}

func TestClassWords(t *testing.T) {
	tests := map[string]string{
		"InlineImage-imageEmbedCaption": "inline image image embed caption",
		"story_caption  main":           "story caption main",
		"sr-only":                       "sr only",
		"HTMLBody h2Title":              "htmlbody h2 title",
		"":                              "",
	}
	for in, want := range tests {
		if got := strings.Join(classWords(in), " "); got != want {
			t.Errorf("classWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDropFurniture(t *testing.T) {
	long := "This paragraph is long enough to count as the start of the article body itself, clearly."
	in := []string{
		"Sign In",
		"Midland mayor resigns",
		"https://news.example/story",
		"Posted: Fri 6:45 PM, Feb 16, 2018",
		"Advertisement",
		"A standfirst that stays",
		long,
		"Updated 12.02.2022",
		"ADVERT",
		"The end.",
	}
	got := dropFurniture(in, "Midland Mayor Resigns")
	want := []string{"Sign In", "A standfirst that stays", long, "Updated 12.02.2022", "The end."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("dropFurniture =\n%q\nwant\n%q", got, want)
	}
}

func TestLargestBlock(t *testing.T) {
	in := `<body>
		<div id="menu"><p><a href="/">Home</a></p><p><a href="/w">World</a></p></div>
		<div id="story"><p>First paragraph of the story, long enough.</p><div>Second, written as a div.</div><p>Third.</p></div>
		<div id="related" class="related"><p>Related: a much longer teaser paragraph that should never win because its class says so.</p></div>
		<div id="comments-area"><p>Short one.</p></div>
	</body>`
	doc, err := html.Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	got := largestBlock(doc)
	if got == nil || attr(got, "id") != "story" {
		t.Fatalf("largestBlock = %v, want div#story", got)
	}
	empty, _ := html.Parse(strings.NewReader("<body><img></body>"))
	if got := largestBlock(empty); got != nil {
		t.Errorf("largestBlock on an empty page = %v, want nil", got)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name, scripts                     string
		headline, publisher, date, author string
	}{
		{
			name:     "top-level array",
			scripts:  `[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"H","datePublished":"2022-02-12","author":"A. Writer","publisher":{"@type":"Organization","name":"Pub"}}]`,
			headline: "H", publisher: "Pub", date: "2022-02-12", author: "A. Writer",
		},
		{
			name:     "graph with @id references",
			scripts:  `{"@graph":[{"@type":"Organization","@id":"#o","name":"Org"},{"@type":"Person","@id":"#p","name":"P. Person"},{"@type":"ReportageNewsArticle","headline":"G","datePublished":["2022-02-13T10:00:00Z"],"author":{"@id":"#p"},"publisher":{"@id":"#o"}}]}`,
			headline: "G", publisher: "Org", date: "2022-02-13T10:00:00Z", author: "P. Person",
		},
		{
			name:     "broken script next to a good one, raw newline in a string",
			scripts:  "{broken\n</script><script type=\"application/ld+json\"><!--\n{\"@type\":\"BlogPosting\",\"headline\":\"Line\none &amp; two\",\"datePublished\":\"2022-02-14\"}\n-->",
			headline: "Line one & two", date: "2022-02-14",
		},
		{
			name:     "article as the WebPage's mainEntity",
			scripts:  `{"@type":"WebPage","name":"Page","mainEntity":{"@type":"AnalysisNewsArticle","headline":"M","datePublished":"2022-02-15","author":["X","https://example.org/y"]}}`,
			headline: "M", date: "2022-02-15", author: "X",
		},
		{
			name:    "no article object",
			scripts: `{"@type":"BreadcrumbList","itemListElement":[]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><script type="application/ld+json">` + tt.scripts + `</script></head><body></body></html>`
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			l := readJSONLD(goquery.NewDocumentFromNode(doc))
			if got := l.articleField("headline"); got != tt.headline {
				t.Errorf("headline = %q, want %q", got, tt.headline)
			}
			if got := l.publisher(); got != tt.publisher {
				t.Errorf("publisher = %q, want %q", got, tt.publisher)
			}
			if got := l.field("datePublished"); got != tt.date {
				t.Errorf("datePublished = %q, want %q", got, tt.date)
			}
			if got := l.authors(); got != tt.author {
				t.Errorf("authors = %q, want %q", got, tt.author)
			}
		})
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Blinken in Honolulu | Pacific Ledger", "Blinken in Honolulu"},
		{"Blinken in Honolulu - Pacific Ledger", "Blinken in Honolulu"},
		{"Blinken in Honolulu — pacificledger.example", "Blinken in Honolulu"},
		{"Pacific Ledger | Blinken in Honolulu", "Blinken in Honolulu"},
		{"Blinken in Honolulu - PacificLedger", "Blinken in Honolulu"},
		{"Blinken in Honolulu - Analysis", "Blinken in Honolulu - Analysis"}, // not the site
		{"Ukraine - Russia talks resume | World | Pacific Ledger", "Ukraine - Russia talks resume | World"},
		{"Pacific Ledger", "Pacific Ledger"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, siteNames("Pacific Ledger", "pacificledger.example")...); got != tt.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := map[string]string{
		"en": "en", "en-US": "en", "EN_gb": "en", "fr-FR": "fr", " de ": "de",
		"zh-Hant-TW": "zh", "fil": "fil", "": "", "english": "", "e1": "", "en,fr": "en",
	}
	for in, want := range tests {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzHTML feeds mutated test pages to HTML. Invariants: no panic; Text is
// valid UTF-8 with no markup of the input's own tags left in it.
func FuzzHTML(f *testing.F) {
	for _, name := range []string{"jsonld.html", "meta.html", "latin1.html", "junk.html"} {
		f.Add(readTestdata(f, name))
	}
	f.Add([]byte(`<p>a<br>b</p><script>"<p>"</script><textarea><b>x</b></textarea>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := HTML(bytes.NewReader(in), "https://news.example/2022/02/12/story")
		if err != nil && !errors.Is(err, ErrNoText) {
			t.Fatalf("HTML: %v", err)
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("Text is not valid UTF-8: %q", p.Text)
		}
		for _, field := range []string{p.Title, p.Outlet, p.Author, p.URL, p.Language} {
			if !utf8.ValidString(field) {
				t.Fatalf("metadata is not valid UTF-8: %q", field)
			}
		}
		// Markup must not survive as text: when every '<' of the input
		// opens a tag (none is in text, where "&lt;" also counts), Text has
		// no '<' at all.
		if !textHasLT(decode(in)) && strings.Contains(p.Text, "<") {
			t.Fatalf("Text holds markup:\n%s", p.Text)
		}
	})
}

// textHasLT reports whether a '<' occurs in the text of an HTML input, as
// the tokenizer reads it, outside scripts and styles (never rendered).
func textHasLT(in []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(in))
	rawText := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return false
		case html.TextToken:
			if !rawText && bytes.IndexByte(z.Text(), '<') >= 0 {
				return true
			}
			rawText = false
		default:
			name, _ := z.TagName()
			rawText = (tt == html.StartTagToken || tt == html.SelfClosingTagToken) &&
				(string(name) == "script" || string(name) == "style")
		}
	}
}

// BenchmarkHTML measures HTML on the AEB pages when the set is beside the
// module, and on the test pages otherwise.
func BenchmarkHTML(b *testing.B) {
	var pages [][]byte
	if dir := aebDir(b); dir != "" {
		for _, p := range loadAEB(b, dir) {
			pages = append(pages, p.html)
		}
	} else {
		for _, name := range []string{"jsonld.html", "meta.html", "latin1.html", "junk.html"} {
			pages = append(pages, readTestdata(b, name))
		}
	}
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := HTML(bytes.NewReader(p), ""); err != nil && !errors.Is(err, ErrNoText) {
				b.Fatal(err)
			}
		}
	}
}

func TestPublishedSources(t *testing.T) {
	body := `<p>` + strings.Repeat("Officials met in Munich on Saturday to discuss European security. ", 10) + `</p>`
	tests := []struct {
		name, head, body, url string
		want                  time.Time
		source                string
	}{
		{"sailthru.date", `<meta name="sailthru.date" content="2022-02-19 10:00:00">`, "", "",
			time.Date(2022, 2, 19, 10, 0, 0, 0, time.UTC), SourceMeta},
		{"parsely-pub-date", `<meta name="parsely-pub-date" content="2022-02-19T10:00:00Z">`, "", "",
			time.Date(2022, 2, 19, 10, 0, 0, 0, time.UTC), SourceMeta},
		{"dc.date", `<meta name="DC.date" content="2022-02-19">`, "", "",
			time.Date(2022, 2, 19, 0, 0, 0, 0, time.UTC), SourceMeta},
		{"unparsable meta falls through", `<meta property="article:published_time" content="soon"><meta name="pubdate" content="20220219">`, "", "",
			time.Date(2022, 2, 19, 0, 0, 0, 0, time.UTC), SourceMeta},
		{"itemprop element", "", `<span itemprop="datePublished" content="2022-02-19T09:00:00+01:00">Saturday</span>`, "",
			time.Date(2022, 2, 19, 9, 0, 0, 0, time.FixedZone("", 3600)), SourceTime},
		{"time inside the article wins over the header clock", "",
			`<header><time datetime="2022-03-01T00:00:00Z">today</time></header><article><time>February 19, 2022</time></article>`, "",
			time.Date(2022, 2, 19, 0, 0, 0, 0, time.UTC), SourceTime},
		{"url", "", "", "https://news.example/world/2022-02-19/munich-conference",
			time.Date(2022, 2, 19, 0, 0, 0, 0, time.UTC), SourceURL},
		{"text under the headline, not in the menu above it", "",
			`<div>Ticker: 1 March 2022 markets</div><h1>Munich meeting</h1><p>Saturday, 19 February 2022, 13:34 CET</p>`, "",
			time.Date(2022, 2, 19, 13, 34, 0, 0, time.FixedZone("CET", 3600)), SourceText},
		{"none", "", "", "", time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.body + body + "</body></html>"
			got, err := HTML(strings.NewReader(page), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got.DateSource != tt.source || !got.Published.Equal(tt.want) || zoneOffset(got.Published) != zoneOffset(tt.want) {
				t.Errorf("Published = %v from %q, want %v from %q", got.Published, got.DateSource, tt.want, tt.source)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	tests := map[string]string{
		"By TOM KRISHER, AP Auto Writer":              "TOM KRISHER, AP Auto Writer",
		"by  Dana Whitfield ":                         "Dana Whitfield",
		"Associated Press November 19, 2019 11:02 AM": "Associated Press",
		"By Justine Coleman - 11/18/19 11:04 PM EST":  "Justine Coleman - 11/18/19 11:04 PM EST", // two-digit years are not searched for
		"https://news.example/staff/dana":             "",
		"Byron Allen":                                 "Byron Allen",
	}
	for in, want := range tests {
		if got := cleanByline(in); got != want {
			t.Errorf("cleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>HONOLULU &mdash; Talks ended.</p><p>Both sides spoke.</p>", "HONOLULU — Talks ended.\n\nBoth sides spoke."},
		{"inline markup stays in its paragraph", "Blinken&#39;s <b>warning</b> came <em>late</em>.", "Blinken's warning came late."},
		{"line breaks end paragraphs", "First line<br>second line", "First line\n\nsecond line"},
		{"scripts and styles go", "<p>Text</p><script>var x = 1;</script><style>p{}</style>", "Text"},
		{"hidden elements go", `<p>Seen</p><div hidden>Unseen</div>`, "Seen"},
		{"unclosed tags", "<p>One<p>Two", "One\n\nTwo"},
		{"no markup", "Plain text.", "Plain text."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FragmentText(tc.in); got != tc.want {
				t.Errorf("FragmentText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzFragmentText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<b>x", "&amp;&#x41;", "<script>", "<table><tr><td>a</td></tr></table>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := FragmentText(s)
		if !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 from %q", s)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("an empty paragraph from %q", s)
		}
	})
}

// TestDecodeServed checks the Content-Type header's charset against the
// page's bytes and its own declaration: the header wins over a meta tag
// unless the bytes show it wrong.
func TestDecodeServed(t *testing.T) {
	const word = "café – “ok”"
	latin1 := []byte("caf\xe9 \x96 \x93ok\x94") // word in windows-1252
	const cyrillic = "Лавров"
	cp1251 := []byte("\xcb\xe0\xe2\xf0\xee\xe2") // cyrillic in windows-1251
	tests := []struct {
		name        string
		contentType string
		in          []byte
		want        string
	}{
		{"header utf-8", "text/html; charset=utf-8", []byte(`<p>` + word), word},
		{"header latin-1", "text/html; charset=ISO-8859-1", append([]byte(`<p>`), latin1...), word},
		{"header over a wrong meta", "text/html; charset=windows-1252", append([]byte(`<meta charset="utf-8"><p>`), latin1...), word},
		{"header windows-1251", "text/html; charset=windows-1251", append([]byte(`<p>`), cp1251...), cyrillic},
		{"header names latin-1, bytes are utf-8", "text/html; charset=iso-8859-1", []byte(`<p>` + word), word},
		{"header names utf-8, bytes are windows-1252", "text/html; charset=UTF-8", append([]byte(`<p>`), latin1...), word},
		{"header names utf-8, meta names windows-1251", "text/html; charset=utf-8", append([]byte(`<meta charset="windows-1251"><p>`), cp1251...), cyrillic},
		{"no charset in the header: meta decides", "text/html", append([]byte(`<meta charset="windows-1251"><p>`), cp1251...), cyrillic},
		{"no header: sniffed", "", append([]byte(`<p>`), latin1...), word},
		{"unknown charset", "text/html; charset=x-klingon", []byte(`<p>` + word), word},
		{"BOM over the header", "text/html; charset=windows-1252", append([]byte("\xef\xbb\xbf<p>"), word...), word},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := string(decodeServed(tt.in, tt.contentType))
			if !strings.Contains(out, tt.want) {
				t.Errorf("decodeServed(%q) = %q, want it to hold %q", tt.contentType, out, tt.want)
			}
		})
	}
}
