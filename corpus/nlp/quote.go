package nlp

// Direct quotations.
//
// Algorithm: one pass over each paragraph's runes finds the quoted spans.
// Curly marks say which side they are on; a straight mark opens after a
// space, a bracket or a dash and closes otherwise. Single marks quote only
// outside double ones, must open before a letter and close before a
// non-letter, so the apostrophes of "America’s" and "don't" are never
// marks. A paragraph that ends inside a double quote continues it when the
// next paragraph opens with a mark, the newspaper convention for a quote
// that runs on, or when one of the next maxBlockParas paragraphs' marks
// close it (the first that closes with none open before it, read as in a
// block quote below), the paragraphs between holding no marks or only
// quotations they close themselves: a paragraph break inside the
// quotation, often one a page split mid-sentence, or a passage quoted at
// length whose middle paragraphs carry no marks. Otherwise the quote
// ends with its paragraph. An opening glyph after a word and before a
// space (“Who can say?“ he asked) is a misprinted closing mark.
//
// Quotes inside quotes: a curly opening mark inside a quotation that
// opens its paragraph opens a quotation inside it when its own marks
// close before the paragraph ends and more of the outer quotation's words
// follow (“Now, his answer to the “plain question” was ...); one whose
// quotation runs to the paragraph's end follows a closing mark the text
// lost (“We have members, he said. “Some will ...”), and a curly opening
// mark inside a quotation that opens mid-sentence means that one's mark
// was stray. A doubled opening mark (""The, "“The, ““The)
// opens a quotation and the first quotation inside it at once, as when an
// outlet reprints another paper's paragraphs, which quote someone. Inside
// it, marks nest (blockQuote), and it may run on over the next paragraphs
// without marks as far as its closing mark, at most maxBlockParas later.
// Outside one, a doubled closing mark (found only "a quarrel over fees."") shows
// that the straight mark before it which seemed to end the quotation
// opened one inside it, and a straight mark right after a closing one
// opens the next quotation of a paragraph break the text lost
// (...running.""We will...). A quotation inside a quotation is part
// of the outer one's words, not a Quote of its own.
//
//	“A diplomatic path … remains open,” Blinken told reporters.
//	 └────────── quoted words ───────┘  └speaker┘└cue┘
//
// Who said each quotation is worked out in speaker.go.
//
// Complexity: linear in the text.
//
// Limits: indirect speech ("Lavrov said the US was...") is not a quote.
// Straight quotes that are left unbalanced can pair the wrong marks until
// the paragraph ends. Nesting with straight marks is recognised only from
// a doubled mark, and with curly ones only in a quotation that opens its
// paragraph; a block quote's inner speaker ("..." Mr. Varga said) is
// not attributed, the whole block going to whoever the outer quotation's
// cue names, often no one ("Here is an excerpt:").

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// maxSingleQuoteWords bounds a single-quoted span: longer ones are more
// likely apostrophes that happened to pair up.
const maxSingleQuoteWords = 40

// quoteSpan is one run of quoted words inside one paragraph.
type quoteSpan struct {
	start, end  int    // the words, without the marks
	open, close int    // the marks' offsets; close is -1 when the paragraph ended the span
	cont        bool   // continues the previous span from the paragraph before
	unmarked    bool   // a quotation without marks: a post or a transcript's turn
	by          int    // an unmarked quotation's speaker: a mention's index, or -1
	speaker     string // an unmarked quotation's speaker, "" when unknown
	cue         string // an unmarked quotation's cue
}

// unmarked is a quotation without marks: an embedded post (posts.go), a
// transcript's turn (transcript.go) or a block set off after its
// speaker's introduction (blockquote.go), whose speaker its shape names.
type unmarked struct {
	start, end int
	by         int // the speaker's mention, or -1
	speaker    string
	cue        string
}

