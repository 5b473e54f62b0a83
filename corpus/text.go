package corpus

// Plain text and scraped page text.
//
// Algorithm:
//
// A text input is either a clean article with an optional header block
//
//	Outlet: Pacific Ledger
//	Date: 2022-02-12T19:40:00-10:00
//	Title: Blinken presses Moscow to de-escalate
//	URL: https://pacificledger.example/...
//	<blank line>
//	body, paragraphs separated by blank lines
//
// (or YAML-style front matter between "---" lines), or the text of a web page
// as a scraper or a browser's copy saw it: navigation before the article,
// teasers inside it, related stories, app, copyright and cookie lines after
// it, and the date and outlet only somewhere in that text. Both go through the
// same line classifier (boilerplate.go); the header, where present, wins over
// anything inferred.
//
//	lines ──classify──> junk | date | caption | heading | body
//	      ──region────> first body line .. last body line before a footer marker
//	      ──title─────> a pre-body heading that the page repeats, else the first one
//	      ──outlet────> votes from copyright, "X News App", "Read X Privacy policy"...
//
// Limits: one article per input; a page that lists several articles yields
// the first body region. Headings inside the body are dropped with the junk.

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus/dates"
	"github.com/framediff/framediff/corpus/extract"
	"github.com/framediff/framediff/corpus/mojibake"
)

// ErrNoText means an input held no article text after boilerplate removal:
// a page, a record or a text file alike. It is extract.ErrNoText, so that
// errors.Is answers the same for every format.
var ErrNoText = extract.ErrNoText

// headerKeys maps the keys accepted in a header block to the field they set.
var headerKeys = map[string]string{
	"outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
	"date": "date", "published": "date", "publish_date": "date", "pubdate": "date", "published_at": "date",
	"title": "title", "headline": "title",
	"url": "url", "link": "url", "canonical": "url",
	"author": "author", "by": "author", "byline": "author",
	"language": "language", "lang": "language",
}

var headerLine = regexp.MustCompile(`^([A-Za-z][A-Za-z_ -]{0,30}):\s*(.*)$`)

// ParseText reads one plain-text or Markdown article. name is the input's
// path, used for the source, for the outlet when nothing in the text names
// it, and in errors. Load does the same for every text input, and then also
// removes the lines an outlet's template repeats across its articles.
func ParseText(name string, data []byte) (Article, error) {
	a, err := parseText(name, normalizeText(data), nil)
	if err != nil {
		return Article{}, err
	}
	complete(&a)
	return a, nil
}

// parseText reads a normalised text. Lines in template (folded by
// templateKey) are boilerplate whatever the classifier says. The article
// has no ID yet, and a Language only when the header declares one.
func parseText(name, text string, template map[string]bool) (Article, error) {
	a := Article{Format: "text", Source: Source{Path: name}}

	header, body, ok := splitHeader(text)
	if ok {
		if err := applyHeader(&a, header); err != nil {
			return Article{}, &ParseError{Source: name, Line: err.line, Err: err.err}
		}
	}
	if isMarkdown(name, body) {
		body = stripMarkdown(body)
	}
	page := scrape(body, template)
	if !ok || a.Title == "" || a.Outlet == "" || !a.HasDate() {
		// Only what the header left open is inferred from the page.
		if page.scraped && !ok {
			a.Format = "scraped"
		}
		if a.Title == "" {
			a.Title = page.title
		}
		if a.Outlet == "" {
			a.Outlet = page.outlet
		}
		if !a.HasDate() && page.hasDate {
			a.Published = page.date
		}
	}
	if a.Outlet == "" {
		a.Outlet = outletFromPath(name)
	}
	if !a.HasDate() && a.URL != "" {
		if t, ok := dates.FromURL(a.URL); ok {
			a.Published = t
			a.Notes = append(a.Notes, "date taken from the URL")
		}
	}
	a.Text = strings.Join(page.paragraphs, "\n\n")
	if !hasWord(a.Text) {
		return Article{}, &ParseError{Source: name, Err: ErrNoText}
	}
	if page.end != "" && page.leftOut >= cutNoteWords && page.leftOut > CountWords(a.Text) {
		a.Notes = append(a.Notes, fmt.Sprintf("cut: the article ends at the line %q; %d more words of text after it were left out", clip(page.end, 60), page.leftOut))
	}
	return a, nil
}

// cutNoteWords is the fewest words left out after an article's end that
// earn a note, when they are also more than the article kept. Related
// stories and comments after a page's article run to a few dozen words
// of prose; several articles copied into one file, or one page saved
// many times over, leave out far more than they keep.
const cutNoteWords = 200

