package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParagraphs feeds the text marker any text and any offsets, as a
// result from a faulty or hostile producer might hold, and checks that it
// never panics and never loses, adds or reorders a byte of the text.
func FuzzParagraphs(f *testing.F) {
	f.Add(gazetteText, 27, 38, 40, 90, 0, 170)
	f.Add(heraldText, 66, 85, 150, 240, 150, 260)
	f.Add("Kyiv – Київ\n\n\n\nKiev", 1, 5, 9, 12, -3, 400)
	f.Fuzz(func(t *testing.T, text string, ts, te, qs, qe, us, ue int) {
		ms := []mark{
			{start: ts, end: te, kind: markTerm, ref: "t"},
			{start: qs, end: qe, kind: markQuote, ref: "q"},
			{start: us, end: ue, kind: markUnique, ref: "u"},
		}
		var b strings.Builder
		for _, p := range paragraphs(text, ms) {
			for _, s := range p {
				if s.Text == "" {
					t.Fatal("an empty segment")
				}
				if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
					t.Fatalf("segment %q cuts a character", s.Text)
				}
				b.WriteString(s.Text)
			}
		}
		// The paragraphs hold the text less the paragraph breaks and the
		// blank paragraphs.
		var want strings.Builder
		for _, p := range strings.Split(text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				want.WriteString(p)
			}
		}
		if b.String() != want.String() {
			t.Fatalf("segments %q, want %q", b.String(), want.String())
		}
		if c := cutText(text, ts); len(c) > max(ts, 0) || !strings.HasPrefix(text, c) {
			t.Fatalf("cutText(%q, %d) = %q", text, ts, c)
		}
	})
}