// findQuotes finds the direct quotations of an annotated document and
// attributes them. Quotes come in text order; a quotation that runs over
// several paragraphs is one Quote per paragraph, the later ones marked
// Continues, all with the same speaker and cue.
func findQuotes(d *Doc) []Quote {
	if singleStyle(d.Text, d.Paragraphs) {
		// Quotations in single marks are found as double ones in a copy
		// of the text of the same length (singlemarks.go).
		orig := d.Text
		d.Text = swapMarks(orig, d.Paragraphs)
		defer func() { d.Text = orig }()
	}
	spans := quoteSpans(d.Text, d.Paragraphs)
	extra := findPosts(d)
	for _, t := range append(findTurns(d), findLineTurns(d)...) {
		if !overlapsAny(extra, t.start, t.end) {
			extra = append(extra, t)
		}
	}
	for _, b := range findBlocks(d, spans) {
		if !overlapsAny(extra, b.start, b.end) {
			extra = append(extra, b)
		}
	}
	for _, b := range findDocuments(d, spans) {
		if !overlapsAny(extra, b.start, b.end) {
			extra = append(extra, b)
		}
	}
	if len(spans) == 0 && len(extra) == 0 {
		return nil
	}
	// Group the parts of each quotation.
	var groups [][]quoteSpan
	for _, s := range spans {
		if s.cont && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], s)
			continue
		}
		groups = append(groups, []quoteSpan{s})
	}
	if len(extra) > 0 {
		groups, spans = withUnmarked(groups, extra)
	}
	a := newAttributor(d, spans)
	var out []Quote
	var prev attribution
	prevPara := -2
	for _, g := range groups {
		first, last := g[0], g[len(g)-1]
		if first.unmarked {
			q := Quote{Start: first.start, End: first.end, Speaker: first.speaker, Cue: first.cue, Sent: d.SentenceAt(first.start)}
			if first.by >= 0 {
				a.said[first.by] = true
			}
			out = append(out, q)
			prev, prevPara = attribution{mention: -1}, paraAt(d.Paragraphs, first.start)
			continue
		}
		at := a.attribute(first, last)
		para := paraAt(d.Paragraphs, first.open)
		near := prev.speaker != "" && para <= prevPara+1
		switch {
		case at.again && near:
			// ",” the governor continued": the speaker goes on.
			at.speaker, at.mention = prev.speaker, prev.mention
		case at.cue == "" && near && (opensParagraph(d, first.open, para) || para == prevPara && opensSentence(d, first.open, para)):
			// The next paragraph of a statement, or the next sentence
			// of it after its cue: “...,” he said. “...”
			at = prev
		}
		if at.mention >= 0 {
			a.said[at.mention] = true
		}
		for i, s := range g {
			out = append(out, Quote{
				Start: s.start, End: s.end, Speaker: at.speaker, Cue: at.cue,
				Sent: d.SentenceAt(s.start), Continues: i > 0,
			})
		}
		prev = at
		if at.speaker == "" {
			prev = attribution{mention: -1}
		}
		prevPara = paraAt(d.Paragraphs, last.start)
	}
	return out
}

// withUnmarked puts the quotations without marks among the quotations'
// groups in text order, each a group of its own, and returns the groups
// and their spans. A quotation inside one is part of its words ("This
// memo totally vindicates “Trump”", posted), and is dropped as a
// quotation of its own.
func withUnmarked(groups [][]quoteSpan, extra []unmarked) ([][]quoteSpan, []quoteSpan) {
	inside := func(g []quoteSpan) bool {
		for _, s := range g {
			if overlapsAny(extra, s.open, max(s.end, s.close)+1) {
				return true
			}
		}
		return false
	}
	out := make([][]quoteSpan, 0, len(groups)+len(extra))
	for _, g := range groups {
		if !inside(g) {
			out = append(out, g)
		}
	}
	for _, u := range extra {
		out = append(out, []quoteSpan{{start: u.start, end: u.end, open: u.start, close: -1, unmarked: true, by: u.by, speaker: u.speaker, cue: u.cue}})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i][0].open < out[j][0].open })
	var spans []quoteSpan
	for _, g := range out {
		spans = append(spans, g...)
	}
	return out, spans
}

// overlapsAny reports whether start..end overlaps any of us.
func overlapsAny(us []unmarked, start, end int) bool {
	for _, u := range us {
		if start < u.end && end > u.start {
			return true
		}
	}
	return false
}