// complete fills what every article needs once its text is final: a title
// (the first words of the text when none was found), notes for what is
// missing, the language when none was declared, and the ID.
func complete(a *Article) {
	a.Text = unglueSentences(dropPeopleCards(a.Text))
	if a.Title == "" {
		first, _, _ := strings.Cut(a.Text, "\n\n")
		a.Title = firstWords(first, 12)
		a.Notes = append(a.Notes, "no title found; using the first words of the text")
	}
	if a.Outlet == "" {
		a.Outlet = "unknown"
		a.Notes = append(a.Notes, "no outlet found")
	}
	if !a.HasDate() {
		a.Notes = append(a.Notes, "no date found; aligned by content alone")
	}
	detected := identifyLanguage(a.Text)
	switch {
	case a.Language == "" && detected == "":
		// Too short or too mixed to tell: English is what the rest of the
		// pipeline is built for, and the likeliest.
		a.Language = "en"
	case a.Language == "":
		a.Language = detected
	case detected != "" && detected != a.Language && (detected == "en" || a.Language == "en"):
		// Templates declare the site's language, not the article's; the
		// text decides, but only the question that matters here: English
		// or not.
		a.Notes = append(a.Notes, fmt.Sprintf("declared language %q, but the text reads as %q", a.Language, detected))
		a.Language = detected
	}
	if a.Language != "en" {
		a.Notes = append(a.Notes, languageNote(a.Language))
	}
	a.ID = MakeID(a.Outlet, a.Published, a.Text)
}

// gluedSentences is a sentence's end glued to the next sentence's start,
// as scrapers leave them when they join paragraphs without a space: a
// lower-case word of two letters or more, its full stop, question or
// exclamation mark, a quotation mark if any, then a capital and a
// lower-case letter, perhaps after an opening bracket ("week.Also",
// "said.”It", "reports.\"She", "preparations.\"(The talks)"). An initial
// or an abbreviation has one lower-case letter at most before its stop
// ("U.S.The", "e.g.Toronto", "Mr.Smith"), so it is left as it is.
var gluedSentences = regexp.MustCompile(`\p{Ll}{2}[.!?]["“”‘’«»]?\(?\p{Lu}\p{Ll}`)

// unglueSentences puts a space between sentences glued together
// (gluedSentences): left glued, "said.Then" is one token, a word no
// one wrote, and the sentence splitter reads two sentences as one. In
// the Article-Bias-Prediction corpus 785 of 37,554 articles hold 4,640
// such joins (TestUnglueABP); of 60 read at random, 58 were sentence
// boundaries and 2 were addresses, which inAddress now leaves alone.
//
// A quotation mark between the two goes with the sentence it belongs to:
// a closing mark (” ’ ») with the first, an opening one (“ ‘ «) with the
// second, and a straight one with the first when the paragraph has an
// odd number of straight marks before it (a quote is open), else with the
// second.
func unglueSentences(s string) string {
	locs := gluedSentences.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(locs))
	last := 0
	for _, loc := range locs {
		if inAddress(s, loc[0], loc[1]) {
			continue
		}
		// The stop is the third byte: two lower-case letters of any
		// width come before it.
		stop := loc[0]
		for range 2 {
			_, n := utf8.DecodeRuneInString(s[stop:])
			stop += n
		}
		at := stop + 1 // the space goes after the stop...
		if r, n := utf8.DecodeRuneInString(s[at:]); strings.ContainsRune(`"“”‘’«»`, r) {
			closes := strings.ContainsRune("”’»", r)
			if r == '"' {
				para := strings.LastIndexByte(s[:at], '\n') + 1
				closes = strings.Count(s[para:at], `"`)%2 == 1
			}
			if closes {
				at += n // ...or after a closing mark
			}
		}
		b.WriteString(s[last:at])
		b.WriteByte(' ')
		last = at
	}
	b.WriteString(s[last:])
	return b.String()
}

