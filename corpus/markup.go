package corpus

// Markup inside text fields.
//
// Feeds, JSON exports and spreadsheets often carry the article as an HTML
// fragment ("<p>HONOLULU &mdash; ...</p>") or as plain text with entities
// left in ("Blinken&#39;s"). Both become clean text here: block elements and
// line breaks end paragraphs, scripts, styles and embeds go, entities are
// decoded, and the result follows the package convention of paragraphs
// separated by "\n\n".

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksLikeMarkup reports whether s holds HTML tags or character references
// worth decoding. A lone "<" or "&" in prose ("3 < 4", "AT&T") is not enough.
func looksLikeMarkup(s string) bool {
	return strings.ContainsAny(s, "<&") && markupHint.MatchString(s)
}

var markupHint = regexp.MustCompile(`(?i)</?(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|table|tr|td|section|article|iframe|script|style)\b[^>]*>|&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});`)

// skipElements hold no article text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true,
	atom.Svg: true, atom.Template: true, atom.Head: true, atom.Object: true,
	atom.Video: true, atom.Audio: true, atom.Button: true, atom.Form: true,
	atom.Select: true, atom.Nav: true,
}

// blockElements end the paragraph they close or open.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Pre: true,
	atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Main: true,
	atom.Body: true, atom.Html: true, atom.Title: true,
}

// markupToText converts an HTML fragment to text: one line per block,
// entities decoded, nothing from script, style and similar elements. The
// lines still need paragraphs() to become article text.
func markupToText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipElements[a] && !voidElement(a) {
				skip++
				continue
			}
			if blockElements[a] {
				b.WriteByte('\n')
			}
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if blockElements[a] {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipElements[a] {
				if skip > 0 {
					skip--
				}
				continue
			}
			if blockElements[a] {
				b.WriteByte('\n')
			}
		}
	}
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Img, atom.Hr, atom.Input, atom.Meta, atom.Link, atom.Source, atom.Embed:
		return true
	}
	return false
}

// cleanField makes the text of a structured field (JSON, CSV, feed) into
// article text: markup converted when there is any, then paragraphs joined
// with "\n\n".
func cleanField(s string) string {
	if looksLikeMarkup(s) {
		s = markupToText(s)
	}
	return strings.Join(textParagraphs(s), "\n\n")
}

// cleanLine makes a one-line field (title, outlet, author) clean: markup and
// entities decoded, whitespace collapsed.
func cleanLine(s string) string {
	if looksLikeMarkup(s) {
		s = markupToText(s)
	}
	return strings.Join(strings.Fields(normalizeText([]byte(s))), " ")
}

// textParagraphs splits text into its paragraphs: each non-blank line is one,
// except that hard-wrapped lines are joined back (see splitLines).
func textParagraphs(s string) []string {
	lines := splitLines(normalizeText([]byte(s)))
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		// A line without a word ("***", "—") is a separator, not text.
		if hasWord(l.text) {
			out = append(out, l.text)
		}
	}
	return out
}

// hasWord reports whether s holds a letter or digit: CountWords(s) > 0,
// without counting.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