// quoteSpans scans the paragraphs for quoted spans.
func quoteSpans(text string, paras []corpus.Span) []quoteSpan {
	var out []quoteSpan
	carry := false // the previous paragraph ended inside a double quote
	resume := -1   // where scanning goes on after a block quote that ended inside a paragraph
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		open := -1    // offset of the open double mark, -1 when none
		sOpen := -1   // offset of the open single mark
		cont := false // the open double quote continues from the paragraph before
		if carry {
			if r, _ := utf8.DecodeRuneInString(text[p.Start:]); r == '“' || r == '"' {
				open, cont = p.Start, true
			}
		}
		carry = false
		i := p.Start
		if cont {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		if resume > i {
			i = resume
		}
		resume = -1
		closedAt := -1 // the offset after the last closing double mark
		nested := -1   // the span in out that a doubled closing mark may show was nested
		for i < p.End {
			r, size := utf8.DecodeRuneInString(text[i:])
			prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			if i == p.Start {
				prev = ' '
			}
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i+size >= p.End {
				next = ' '
			}
			switch {
			case open < 0 && opensBlock(text, i, p.End, prev):
				spans, endPara, after := blockQuote(text, paras, pi, i)
				out = append(out, spans...)
				sOpen, nested = -1, -1
				if endPara > pi {
					resume = after
					pi = endPara - 1 // the loop's increment moves to endPara
					i = p.End
					continue
				}
				i, closedAt = after, after
				continue
			case r == '“' && open >= 0 && !unicode.IsSpace(prev) && unicode.IsSpace(next):
				// An opening glyph after a word and before a space is a
				// misprinted closing mark (“Who can say?“ he asked).
				if s, ok := makeSpan(text, open, i, i, cont); ok && !isTitle(text, s) {
					out = append(out, s)
				}
				open, cont, closedAt, nested = -1, false, i+size, -1
			case r == '“' && open >= 0 && (cont || open == p.Start) && innerQuote(text, i+size, p.End):
				// A quotation inside a quotation that opens its
				// paragraph, in the same marks: a passage reprinted with
				// the quotations it holds (“Now, his answer to the
				// “plain question” was ...). Left open at the paragraph's
				// end, the passage may run on (below).
				_, after := closeBlock(text, i+size, p.End, 1)
				if c, ce := closeBlock(text, after, p.End, 1); c >= 0 {
					if s, ok := makeSpan(text, open, c, c, cont); ok {
						out = append(out, s)
					}
					open, cont, closedAt, nested = -1, false, ce, -1
					i = ce
					continue
				}
				i = p.End
				continue
			case r == '“' || r == '"' && open < 0 && (opensAfter(prev) || i == closedAt && isLetterOrDigit(next)):
				// A curly opening mark inside an open quote means the
				// earlier mark was stray: start again here. A straight
				// mark right after a closing one opens the next quote of
				// a paragraph break the text lost ("running.""We will).
				open, sOpen, cont = i, -1, false
			case r == '"' && open >= 0 && opensAfter(prev) && isLetterOrDigit(next) && afterEllipsis(text[p.Start:i]):
				// An excerpt's cut: "... the first passage. ... "The
				// next passage ...": the mark after the ellipsis opens
				// the quotation's next passage again, and closes nothing.
			case (r == '”' || r == '"') && open >= 0:
				nested = -1
				if s, ok := makeSpan(text, open, i, i, cont); ok && !isTitle(text, s) {
					out = append(out, s)
					if r == '"' && opensAfter(prev) && isLetterOrDigit(next) {
						nested = len(out) - 1
					}
				}
				open, cont, closedAt = -1, false, i+size
			case open < 0 && nested == len(out)-1 && nested >= 0 && (r == '”' || r == '"') && !opensAfter(prev) && (next == '”' || next == '"'):
				// A doubled closing mark ends a quote inside a quote:
				// the straight mark that seemed to close the outer one
				// (found only "a quarrel over fees."") opened the inner one.
				s := &out[nested]
				s.end, s.close = trimQuoteEnd(text, s.start, i), i
				_, nsize := utf8.DecodeRuneInString(text[i+size:])
				i += size + nsize
				nested, closedAt = -1, i
				continue
			case open < 0 && sOpen < 0 && (r == '‘' || r == '\'') && opensAfter(prev) && isLetterOrDigit(next):
				sOpen = i
			case open < 0 && sOpen >= 0 && (r == '’' || r == '\'') && !isLetterOrDigit(next) && !unicode.IsSpace(prev):
				if s, ok := makeSpan(text, sOpen, i, i, false); ok && corpus.CountWords(text[s.start:s.end]) <= maxSingleQuoteWords {
					out = append(out, s)
				}
				sOpen = -1
			}
			i += size
		}
		if open >= 0 {
			// The paragraph ends inside a quote: it runs on when the next
			// paragraph opens with a mark, and ends here either way.
			s, ok := makeSpan(text, open, -1, p.End, cont)
			if ok {
				out = append(out, s)
			}
			if pi+1 < len(paras) {
				next := paras[pi+1]
				r, _ := utf8.DecodeRuneInString(text[next.Start:])
				carry = r == '“' || r == '"'
				if k, c, after := runOn(text, paras, pi); !carry && ok && k >= 0 {
					// A later paragraph closes the quote without opening
					// another: a paragraph break inside the quotation,
					// which pages split mid-word at times ("sub-" |
					// "committee ..."), or a passage quoted at length
					// whose paragraphs carry no marks of their own.
					if end := trimQuoteEnd(text, paras[k].Start, c); end > paras[k].Start && IsWord(text[paras[k].Start:end]) {
						for j := pi + 1; j < k; j++ {
							if end := trimQuoteEnd(text, paras[j].Start, paras[j].End); end > paras[j].Start && IsWord(text[paras[j].Start:end]) {
								out = append(out, quoteSpan{start: paras[j].Start, end: end, open: paras[j].Start, close: -1, cont: true})
							}
						}
						out = append(out, quoteSpan{start: paras[k].Start, end: end, open: paras[k].Start, close: c, cont: true})
						resume = after
						pi = k - 1 // the loop's increment moves to k
					}
				}
			}
		}
	}
	return out
}

