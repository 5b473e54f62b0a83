package corpus

// Markup inside text fields.
//
// Feeds, JSON exports and spreadsheets often carry the article as an HTML
// fragment ("<p>HONOLULU &mdash; ...</p>") or as plain text with entities
// left in ("Blinken&#39;s"). Both become clean text here: block elements and
// line breaks end paragraphs, scripts, styles and embeds go, entities are
// decoded (extract.FragmentText, the renderer of page text), and the result
// follows the package convention of paragraphs separated by "\n\n".

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/extract"
	"github.com/framediff/framediff/corpus/mojibake"
)

// looksLikeMarkup reports whether s holds HTML tags or character references
// worth decoding. A lone "<" or "&" in prose ("3 < 4", "AT&T") is not enough.
func looksLikeMarkup(s string) bool {
	return strings.ContainsAny(s, "<&") && markupHint.MatchString(s)
}

var markupHint = regexp.MustCompile(`(?i)</?(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|table|tr|td|section|article|iframe|script|style)\b[^>]*>|&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});`)

// cleanField makes the text of a structured field (JSON, CSV, feed) or
// of a web page's main text into article text: markup converted when
// there is any, teasers in brackets that end a paragraph cut
// (dropTeaserTail), then paragraphs joined with "\n\n". Mojibake is
// repaired by normalizeText, and before markup is converted too, since
// converting drops soft hyphens and collapses no-break spaces, two
// characters of mojibake.
func cleanField(s string) string {
	paras := fieldParagraphs(s)
	for i, p := range paras {
		paras[i] = dropTeaserTail(p)
	}
	return strings.Join(paras, "\n\n")
}

// cleanRecordText is cleanField for a record's article text, without the
// paragraphs of page furniture a scraper kept (furnitureParagraph), a
// byline set as the reporters' names over their newsroom's
// (leadingByline), and the teasers in brackets that end a paragraph
// (dropTeaserTail).
func cleanRecordText(s string) string {
	paras := fieldParagraphs(s)
	if i := leadingByline(paras); i >= 0 {
		// The reporters' names and their newsroom's (boilerplate.go).
		paras = append(paras[:i:i], paras[i+2:]...)
	}
	kept := paras[:0]
	for _, p := range paras {
		if !furnitureParagraph(strings.TrimSpace(p)) {
			kept = append(kept, dropTeaserTail(p))
		}
	}
	return strings.Join(kept, "\n\n")
}

// fieldParagraphs returns the paragraphs of a structured field's text,
// its markup converted when there is any.
func fieldParagraphs(s string) []string {
	if looksLikeMarkup(s) {
		s = extract.FragmentText(mojibake.Repair(s))
	}
	return textParagraphs(s)
}

// cleanLine makes a one-line field (title, outlet, author) clean: markup and
// entities decoded, whitespace collapsed.
func cleanLine(s string) string {
	if looksLikeMarkup(s) {
		s = extract.FragmentText(mojibake.Repair(s))
	}
	s = strings.Join(strings.Fields(normalizeText([]byte(s))), " ")
	// A tag's broken half left at a line's edge ("<Romney Softens
	// Rhetoric ..." of a scraped headline) is no character of the line:
	// a title or a name opens with no lone angle bracket.
	if strings.HasPrefix(s, "<") && !strings.Contains(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	if strings.HasSuffix(s, ">") && !strings.Contains(s, "<") {
		s = strings.TrimSpace(s[:len(s)-1])
	}
	return s
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
