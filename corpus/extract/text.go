package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/framediff/framediff/corpus/dates"
)

// Plain-text rendering of a DOM subtree.
//
// Every block element, every <br> and every line break inside <pre> ends a
// paragraph; paragraphs are joined by a blank line. Inside a paragraph any
// run of white space (including no-break space) becomes one space, and
// invisible format characters that would split a word (soft hyphen,
// zero-width space, BOM) are removed. Elements a reader never sees as
// prose are skipped whole: scripts, styles, form controls, navigation,
// figure captions, embedded media, and anything marked hidden.

// skipped reports whether the subtree at n is never part of the text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Canvas, atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio,
		atom.Picture, atom.Img, atom.Source, atom.Track, atom.Map,
		atom.Select, atom.Option, atom.Button, atom.Input, atom.Textarea, atom.Label,
		atom.Nav, atom.Figcaption, atom.Dialog, atom.Head, atom.Title, atom.Meta, atom.Link:
		return true
	}
	return hidden(n)
}

// hidden reports whether the element is marked invisible in its own
// attributes. Styles from style sheets are not evaluated.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if styleHidden(a.Val) {
				return true
			}
		}
	}
	return false
}

func styleHidden(style string) bool {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// block reports whether n starts and ends a paragraph.
func block(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Br,
		atom.Center, atom.Dd, atom.Details, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figure, atom.Footer, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Tr, atom.Ul, atom.Caption, atom.Legend, atom.Html:
		return true
	}
	return false
}

// paragraphs collects normalised paragraphs.
type paragraphs struct {
	out   []string
	cur   strings.Builder
	space bool // a space is owed before the next word of cur
	pre   int  // depth of <pre> elements around the current text
}

func (p *paragraphs) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case invisible(r):
			// Break hints: keep the word whole.
		case r == '\n' && p.pre > 0:
			p.end()
		case unicode.IsSpace(r):
			p.space = p.cur.Len() > 0
		case r == utf8.RuneError && size == 1:
			// Undecodable byte: drop it rather than emit invalid UTF-8.
		default:
			if p.space {
				p.cur.WriteByte(' ')
				p.space = false
			}
			p.cur.WriteRune(r)
		}
	}
}

// invisible reports whether r is a format character that only hints at a
// line break (soft hyphen, zero-width space, word joiner, BOM): kept, it
// would split a word in two for any tokenizer.
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

func (p *paragraphs) end() {
	if p.cur.Len() > 0 {
		p.out = append(p.out, p.cur.String())
		p.cur.Reset()
	}
	p.space = false
}

// renderer walks a DOM subtree into paragraphs. With boilerplate set it
// also skips, inside the subtree, the blocks that readability leaves in an
// article container but a reader skips: see isBoilerplate.
type renderer struct {
	paragraphs
	boilerplate bool
	root        *html.Node
	rootLen     int
	textLen     map[*html.Node]int // letters and digits under a node
	linkLen     map[*html.Node]int // of which inside <a>
}

// walk renders n into r.
func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if skipped(n) || r.boilerplate && r.isBoilerplate(n) {
			// A skipped inline element still separates the words around it.
			if r.cur.Len() > 0 {
				r.space = true
			}
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	isBlock := n.Type == html.ElementNode && block(n)
	if isBlock {
		r.end()
	}
	cell := n.DataAtom == atom.Td || n.DataAtom == atom.Th
	if n.DataAtom == atom.Pre {
		r.pre++
		defer func() { r.pre-- }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	switch {
	case isBlock:
		r.end()
	case cell:
		r.space = r.cur.Len() > 0
	}
}

// count fills textLen and linkLen for the subtree at n and returns its
// text length.
func (r *renderer) count(n *html.Node, inLink bool) int {
	if n.Type == html.TextNode {
		c := 0
		for _, ch := range n.Data {
			if unicode.IsLetter(ch) || unicode.IsDigit(ch) {
				c++
			}
		}
		return c
	}
	if n.Type == html.ElementNode && skipped(n) {
		return 0
	}
	link := inLink || n.DataAtom == atom.A
	total, linked := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t := r.count(c, link)
		total += t
		if c.Type == html.TextNode {
			if link {
				linked += t
			}
		} else {
			linked += r.linkLen[c]
		}
	}
	r.textLen[n] = total
	r.linkLen[n] = linked
	return total
}

