package nlp

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAnnotateClosedDashes: words joined by a dash without spaces (em
// dash, en dash, two hyphens) are separate tokens with their own tags, a
// name before a dash is found with its own span, and every offset is one
// of the original text, the dash's token reading as the dash.
func TestAnnotateClosedDashes(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tokens []string
		tags   map[string]string // a word's tag, where the word is written once
		ents   []string          // mention text and type, at the text's first such words
		words  int
	}{
		{
			name:   "em dashes",
			text:   "The outbreak—although it began abroad—spread to Italy—and then to Spain.",
			tokens: []string{"The", "outbreak", "—", "although", "it", "began", "abroad", "—", "spread", "to", "Italy", "—", "and", "then", "to", "Spain", "."},
			tags:   map[string]string{"although": "IN", "abroad": "RB", "and": "CC", "Italy": "NNP"},
			ents:   []string{"Italy:GPE", "Spain:GPE"},
			words:  13,
		},
		{
			name:   "two hyphens",
			text:   "The outbreak--although it began abroad--spread to Italy--and then to Spain.",
			tokens: []string{"The", "outbreak", "--", "although", "it", "began", "abroad", "--", "spread", "to", "Italy", "--", "and", "then", "to", "Spain", "."},
			tags:   map[string]string{"although": "IN", "abroad": "RB", "and": "CC", "Italy": "NNP"},
			ents:   []string{"Italy:GPE", "Spain:GPE"},
			words:  13,
		},
		{
			name:   "en dashes and a range",
			text:   "The giveaway–and the tax cut, from 2012–2014, cost Marta Lindqvist—a nurse—her job.",
			tokens: []string{"The", "giveaway", "–", "and", "the", "tax", "cut", ",", "from", "2012", "–", "2014", ",", "cost", "Marta", "Lindqvist", "—", "a", "nurse", "—", "her", "job", "."},
			tags:   map[string]string{"giveaway": "NN", "and": "CC", "2012": "CD", "2014": "CD", "her": "PRP$"},
			ents:   []string{"Marta Lindqvist:PERSON"},
			words:  16,
		},
		{
			name:   "spaced dash",
			text:   "It was not a crisis — it was a catastrophe in Norway — and Sweden.",
			tokens: []string{"It", "was", "not", "a", "crisis", "—", "it", "was", "a", "catastrophe", "in", "Norway", "—", "and", "Sweden", "."},
			tags:   map[string]string{"crisis": "NN", "catastrophe": "NN"},
			ents:   []string{"Norway:GPE", "Sweden:GPE"},
			words:  13,
		},
		{
			name:   "hyphens that are no dash",
			text:   "The vote was 52-48, a well-known mayor said; the line ---- stayed.",
			tokens: []string{"The", "vote", "was", "52-48", ",", "a", "well-known", "mayor", "said", ";", "the", "line", "----", "stayed", "."},
			tags:   map[string]string{"well-known": "JJ"},
			words:  11,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotateText(t, tt.text)
			var toks []string
			for i, tok := range d.Tokens {
				if !utf8.ValidString(d.TokenText(i)) {
					t.Errorf("token %d [%d, %d) cuts a character: %q", i, tok.Start, tok.End, d.TokenText(i))
				}
				toks = append(toks, d.TokenText(i))
				if want, ok := tt.tags[d.TokenText(i)]; ok && tok.Tag != want {
					t.Errorf("%q tagged %s, want %s", d.TokenText(i), tok.Tag, want)
				}
			}
			if !slices.Equal(toks, tt.tokens) {
				t.Errorf("tokens\n got %q\nwant %q", toks, tt.tokens)
			}
			var ents, want []string
			for _, m := range d.Entities {
				ents = append(ents, d.Text[m.Start:m.End]+":"+m.Type+spanAt(m.Start, m.End))
			}
			for _, e := range tt.ents {
				name, _, _ := strings.Cut(e, ":")
				i := strings.Index(tt.text, name)
				want = append(want, e+spanAt(i, i+len(name)))
			}
			if !slices.Equal(ents, want) {
				t.Errorf("entities\n got %q\nwant %q", ents, want)
			}
			if d.WordCount != tt.words {
				t.Errorf("word count %d, want %d", d.WordCount, tt.words)
			}
			if len(d.Sentences) != 1 || d.SentenceText(0) != tt.text {
				t.Errorf("sentences %q, want the text as one", sentenceTexts(d))
			}
		})
	}
}

func spanAt(start, end int) string { return fmt.Sprintf("@%d-%d", start, end) }