// inAddress reports whether the glued sentences at s[start:end] are part
// of an address or a name written in capitals inside ("Jane.Doe@",
// "TollWatch.Org"): the word after runs into "@", or the word before
// has a capital after its first letter or follows "@", "/" or ".".
func inAddress(s string, start, end int) bool {
	i := end
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i < len(s) && s[i] == '@' {
		return true
	}
	j := start
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	if j > 0 && strings.ContainsRune("@/.", rune(s[j-1])) {
		return true
	}
	for k, r := range s[j:start] {
		if k > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// normalizeText makes input text safe to index: valid UTF-8 with its
// mojibake repaired, "\n" line ends, no byte-order mark, no NUL or other
// control bytes, no-break spaces as spaces.
func normalizeText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	// Before the controls, soft hyphens and no-break spaces below go: they
	// are characters of mojibake ("í" is "Ã" + U+00AD, "Á" is "Ã" + U+0081).
	s = mojibake.Repair(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0' || r == '\u2007' || r == '\u202f':
			return ' '
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			return -1
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

type headerError struct {
	line int
	err  error
}

// splitHeader separates a leading header block or front matter from the body.
// A header block is a run of "Key: value" lines, at least one with a known
// key, ended by a blank line.
func splitHeader(text string) (header []string, body string, ok bool) {
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i < len(lines) && strings.TrimSpace(lines[i]) == "---" {
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "---" {
				if hasKnownKey(lines[i+1 : j]) {
					return lines[i+1 : j], strings.Join(lines[j+1:], "\n"), true
				}
				break
			}
		}
	}
	start := i
	for ; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			break
		}
		if !headerLine.MatchString(l) {
			return nil, text, false
		}
	}
	if i == start || !hasKnownKey(lines[start:i]) {
		return nil, text, false
	}
	return lines[start:i], strings.Join(lines[i:], "\n"), true
}

func hasKnownKey(lines []string) bool {
	for _, l := range lines {
		if m := headerLine.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			if _, ok := headerKeys[normKey(m[1])]; ok {
				return true
			}
		}
	}
	return false
}

func normKey(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(k)), " ", "_"), "-", "_")
}

func applyHeader(a *Article, header []string) *headerError {
	for i, l := range header {
		m := headerLine.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		v := strings.Trim(strings.TrimSpace(m[2]), `"'`)
		if v == "" {
			continue
		}
		switch headerKeys[normKey(m[1])] {
		case "outlet":
			a.Outlet = v
		case "title":
			a.Title = v
		case "url":
			a.URL = v
		case "author":
			a.Author = v
		case "language":
			a.Language = langCode(v)
		case "date":
			t, err := dates.Parse(v)
			if err != nil {
				// A bad date is a note, not a reason to lose the article.
				a.Notes = append(a.Notes, fmt.Sprintf("header line %d: unreadable date %q", i+1, v))
				continue
			}
			a.Published = t
		}
	}
	return nil
}