// boilerWords are class and id words that mark a block inside an article
// container as not part of the article: captions and credits, bylines,
// author boxes and time stamps, the article header (headline, byline, date:
// Page carries those separately), sharing, related and recommended links,
// newsletter and subscription boxes, comments, tags, advertising, menus,
// galleries, disclaimers, and text meant only for screen readers. They are matched as whole words of a class or id split
// by classWords, so "story-caption" and "imageEmbedCaption" match and
// "captioned" does not.
var boilerWords = map[string]bool{
	"caption": true, "captions": true, "credit": true, "credits": true,
	"byline": true, "bylines": true, "dateline": true, "timestamp": true,
	"share": true, "sharing": true, "social": true, "sharebar": true,
	"related": true, "recommended": true, "recirc": true, "trending": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true,
	"promo": true, "comment": true, "comments": true, "tags": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "sponsored": true,
	"outbrain": true, "taboola": true, "breadcrumb": true, "breadcrumbs": true,
	"sronly": true, "sr": true, "visuallyhidden": true, "screenreader": true,
	"cookie": true, "cookies": true, "consent": true, "popup": true, "modal": true,
	"author": true, "bio": true, "meta": true, "date": true, "header": true,
	"menu": true, "nav": true, "sidebar": true, "gallery": true, "slideshow": true,
	"disclaimer": true,
}

// isBoilerplate reports whether the element n inside the article container
// is boilerplate: it has a class or id word from boilerWords, or it is a
// short block made mostly of link text (a "Read more:" line, a list of
// related headlines). Neither rule removes a block holding half of the
// container's text or more: a class such as "has-comments" on the real
// article wrapper must not empty the page.
func (r *renderer) isBoilerplate(n *html.Node) bool {
	if n == r.root {
		return false
	}
	tl := r.textLen[n]
	if tl*2 >= r.rootLen {
		return false
	}
	if hasBoilerWord(n) || isMetaMarkup(n) {
		return true
	}
	if tl > 0 && tl < 300 && (block(n) || n.DataAtom == atom.Li) && r.linkLen[n]*10 > tl*6 {
		return true
	}
	return false
}

// isMetaMarkup reports whether n is marked up as article metadata rather
// than prose: schema.org date, author and publisher properties, and tag
// links (rel="tag"). Page carries the metadata in its own fields.
func isMetaMarkup(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			switch a.Val {
			case "datePublished", "dateModified", "dateCreated", "author", "publisher", "keywords":
				return true
			}
		case "rel":
			for _, r := range strings.Fields(a.Val) {
				if r == "tag" {
					return true
				}
			}
		}
	}
	return false
}

func hasBoilerWord(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range classWords(a.Val) {
			if boilerWords[w] {
				return true
			}
		}
	}
	return false
}

// classWords splits a class or id value into lower-case words at spaces,
// '-', '_' and lower-to-upper case changes: "InlineImage-imageEmbedCaption"
// gives inline, image, image, embed, caption.
func classWords(v string) []string {
	var words []string
	start := -1
	prevLower := false
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(v[start:end]))
		}
		start = -1
	}
	for i, r := range v {
		switch {
		case r == '-' || r == '_' || unicode.IsSpace(r):
			flush(i)
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush(i)
		}
		if start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
	}
	flush(len(v))
	return words
}

// renderParagraphs returns the paragraphs of the subtree at n, without
// boilerplate blocks when boilerplate is set.
func renderParagraphs(n *html.Node, boilerplate bool) []string {
	if n == nil {
		return nil
	}
	r := renderer{boilerplate: boilerplate, root: n}
	if boilerplate {
		r.textLen = map[*html.Node]int{}
		r.linkLen = map[*html.Node]int{}
		r.rootLen = r.count(n, false)
	}
	r.walk(n)
	r.end()
	return r.out
}