// TestSpaceDashes: the copy prose reads has the original's length, each
// dash that touches a word set apart by white space, and the dashes'
// ranges.
func TestSpaceDashes(t *testing.T) {
	tests := []struct {
		text, want string
		dashes     []span
	}{
		{"a—b", "a - b", []span{{1, 4}}},
		{"a–b — c", "a - b — c", []span{{1, 4}}},
		{"a--b -- c", "a: b -- c", []span{{1, 3}}},
		{"a —b", "a  - b", []span{{2, 5}}},
		{"Ferris (R–Ariz.)—and I–Vt.", "Ferris (R–Ariz.) - and I–Vt.", []span{{18, 21}}},
		{"a-b a---b ----", "a-b a---b ----", nil},
		{"--a b--", ": a b: ", []span{{0, 2}, {5, 7}}},
		{"no dash", "no dash", nil},
	}
	for _, tt := range tests {
		got, dashes := spaceDashes(tt.text)
		if got != tt.want || !slices.Equal(dashes, tt.dashes) {
			t.Errorf("spaceDashes(%q) = %q, %v; want %q, %v", tt.text, got, dashes, tt.want, tt.dashes)
		}
	}
}

// FuzzParseProse: whatever the text, prose's tokens, sentences and
// entities lie inside it, on whole characters, with their text as
// written.
func FuzzParseProse(f *testing.F) {
	for _, s := range []string{"a—b", "a -- b", "—", "--", "x–", "“—”", "Italy—and Spain--or", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := parseProse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		check := func(what string, start int, s string) {
			if start < 0 || start+len(s) > len(text) || text[start:start+len(s)] != s {
				t.Fatalf("%s %q at %d is not the text's", what, s, start)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s) {
				t.Fatalf("%s %q at %d cuts a character", what, s, start)
			}
		}
		for _, x := range d.Tokens() {
			check("token", x.Start, x.Text)
		}
		for _, x := range d.Sentences() {
			check("sentence", x.Start, x.Text)
		}
		for _, x := range d.Entities() {
			check("entity", x.Start, x.Text)
		}
	})
}

// TestPartyTagDashes: a party tag set with an en dash ("R–Ariz.") is a
// party tag as the one set with a hyphen is: the state in it is no
// mention, and the description it stands for names the politician later.
func TestPartyTagDashes(t *testing.T) {
	for _, dash := range []string{"-", "–"} {
		t.Run(dash, func(t *testing.T) {
			text := "Sen. Tom Ferris, R" + dash + "Ariz., said the bridge would wait. Rep. Maria Lindqvist (D" + dash + "Calif.) disagreed.\n\n" +
				"The Arizona Republican said he would vote on Friday, and the California Democrat said she would not."
			got := mentionsIn(t, text, true)
			for _, want := range []string{"Tom Ferris=Arizona Republican:PERSON", "Maria Lindqvist=California Democrat:PERSON"} {
				if !slices.Contains(got, want) {
					t.Errorf("no mention %s among %q", want, got)
				}
			}
			for _, m := range got {
				if strings.HasPrefix(m, "Arizona=") || strings.HasPrefix(m, "California=") || strings.HasPrefix(m, "R=") {
					t.Errorf("mention %s of a party tag among %q", m, got)
				}
			}
		})
	}
}

// TestSentimentClosedDashes: a rated word glued to the next by a dash is
// rated as it is beside a spaced dash, at its own offsets.
func TestSentimentClosedDashes(t *testing.T) {
	for _, tt := range []struct{ text, spaced, word string }{
		{"The toll plan was a disaster—and a late one.", "The toll plan was a disaster — and a late one.", "disaster"},
		{"The toll plan was a disaster--and a late one.", "The toll plan was a disaster -- and a late one.", "disaster"},
		{"The council—to its credit—listened.", "The council — to its credit — listened.", "credit"},
		{"It was a triumph–at first.", "It was a triumph – at first.", "triumph"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			p, want := Sentiment(tt.text, nil), Sentiment(tt.spaced, nil)
			if p.Compound == 0 || math.Abs(p.Compound-want.Compound) > 1e-12 {
				t.Errorf("compound %.4f, spaced %.4f", p.Compound, want.Compound)
			}
			i := strings.Index(tt.text, tt.word)
			if len(p.Words) != 1 || p.Words[0].Start != i || p.Words[0].End != i+len(tt.word) {
				t.Errorf("words %+v, want %q at %d", p.Words, tt.word, i)
			}
		})
	}
}
