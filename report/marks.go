package report

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Marking the article text: cutting it to the size the report shows, into
// paragraphs, and into segments at the byte offsets of the result's terms,
// quotes and unique sentences.

func clipRight(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if j := strings.LastIndexByte(s[:i], ' '); j > n/2 {
		i = j
	}
	return s[:i] + " …"
}

func clipLeft(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	if j := strings.IndexByte(s[i:], ' '); j >= 0 && j < n/2 {
		i += j + 1
	}
	return "… " + s[i:]
}

// cutText returns the text's first n bytes or fewer, ending at a paragraph
// break when one falls in the second half, else at a sentence end or a
// space, never inside a character.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	head := s[:i]
	if j := strings.LastIndex(head, "\n\n"); j > n/2 {
		return head[:j]
	}
	if j := strings.LastIndex(head, ". "); j > n/2 {
		return head[:j+1]
	}
	if j := strings.LastIndexByte(head, ' '); j > n/2 {
		return head[:j]
	}
	return head
}

// withQuoteMarks widens a quotation's byte range [start, end) over the
// quotation marks around it, so that the speaker named at its start stands
// before the opening mark, not inside the quote. A range out of the text is
// returned as it is, for paragraphs to drop.
func withQuoteMarks(text string, start, end int) (int, int) {
	if start < 0 || end > len(text) || start >= end {
		return start, end
	}
	if r, n := utf8.DecodeLastRuneInString(text[:start]); n > 0 && strings.ContainsRune(openingQuotes, r) {
		start -= n
	}
	if r, n := utf8.DecodeRuneInString(text[end:]); n > 0 && strings.ContainsRune(closingQuotes, r) {
		end += n
	}
	return start, end
}

// The quotation marks of the languages framediff reads.
const (
	openingQuotes = "\"“„«‘‚‹'「"
	closingQuotes = "\"”“»’‘›'」"
)

type markKind int

const (
	markTerm markKind = iota
	markQuote
	markUnique
)

// mark is a span of an article's text to mark: a byte range from the
// result, never found again by searching the text.
type mark struct {
	start, end int
	kind       markKind
	ref, note  string
	class      string // of a term: its kind and strength, as CSS classes
}

// paragraphs cuts text into its paragraphs ("\n\n" apart) and each
// paragraph into segments at every mark boundary, so that marks that nest or
// overlap (a term in a quote in a unique sentence) become properly nested
// elements. Marks out of range, empty, or not on character boundaries are
// dropped; where two terms overlap, the one that starts first, then the
// longer, wins.
func paragraphs(text string, ms []mark) [][]segment {
	valid := ms[:0:0]
	for _, m := range ms {
		if m.start < 0 || m.end > len(text) || m.start >= m.end ||
			!utf8.RuneStart(text[m.start]) || (m.end < len(text) && !utf8.RuneStart(text[m.end])) {
			continue
		}
		valid = append(valid, m)
	}
	sort.SliceStable(valid, func(i, j int) bool {
		a, b := valid[i], valid[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	var out [][]segment
	start := 0
	for start <= len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, segments(text, start, end, valid))
		}
		if end == len(text) {
			break
		}
		start = end + 2
	}
	return out
}

func segments(text string, start, end int, ms []mark) []segment {
	cuts := []int{start, end}
	for _, m := range ms {
		if m.end <= start || m.start >= end {
			continue
		}
		cuts = append(cuts, max(m.start, start), min(m.end, end))
	}
	sort.Ints(cuts)
	var out []segment
	seenQuote := map[int]bool{}
	seenUnique := map[int]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		s := segment{Text: text[a:b]}
		termSet := false
		for mi, m := range ms {
			if m.start > a || m.end < b {
				continue
			}
			switch m.kind {
			case markTerm:
				if !termSet {
					s.Term, s.TermTitle, s.TermClass, termSet = m.ref, m.note, m.class, true
				}
			case markQuote:
				if s.Quote == "" {
					s.Quote, s.InQuote = m.ref, true
					if !seenQuote[mi] {
						seenQuote[mi], s.QuoteStart = true, true
					}
				}
			case markUnique:
				if s.Unique == "" {
					s.Unique, s.UniqueNote = m.ref, m.note
					if !seenUnique[mi] {
						seenUnique[mi], s.UniqueHead = true, true
					}
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// segment is a run of text under the same marks.
type segment struct {
	Text string
	// Term links the text to its drill-down; "" when the text is no term.
	Term      string
	TermTitle string
	TermClass string // "fterm", "term" or "qterm", and "weak" for a weaker finding
	// Quote is the speaker of a quotation; InQuote is set on its every
	// segment and QuoteStart on its first, where the speaker is named.
	Quote      string
	InQuote    bool
	QuoteStart bool
	// Unique is the anchor of the unique sentence the text is in;
	// UniqueHead is set on its first segment, which says so.
	Unique     string
	UniqueNote string
	UniqueHead bool
}