// render returns the plain text of the subtree at n.
func render(n *html.Node, boilerplate bool) string {
	return strings.Join(renderParagraphs(n, boilerplate), "\n\n")
}

// Furniture. Readability's container often starts with furniture above
// the story: the headline again, the page URL, "Posted: Fri 6:45 PM, Feb 16,
// 2018 | Updated: ...". Before the first long paragraph, a short paragraph
// that repeats the title, is a bare URL, or carries a date is dropped. Other
// short paragraphs stay: pages open with short lines often enough (a
// standings table, a one-line lead) that dropping every short line before
// the body cost more recall than it gained precision on the AEB set.

// Thresholds for a long paragraph, in words or, for scripts written
// without spaces, in letters.
const (
	longWords   = 15
	longLetters = 100
)

func isLong(p string) bool {
	if len(strings.Fields(p)) >= longWords {
		return true
	}
	n := 0
	for _, r := range p {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= longLetters
}

// dropFurniture drops the furniture paragraphs before the first long one, and
// advertising labels anywhere.
func dropFurniture(paras []string, title string) []string {
	titleKey := nameKey(title)
	out := paras[:0:0]
	lead := true
	for _, p := range paras {
		if lead && isLong(p) {
			lead = false
		}
		if lead && isFurniture(p, titleKey) || adLabels[nameKey(p)] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// adLabels are the placeholders an ad slot leaves in the text when its
// script does not run, as nameKey forms: readability's rxAdWords, and
// "advert".
var adLabels = map[string]bool{
	"ad": true, "advertising": true, "advertisement": true, "advert": true,
	"pub": true, "publicité": true, "werb": true, "werbung": true,
	"广告": true, "реклама": true, "anuncio": true,
}

func isFurniture(p, titleKey string) bool {
	if titleKey != "" && nameKey(p) == titleKey {
		return true
	}
	if !strings.ContainsRune(p, ' ') && (strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")) {
		return true
	}
	_, _, ok := dates.Find(p)
	return ok
}

// Fallback: the largest text block. When readability finds nothing, or far
// less than the page plainly holds, the container whose paragraph children
// hold the most non-link text is taken instead, the simplest extractor that
// works on most article pages (and the one boilerpipe calls "largest
// content").

// isParagraph reports whether n is a block that holds running text: a p,
// pre, blockquote or sub-heading, or a div with no block children (many
// pages write paragraphs as divs).
func isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote, atom.H2, atom.H3, atom.H4:
		return true
	case atom.Div:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && block(c) && c.DataAtom != atom.Br {
				return false
			}
		}
		return true
	}
	return false
}

// largestBlock returns the element whose paragraph children hold the most
// non-link letters, skipping hidden and boilerplate-classed subtrees, or
// nil when the page has no paragraph text.
func largestBlock(doc *html.Node) *html.Node {
	r := renderer{textLen: map[*html.Node]int{}, linkLen: map[*html.Node]int{}}
	r.count(doc, false)
	scores := map[*html.Node]int{}
	var best *html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipped(n) || hasBoilerWord(n) && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
				return
			}
			if isParagraph(n) && n.Parent != nil {
				s := scores[n.Parent] + r.textLen[n] - r.linkLen[n]
				scores[n.Parent] = s
				if best == nil || s > scores[best] {
					best = n.Parent
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	if best == nil || scores[best] == 0 {
		return nil
	}
	return best
}

// FragmentText renders an HTML fragment, such as the body field of a feed
// item or of a JSON or CSV export, as text by the same rules as a page's
// main text: paragraphs joined by a blank line, entities decoded, nothing
// from scripts, styles, embeds or hidden elements.
func FragmentText(s string) string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		// Only a failing reader makes the parser fail; a string reader
		// does not.
		return ""
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return render(body, false)
}
