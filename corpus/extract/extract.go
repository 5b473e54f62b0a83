package extract

// Algorithm
//
// HTML runs one page through four steps:
//
//	bytes --decode--> UTF-8 --html.Parse--> DOM --metadata (goquery)--> Page fields
//	                                          \--readability--> container --render--> paragraphs
//	                                                                   \--fallback: largest block
//
//  1. Decode: BOM, then (for a page served over HTTP) the Content-Type
//     header's charset, then a meta charset anywhere in the first 64 KiB,
//     then UTF-8 if the bytes are valid UTF-8, else windows-1252
//     (charset.go).
//  2. Metadata is read from the untouched DOM (meta.go), because readability
//     mutates it: JSON-LD (with @graph, arrays and @id references), meta
//     tags, <time>, link rel=canonical, <html lang>.
//  3. Main text: readability (codeberg.org/readeck/go-readability/v2, a
//     port of Mozilla's Readability.js) picks the article container, with
//     its classes kept. The container is rendered to paragraphs by our own
//     walker (text.go), which also drops what readability leaves inside it:
//     blocks whose class or id names boilerplate (captions, bylines,
//     sharing, related links, ...), schema.org date/author markup, tag
//     links, and short link-dense blocks, unless they hold half the
//     container's text. Before the first long paragraph,
//     short lines that repeat the title, are a bare URL or carry a date are
//     dropped, and ad placeholders anywhere. When that leaves under 500
//     letters, the container whose paragraph children hold the most
//     non-link text is tried and kept if it holds more than twice as much.
//  4. Date fallbacks that need no markup: the URL path, then the first date
//     in the page text from the headline on.
//
// Each step is linear in the page size; readability makes up to five passes
// over the DOM, so it dominates (see BenchmarkHTML).
//
// Measured on the AEB development set (aeb_test.go: 181 pages, the
// benchmark's own shingle metric): see TestAEB's log. Readability's own
// innerText rendering of the same containers scores about 0.952 F1; the
// rendering and filters here bring that to about 0.977.
//
// Limits
//
//   - No CSS and no JavaScript: text that a script inserts (embedded
//     tweets, lazy "load more" bodies) is not seen, and only inline
//     display:none / hidden / aria-hidden hide an element.
//   - One article per page: a listing or live blog yields its largest
//     container, which may span several stories.
//   - The boilerplate class words are English; other languages' class
//     names are common on non-English sites and pass through.
//   - Pages over MaxPageBytes are refused, not truncated.

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/framediff/framediff/corpus/dates"
	"github.com/framediff/framediff/corpus/mojibake"
)

// Where Page.Published came from.
const (
	SourceJSONLD = "json-ld"
	SourceMeta   = "meta"
	SourceTime   = "time"
	SourceURL    = "url"
	SourceText   = "text"
)

// MaxPageBytes is the largest page HTML reads. News article pages are
// well under 5 MiB even with inline scripts; a larger input is not an
// article, and reading it whole would cost memory for nothing.
const MaxPageBytes = 16 << 20

var (
	// ErrNoText is wrapped by the error for a page that has no article text.
	ErrNoText = errors.New("no article text")
	// ErrTooLarge is wrapped by the error for an input over MaxPageBytes.
	ErrTooLarge = fmt.Errorf("page larger than %d bytes", MaxPageBytes)
)

// Page is what HTML makes of one article page.
type Page struct {
	// Title: og:title, JSON-LD headline, <title>, first <h1>; a " | Site"
	// suffix (or "Site | " prefix) naming the site is removed.
	Title string
	// Text is the article body as plain text: paragraphs separated by
	// "\n\n", white space collapsed inside them, entities decoded.
	Text string
	// Outlet: og:site_name, JSON-LD publisher.name, application-name, then
	// the host of URL without "www.".
	Outlet string
	// URL: link rel=canonical, og:url, then the page URL given to HTML.
	URL string
	// Language is a lower-case primary subtag ("en") from <html lang>,
	// Content-Language, og:locale or JSON-LD inLanguage; "" when unknown.
	Language string
	// Author: JSON-LD author names, meta author, or readability's byline.
	Author string
	// Published keeps the zone the page wrote (see package dates); the
	// zero Time when no date was found.
	Published time.Time
	// DateSource says where Published came from: SourceJSONLD, SourceMeta
	// (meta tags, including itemprop on <meta>), SourceTime (<time> and
	// itemprop=datePublished elements), SourceURL, SourceText, or "".
	DateSource string
}

// HTML extracts the article text and metadata of the page read from r.
// pageURL is where the page was fetched from (it may be empty); it
// resolves relative links and is the last fallback for URL, Outlet and the
// date.
//
// A page without article text returns an error wrapping ErrNoText together
// with the metadata that was found, so that the caller can report what it
// skipped and why. An input over MaxPageBytes returns ErrTooLarge.
func HTML(r io.Reader, pageURL string) (Page, error) {
	return page(r, pageURL, decode)
}

// HTMLServed is HTML for a page fetched over HTTP: contentType is the
// Content-Type header it came with, whose charset decides the encoding
// after a byte-order mark and before the page's own declaration, unless
// the bytes contradict it (see decodeServed).
func HTMLServed(r io.Reader, pageURL, contentType string) (Page, error) {
	return page(r, pageURL, func(raw []byte) []byte { return decodeServed(raw, contentType) })
}