// isDoubleMark reports whether r is a double quotation mark.
func isDoubleMark(r rune) bool { return r == '"' || r == '“' || r == '”' }

// opensBlock reports whether a doubled opening mark stands at offset i
// (before limit): two double marks that open (""The, "“The, ““The), the
// outer one a quotation of a text at length, the inner one the first
// quotation inside it. One of them alone would close at the inner
// quotation's end and leave the rest of the quoted text to the outlet.
func opensBlock(text string, i, limit int, prev rune) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r != '“' && (r != '"' || !opensAfter(prev)) || i+size >= limit {
		return false
	}
	r2, size2 := utf8.DecodeRuneInString(text[i+size:])
	if r2 != '"' && r2 != '“' || i+size+size2 >= limit {
		return false
	}
	after, _ := utf8.DecodeRuneInString(text[i+size+size2:])
	return isLetterOrDigit(after) || after == '‘' || after == '\''
}

// maxBlockParas bounds how many paragraphs after the one it opens in a
// block quote may run on without marks, looking for its closing mark.
const maxBlockParas = 3

// blockQuote reads the quotation opened by the doubled mark at offset at
// of paragraph pi, with its nesting: inside it a straight mark after a
// space and before a word opens a quotation one level deeper, “ opens one,
// and any other double mark closes the deepest open one; a doubled closing
// mark closes two. The quotation runs on over the next paragraphs, marked
// or not, when one of the next maxBlockParas holds the mark that closes
// it: the newspaper reprints another paper's paragraphs and closes its
// quotation once, at the end. Without that mark it ends with its
// paragraph. It returns the quoted words, one span a paragraph, the
// paragraph where the quotation ended and the offset after its closing
// marks (the paragraph's end when it had none).
func blockQuote(text string, paras []corpus.Span, pi, at int) (spans []quoteSpan, endPara, after int) {
	_, s1 := utf8.DecodeRuneInString(text[at:])
	_, s2 := utf8.DecodeRuneInString(text[at+s1:])
	start := at + s1 + s2
	span := func(start, end, open, close int, cont bool) {
		for start < end && (text[start] == ' ' || text[start] == '"') {
			start++
		}
		if strings.HasPrefix(text[start:end], "“") {
			start += len("“")
		}
		end = trimQuoteEnd(text, start, end)
		if end > start && IsWord(text[start:end]) {
			spans = append(spans, quoteSpan{start: start, end: end, open: open, close: close, cont: cont && len(spans) > 0})
		}
	}
	if c, ce := closeBlock(text, start, paras[pi].End, 2); c >= 0 {
		span(start, c, at, c, false)
		return spans, pi, ce
	}
	for k := pi + 1; k < len(paras) && k <= pi+maxBlockParas; k++ {
		c, ce := closeBlock(text, paras[k].Start, paras[k].End, 1)
		if c < 0 {
			continue
		}
		span(start, paras[pi].End, at, -1, false)
		for j := pi + 1; j < k; j++ {
			span(paras[j].Start, paras[j].End, paras[j].Start, -1, true)
		}
		span(paras[k].Start, c, paras[k].Start, c, true)
		return spans, k, ce
	}
	span(start, paras[pi].End, at, -1, false)
	return spans, pi, paras[pi].End
}