// outletFromPath names the outlet after the directory holding the file:
// ".../harbour-times/2022-02-13-bridge.txt" -> "Harbour Times". A URL
// names its outlet by its domain.
func outletFromPath(name string) string {
	if IsURL(name) {
		return outletFromURL(name)
	}
	dir := filepath.Base(filepath.Dir(filepath.ToSlash(name)))
	if dir == "." || dir == "/" || dir == "" {
		dir = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	words := strings.FieldsFunc(dir, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// isProse reports whether a line reads as a sentence rather than a menu or a
// headline in title case: six words or more, most of them lower case.
func isProse(l string) bool {
	words := strings.Fields(l)
	if len(words) < 6 {
		return false
	}
	lower := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower*2 >= len(words)
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}

// page is what the line classifier made of a text.
type page struct {
	paragraphs []string
	title      string
	outlet     string
	date       time.Time
	hasDate    bool
	// scraped is true when boilerplate was found and removed.
	scraped bool
	// leftOut counts the words of the paragraphs after the article's end
	// (the first footer line after its body), and end is that line.
	leftOut int
	end     string
}

// scrape finds the article inside a text. For a clean text it returns the
// paragraphs unchanged. Lines whose templateKey is in template are junk.
func scrape(text string, template map[string]bool) page {
	var p page
	lines := splitLines(text)
	if len(lines) == 0 {
		return p
	}
	// A teaser after a paragraph's last sentence goes before the line is
	// classified: left on, it hides the sentence's end.
	for i := range lines {
		lines[i].text = dropTeaserTail(lines[i].text)
	}
	kinds := make([]lineKind, len(lines))
	seen := make(map[string]int)
	for _, l := range lines {
		seen[strings.ToLower(l.text)]++
	}
	for i, l := range lines {
		kinds[i] = classify(l.text)
		if template[templateKey(l.text)] && kinds[i] != kindDate {
			kinds[i] = kindJunk
		}
	}
	markTeasers(lines, kinds)

	first, last := bodyRegion(lines, kinds)
	if first < 0 {
		return p
	}

	// Metadata from the lines before the body: a line that is only a date
	// beats a date found inside other furniture.
	var titles []string
	for _, want := range []lineKind{kindDate, kindJunk} {
		for i := 0; i < first && !p.hasDate; i++ {
			if kinds[i] == want {
				p.date, _, p.hasDate = dates.Find(lines[i].text)
			}
		}
	}
	for i := 0; i < first; i++ {
		if kinds[i] == kindHeading {
			titles = append(titles, lines[i].text)
		}
	}
	p.title = pickTitle(titles, seen)
	p.outlet = voteOutlet(lines, kinds)

	// A standfirst is the last heading before the body that is neither the
	// title nor repeated: the outlet's own summary of the story, so it is
	// text, not furniture.
	var paras []string
	for i := first - 1; i >= 0; i-- {
		l := lines[i].text
		if kinds[i] == kindHeading && !strings.EqualFold(l, p.title) && seen[strings.ToLower(l)] == 1 && isProse(l) {
			paras = append(paras, l)
			break
		}
	}
	dropped := first > 0 || last < len(lines)-1
	for i := first; i <= last; i++ {
		switch kinds[i] {
		case kindBody:
			if strings.EqualFold(lines[i].text, p.title) {
				dropped = true
				continue
			}
			paras = append(paras, lines[i].text)
		default:
			dropped = true
		}
	}
	p.paragraphs = paras
	p.scraped = dropped
	for i := last + 1; i < len(lines); i++ {
		if p.end == "" && kinds[i] == kindFooter {
			p.end = lines[i].text
		}
		if kinds[i] == kindBody {
			p.leftOut += CountWords(lines[i].text)
		}
	}
	return p
}

type line struct {
	text string
	// blankBefore is true when a blank line precedes this one.
	blankBefore bool
}

// splitLines returns the non-blank lines of text, trimmed, with runs of
// spaces collapsed. Hard-wrapped paragraphs (lines that do not end a sentence
// and are followed by a non-blank line) are joined back into one line.
func splitLines(text string) []line {
	var out []line
	blank := true
	for _, raw := range strings.Split(text, "\n") {
		l := strings.Join(strings.Fields(raw), " ")
		if l == "" {
			blank = true
			continue
		}
		if !blank && len(out) > 0 && isWrapped(out[len(out)-1].text, l) {
			out[len(out)-1].text += " " + l
			continue
		}
		out = append(out, line{text: l, blankBefore: blank})
		blank = false
	}
	return out
}

// isWrapped reports whether next continues prev as a hard-wrapped line of one
// paragraph: prev is long, does not end a sentence, and next starts in lower
// case or continues a word.
func isWrapped(prev, next string) bool {
	if len(prev) < 50 || endsSentence(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsDigit(r) && isDateLine(next) {
		// A dateline under a long menu line ("13 Feb, 2022 13:34") starts
		// with a digit but continues nothing.
		return false
	}
	return unicode.IsLower(r) || unicode.IsDigit(r) || r == '(' || r == '“' || r == '"'
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the stop.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»' || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':'
}

// bodyRegion returns the first and last index of the article body: from the
// first body line to the last body line before the first footer marker that
// follows it. It returns -1, -1 when there is no body line.
func bodyRegion(lines []line, kinds []lineKind) (first, last int) {
	first, last = -1, -1
	for i, k := range kinds {
		if k == kindFooter && first >= 0 {
			break
		}
		if k == kindBody {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// pickTitle prefers a heading the page repeats (scraped pages show the
// headline in the breadcrumb or the share box as well), then the first
// heading of at least three words.
func pickTitle(headings []string, seen map[string]int) string {
	for _, h := range headings {
		if seen[strings.ToLower(h)] > 1 && len(strings.Fields(h)) >= 3 {
			return h
		}
	}
	for _, h := range headings {
		if len(strings.Fields(h)) >= 3 {
			return h
		}
	}
	return ""
}

// isMarkdown reports whether the input is Markdown by its name or, failing
// that, by ATX headings or emphasis at line starts.
func isMarkdown(name, body string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown":
		return true
	}
	return markdownHeading.MatchString(body)
}

var (
	markdownHeading = regexp.MustCompile(`(?m)^#{1,6} \S`)
	markdownImage   = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	markdownLink    = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	markdownMarks   = regexp.MustCompile(`(\*\*|__|\*|` + "`" + `)`)
	markdownPrefix  = regexp.MustCompile(`(?m)^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)`)
	markdownRule    = regexp.MustCompile(`(?m)^\s{0,3}([-*_]\s*){3,}$`)
)

// stripMarkdown reduces Markdown to its words: images go, links keep their
// text, emphasis marks and block prefixes go. A leading "# Title" heading
// stays on its own line so the title finder sees it.
func stripMarkdown(s string) string {
	s = markdownImage.ReplaceAllString(s, "")
	s = markdownLink.ReplaceAllString(s, "$1")
	s = markdownRule.ReplaceAllString(s, "")
	s = markdownPrefix.ReplaceAllString(s, "")
	return markdownMarks.ReplaceAllString(s, "")
}