func page(r io.Reader, pageURL string, decode func([]byte) []byte) (Page, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxPageBytes+1))
	if err != nil {
		return Page{}, fmt.Errorf("reading page: %w", err)
	}
	if len(raw) > MaxPageBytes {
		return Page{}, ErrTooLarge
	}
	// Mojibake is repaired before parsing, while the soft hyphens and
	// no-break spaces that are bytes of it ("í" is "Ã" + U+00AD) are still
	// there: the renderer drops the one and collapses the other.
	doc, err := html.Parse(strings.NewReader(mojibake.Repair(string(decode(raw)))))
	if err != nil {
		return Page{}, fmt.Errorf("parsing page: %w", err)
	}
	var base *url.URL
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		base = u
	}

	p := metadata(doc, base)
	if p.DateSource == "" {
		for _, u := range []string{p.URL, pageURL} {
			if t, ok := dates.FromURL(u); ok {
				p.Published, p.DateSource = t, SourceURL
				break
			}
		}
	}
	if p.DateSource == "" {
		if t, ok := dateInText(doc); ok {
			p.Published, p.DateSource = t, SourceText
		}
	}

	// Readability mutates the tree, so every look at the raw DOM is above.
	paras, byline, err := mainText(doc, base, p.Title)
	if err != nil {
		return p, err
	}
	p.Text = strings.Join(paras, "\n\n")
	if p.Author == "" {
		p.Author = cleanByline(byline)
	}
	if p.Text == "" {
		return p, fmt.Errorf("extracting main text: %w", ErrNoText)
	}
	return p, nil
}

// metadata reads every Page field but Text from the DOM.
func metadata(doc *html.Node, base *url.URL) Page {
	gq := goquery.NewDocumentFromNode(doc)
	tags := readMetaTags(gq)
	l := readJSONLD(gq)

	var p Page
	p.URL = canonicalURL(gq, tags, base)
	hostname := host(p.URL)
	p.Outlet = firstOf(tags["og:site_name"], l.publisher(), tags["application-name"], hostname)
	if strings.HasPrefix(p.Outlet, "http://") || strings.HasPrefix(p.Outlet, "https://") {
		p.Outlet = host(p.Outlet) // og:site_name="https://www.example.com"
	}
	names := siteNames(p.Outlet, hostname)
	for _, t := range []string{
		tags["og:title"], l.articleField("headline"),
		gq.Find("title").First().Text(), gq.Find("h1").First().Text(),
	} {
		if t = stripSiteName(clean(t), names...); t != "" {
			p.Title = t
			break
		}
	}
	lang, _ := gq.Find("html").First().Attr("lang")
	for _, c := range []string{lang, tags["content-language"], tags["og:locale"], l.field("inLanguage")} {
		if p.Language = language(c); p.Language != "" {
			break
		}
	}
	p.Author = cleanByline(firstOf(l.authors(), tags["author"], tags["article:author"], tags["parsely-author"]))
	p.Published, p.DateSource = published(gq, l, tags)
	return p
}

// dateInText finds the first date in the page text from the first <h1>
// on: the byline and dateline sit under the headline, while dates above it
// belong to menus and tickers. Without an <h1> the whole text is searched.
func dateInText(doc *html.Node) (time.Time, bool) {
	text := render(doc, false)
	if h1 := findElement(doc, "h1"); h1 != nil {
		if i := strings.Index(text, render(h1, false)); i > 0 {
			text = text[i:]
		}
	}
	t, _, ok := dates.Find(text)
	return t, ok
}

// findElement returns the first element named tag in document order.
func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// fallbackLetters is the readability result size (letters and digits)
// below which the largest text block is also tried; it is taken when it
// holds more than twice as much. 500 is readability's own threshold for
// "too little" (its CharThresholds); on the AEB set readability never
// falls below half of the largest block, so the fallback changes no score
// there and serves the pages readability gives up on.
const fallbackLetters = 500

// mainText returns the article paragraphs and readability's byline.
func mainText(doc *html.Node, base *url.URL, title string) ([]string, string, error) {
	parser := readability.NewParser()
	parser.KeepClasses = true // the boilerplate filter reads them
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, "", fmt.Errorf("extracting main text: %w", err)
	}
	paras := dropFurniture(renderParagraphs(art.Node, true), title)
	if n := letters(paras); n < fallbackLetters {
		if alt := dropFurniture(renderParagraphs(largestBlock(doc), true), title); letters(alt) > 2*n {
			paras = alt
		}
	}
	return paras, art.Byline(), nil
}

// letters counts the letters and digits in paras.
func letters(paras []string) int {
	n := 0
	for _, p := range paras {
		for _, r := range p {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	return n
}

// cleanByline turns a byline into author names: without the "By " it
// opens with or the date it may end with, and empty when it is a profile
// URL (article:author often is) or too long to be names.
func cleanByline(s string) string {
	s = clean(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	if _, m, ok := dates.Find(s); ok {
		s = strings.TrimRight(strings.TrimSpace(s[:strings.Index(s, m)]), " ,|-–—")
	}
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || len(s) > 200 {
		return ""
	}
	return s
}

// firstOf returns the first non-empty string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
