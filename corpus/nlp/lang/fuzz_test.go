package lang

import (
	"testing"
	"unicode/utf8"
)

// FuzzSegment holds tokens, sentences and names to their invariants on
// any text: offsets inside the text, in order, on rune boundaries, and
// names over whole tokens.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"L'ambassade d’Ukraine, a déclaré M. Blinken le 13 février 2022.",
		"«Rusia debería desescalar», dijo Blinken en Honolulu. Los EE. UU. y Japón firmaron.",
		"„Russland sollte deeskalieren“, sagte Blinken am 13. Februar 2022 in Kiew.",
		"— Россия должна деэскалировать, — заявил Блинкен в Гонолулу и Киеве.",
		"", "'", "l'", "13.", "\xff\xfe", "А. Б. В.",
	} {
		f.Add(s)
	}
	names := DefaultNames()
	f.Fuzz(func(t *testing.T, text string) {
		for _, code := range Codes() {
			l, _ := Get(code)
			toks := l.Tokens(text)
			prev := 0
			for _, tok := range toks {
				if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
					t.Fatalf("%s: token %+v out of order or range in %q", code, tok, text)
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[tok.Start]) || tok.End < len(text) && !utf8.RuneStart(text[tok.End])) {
					t.Fatalf("%s: token %+v splits a rune in %q", code, tok, text)
				}
				prev = tok.End
			}
			prev = 0
			for _, s := range l.Sentences(text) {
				if s.Start < prev || s.End <= s.Start || s.End > len(text) {
					t.Fatalf("%s: sentence %+v out of order or range in %q", code, s, text)
				}
				prev = s.End
			}
			for _, m := range names.Find(l, text, toks) {
				if m.Start < 0 || m.End > len(toks) || m.Start >= m.End || m.Name == "" {
					t.Fatalf("%s: match %+v outside the %d tokens of %q", code, m, len(toks), text)
				}
			}
		}
	})
}