// innerQuote reports whether a curly opening mark inside an open
// quotation, whose words start at from, opens a quotation inside it: one
// whose marks close before to, the paragraph's end, with more of the outer
// quotation's words after it. A mark whose quotation runs to the end of
// the paragraph is rather the next quotation after a closing mark the
// text lost (“We have members,  he said. “Some will...”).
func innerQuote(text string, from, to int) bool {
	_, after := closeBlock(text, from, to, 1)
	if after < 0 {
		return false
	}
	for _, r := range text[after:to] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// runOn finds where a quotation left open at the end of paragraph pi
// ends: in the first of the next maxBlockParas paragraphs whose marks
// close it (closeBlock), the paragraphs between holding none or only
// quotations they close themselves, and none of them opening with a mark
// (which starts a quotation of its own). It returns that paragraph, the
// offset of the closing mark and the offset after it, or -1, -1, -1.
func runOn(text string, paras []corpus.Span, pi int) (k, close, after int) {
	for k := pi + 1; k < len(paras) && k <= pi+maxBlockParas; k++ {
		p := paras[k]
		if c, ce := closeBlock(text, p.Start, p.End, 1); c >= 0 {
			return k, c, ce
		}
		if r, _ := utf8.DecodeRuneInString(text[p.Start:]); isDoubleMark(r) || depthAt(text, p.Start, p.End, 1) != 1 {
			break
		}
	}
	return -1, -1, -1
}

// closeBlock scans text[from:to] inside a block quote depth levels deep
// (see blockQuote) and returns the offset of the mark that closes the
// outermost level and the offset after its marks, or -1, -1.
func closeBlock(text string, from, to, depth int) (close, after int) {
	close, after, _ = scanDepth(text, from, to, depth)
	return close, after
}

// depthAt is the nesting depth at the end of text[from:to] for a scan
// that starts depth levels deep, as closeBlock counts, or 0 when the
// outermost level closes in it.
func depthAt(text string, from, to, depth int) int {
	if c, _, d := scanDepth(text, from, to, depth); c < 0 {
		return d
	}
	return 0
}

// scanDepth is closeBlock, and the depth at to when nothing closes the
// outermost level.
func scanDepth(text string, from, to, depth int) (close, after, end int) {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isDoubleMark(r) {
			i += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == from {
			prev = ' '
		}
		next, nsize := utf8.DecodeRuneInString(text[i+size:])
		if i+size >= to {
			next = ' '
		}
		switch {
		case r == '“' || r == '"' && opensAfter(prev) && !unicode.IsSpace(next) && !isDoubleMark(next):
			depth++
		case depth == 2 && (next == '"' || next == '”'):
			return i, i + size + nsize, 0 // a doubled closing mark: "... fees.""
		default:
			if depth--; depth == 0 {
				return i, i + size, 0
			}
		}
		i += size
	}
	return -1, -1, depth
}

// isTitle reports whether a quoted span is the title of a programme or a
// work, not a quotation: after its owner's possessive (NBC’s “Today”
// show, Fox News’ “Hannity,” CBS's "Face the Nation"), or after a word
// that introduces one (the book “Bleak House”, games such as “Ferry
// Tycoon”, a programme one appears on: conceded on “Fox & Friends”).
// Such a title is a few words, each capitalised but for small
// words. A sign's or a slogan's words (a banner that read “Victory in
// Alden”) stay a quotation: as the outlet's own words they would make a
// protester's wording its own, a worse error than the speaker a later
// cue may give them.
func isTitle(text string, s quoteSpan) bool {
	before := strings.TrimRight(text[:s.open], " ")
	words := strings.Fields(strings.TrimRight(text[s.start:s.end], ".,"))
	if len(words) == 0 || len(words) > maxTitleWords {
		return false
	}
	possessive := strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "s’") || strings.HasSuffix(before, "s'")
	if !possessive {
		last := strings.ToLower(before[strings.LastIndexAny(before, " \n")+1:])
		if !titleIntroducers[last] && !strings.HasSuffix(strings.ToLower(before), "such as") && !(showIntroducers[last] && len(words) >= 2) {
			return false
		}
	}
	for _, w := range words {
		switch strings.ToLower(w) {
		case "the", "of", "and", "&", "a", "an", "in", "on", "to", "for", "with":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// titleIntroducers are the words right before a work's title in
// quotation marks: "the book", "a film titled".
var titleIntroducers = map[string]bool{
	"book": true, "film": true, "movie": true, "show": true, "song": true, "album": true,
	"novel": true, "series": true, "program": true, "programme": true, "documentary": true,
	"titled": true, "entitled": true,
}

// showIntroducers introduce a programme a speaker appeared on or spoke
// to ("conceded on “Fox & Friends”", "told “Morning Edition”"): a title
// of two capitalised words or more, since one word after them may be a
// quoted word ("insisted on “Yes”").
var showIntroducers = map[string]bool{"on": true, "told": true}

// maxTitleWords bounds the titles isTitle recognises.
const maxTitleWords = 6

// opensAfter reports whether a quote mark after rune prev opens a quote.
func opensAfter(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:“‘", prev)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// makeSpan returns the words between an opening mark at open and a closing
// mark at close (-1: none, the quote ends at limit), trimmed of spaces and
// of the comma that English puts inside the closing mark.
func makeSpan(text string, open, close, limit int, cont bool) (quoteSpan, bool) {
	_, size := utf8.DecodeRuneInString(text[open:])
	start := open + size
	end := close
	if close < 0 {
		end = limit
	}
	for start < end && text[start] == ' ' {
		start++
	}
	end = trimQuoteEnd(text, start, end)
	s := quoteSpan{start: start, end: end, open: open, close: close, cont: cont}
	return s, end > start && IsWord(text[start:end])
}

func trimQuoteEnd(text string, start, end int) int {
	for end > start && strings.IndexByte(" ,;\n", text[end-1]) >= 0 {
		end--
	}
	return end
}

func paraAt(paras []corpus.Span, off int) int {
	i := sort.Search(len(paras), func(i int) bool { return paras[i].End > off })
	return i
}

// opensParagraph reports whether the mark at off is the first character of
// its paragraph.
func opensParagraph(d *Doc, off, para int) bool {
	return para < len(d.Paragraphs) && d.Paragraphs[para].Start == off
}

// opensSentence reports whether the mark at off begins a sentence of
// paragraph para: only spaces lie between it and the paragraph's start or
// the end of a sentence (".", "?", "!", maybe inside a closing mark).
func opensSentence(d *Doc, off, para int) bool {
	before := strings.TrimRight(d.Text[d.Paragraphs[para].Start:off], " ")
	before = strings.TrimRight(before, "”\"’'")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".?!")
}

// afterEllipsis reports whether before ends in an ellipsis and a space:
// "... " or "… ", where an excerpt cuts a passage.
func afterEllipsis(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "...") || strings.HasSuffix(before, "…")
}
