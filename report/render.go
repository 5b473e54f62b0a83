package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
)

// Renderer writes the report of r to w in one format. generator names the
// program that made it ("framediff v1.2.3"): the formats that record how
// they were made (JSON, HTML, Markdown) print it, the others ignore it. One
// signature for all lets a command choose the format once, as a value, and
// call it without knowing which it is.
type Renderer func(w io.Writer, r *compare.Result, generator string) error

var (
	_ Renderer = Text
	_ Renderer = EventsText
	_ Renderer = EventsDetail
	_ Renderer = CSV
	_ Renderer = JSON
	_ Renderer = HTML
	_ Renderer = Markdown
)

// missingShown is the most outlets a rendered report names as not
// reporting an event: over a corpus of many outlets the full list buries
// the ones that did report it. The JSON and CSV keep the full list.
const missingShown = 5

// missingList names an event's outlets that did not report it, the first
// missingShown of them and how many more: "A, B, C, D, E and 21 more".
func missingList(names []string) string {
	if len(names) <= missingShown {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:missingShown], ", ") + fmt.Sprintf(" and %d more", len(names)-missingShown)
}

// framingSet holds an event's framing terms by outlet and term.
func framingSet(ev compare.Event) map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, f := range ev.Framing {
		m[[2]string{f.Outlet, f.Term}] = true
	}
	return m
}

// topicalTerms are the event's distinctive terms less those that are also
// framing terms of their outlet: a term both distinctive and loaded is
// shown once, under framing terms, which come first. The JSON and CSV keep
// every distinctive term.
func topicalTerms(ev compare.Event) []compare.Term {
	framing := framingSet(ev)
	out := make([]compare.Term, 0, len(ev.Terms))
	for _, t := range ev.Terms {
		if !framing[[2]string{t.Outlet, t.Term}] {
			out = append(out, t)
		}
	}
	return out
}

// speakerList names the speakers of quoted words, "unattributed" when
// none was resolved.
func speakerList(names []string) string {
	if len(names) == 0 {
		return "unattributed"
	}
	return strings.Join(names, ", ")
}

// voiceName says whose words a count is over.
func voiceName(v string) string {
	switch v {
	case frame.VoiceOwn:
		return "own voice"
	case frame.VoiceReported:
		return "reported speech"
	}
	return v
}

// loadedWordList renders loaded words with their counts and, for quoted
// words, their speakers: "hysteria ×3, reckless (Sergey Lavrov)"; the first
// n, or all when n is 0.
func loadedWordList(ws []compare.LoadedWord, n int) string {
	var out []string
	for _, w := range ws[:firstN(n, len(ws))] {
		s := w.Word
		if w.Count > 1 {
			s += fmt.Sprintf(" ×%d", w.Count)
		}
		if len(w.Speakers) > 0 {
			s += " (" + strings.Join(w.Speakers, ", ") + ")"
		}
		out = append(out, s)
	}
	if n > 0 && len(ws) > n {
		out = append(out, fmt.Sprintf("and %d more", len(ws)-n))
	}
	return strings.Join(out, ", ")
}

// emphasisWording lists the framing terms and the loaded words of an
// outlet's headlines and leads, each list named: "framing: accused
// Washington; loaded: demanded"; "" when there are none.
func emphasisWording(e compare.Emphasis) string {
	var parts []string
	if len(e.FramingTerms) > 0 {
		parts = append(parts, "framing: "+strings.Join(e.FramingTerms, ", "))
	}
	if len(e.LoadedWords) > 0 {
		parts = append(parts, "loaded: "+strings.Join(e.LoadedWords, ", "))
	}
	return strings.Join(parts, "; ")
}
