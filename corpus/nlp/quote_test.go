package nlp

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

func annotateText(t testing.TB, text string) *Doc {
	t.Helper()
	an := &Annotator{}
	d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: "t", Outlet: "Test", Text: text, Source: corpus.Source{Path: "t.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

type wantQuote struct {
	text, speaker, cue string
	continues          bool
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{
			name: "cue after the closing mark",
			text: "US Secretary of State Antony Blinken spoke in Honolulu on Saturday.\n\n“A diplomatic path to resolving this crisis remains open,” Blinken told reporters.",
			want: []wantQuote{{"A diplomatic path to resolving this crisis remains open", "Antony Blinken", "told", false}},
		},
		{
			name: "cue before the opening mark",
			text: "Foreign Minister Sergey Lavrov told Antony Blinken that Washington was waging “a propaganda campaign” against Russia.",
			want: []wantQuote{{"a propaganda campaign", "Sergey Lavrov", "told", false}},
		},
		{
			name: "pronoun",
			text: "Antony Blinken met the press in Honolulu.\n\nRussia “should de-escalate, rather than escalate,” he said.",
			want: []wantQuote{{"should de-escalate, rather than escalate", "Antony Blinken", "said", false}},
		},
		{
			name: "spanning two sentences",
			text: "Antony Blinken spoke in Melbourne.\n\n“We continue to see very troubling signs of escalation. An invasion could begin at any time,” he said.",
			want: []wantQuote{{"We continue to see very troubling signs of escalation. An invasion could begin at any time", "Antony Blinken", "said", false}},
		},
		{
			name: "spanning paragraphs",
			text: "Sergey Lavrov spoke after the call.\n\n“The Americans keep repeating the same warnings.\n\n“Nobody in Moscow is planning an attack,” Lavrov said.",
			want: []wantQuote{
				{"The Americans keep repeating the same warnings.", "Sergey Lavrov", "said", false},
				{"Nobody in Moscow is planning an attack", "Sergey Lavrov", "said", true},
			},
		},
		{
			name: "next paragraph of a statement",
			text: "“A diplomatic path remains open,” Antony Blinken told reporters in Honolulu.\n\n“The way for Moscow to show it is simple: it should de-escalate.”",
			want: []wantQuote{
				{"A diplomatic path remains open", "Antony Blinken", "told", false},
				{"The way for Moscow to show it is simple: it should de-escalate.", "Antony Blinken", "told", false},
			},
		},
		{
			name: "straight marks",
			text: "HONOLULU, Feb 12 - \"It should de-escalate, rather than escalate,\" Antony Blinken told reporters.",
			want: []wantQuote{{"It should de-escalate, rather than escalate", "Antony Blinken", "told", false}},
		},
		{
			name: "apostrophes are not marks",
			text: "America’s top diplomat said Russia's demands don't change the allies’ position.",
			want: nil,
		},
		{
			name: "single marks and a cue later in the sentence",
			text: "American warnings had turned into ‘hysteria’ by the weekend, Yuri Ushakov said.",
			want: []wantQuote{{"hysteria", "Yuri Ushakov", "said", false}},
		},
		{
			name: "possessive is not the speaker",
			text: "Yuri Ushakov, Vladimir Putin’s foreign policy adviser, told reporters that the warnings had turned into “hysteria” that had peaked.",
			want: []wantQuote{{"hysteria", "Yuri Ushakov", "told", false}},
		},
		{
			name: "block quote opened by a doubled mark",
			text: "Here is a passage from the Gazette's report:\n\n\"\"I have always served this county,\" Ms. Varga told a crowd in Alden last spring. \"And I always will.\"\n\nThe trouble: Ms. Varga never held county office. Records show she enabled a cousin to take the post instead.\"\n\nVarga said the report was unfair.",
			want: []wantQuote{
				{"I have always served this county,\" Ms. Varga told a crowd in Alden last spring. \"And I always will.\"", "", "", false},
				{"The trouble: Ms. Varga never held county office. Records show she enabled a cousin to take the post instead.", "", "", true},
			},
		},
		{
			name: "block quote with curly and straight marks closed in its paragraph",
			text: "The Ledger printed the letter in full: “\"We will not sell the mill,\" the owners told us. Nobody believed them.” The mill closed in May.",
			want: []wantQuote{{"We will not sell the mill,\" the owners told us. Nobody believed them.", "", "", false}},
		},
		{
			name: "doubled closing mark ends a quote inside a quote",
			text: "The clerk's note reads: \"The panel dismissed the claim and found only \"a quarrel over fees.\"\"\n\nNeither side would comment.",
			want: []wantQuote{{"The panel dismissed the claim and found only \"a quarrel over fees.", "", "reads", false}},
		},
		{
			name: "a lost paragraph break between two quotes",
			text: "Mayor Ines Ruiz said the town owed a debt to \"the people who keep it running.\"\"We will not forget them,\" Ruiz said.",
			want: []wantQuote{
				{"the people who keep it running.", "Ines Ruiz", "said", false},
				{"We will not forget them", "Ines Ruiz", "said", false},
			},
		},
		{
			name: "a paragraph break inside a quotation closed in the next paragraph",
			text: "Mayor Ines Ruiz said the town was \"ready for the storm. The pumps are running.\n\nWe have sandbags on every street,\" Ruiz said on Monday.",
			want: []wantQuote{
				{"ready for the storm. The pumps are running.", "Ines Ruiz", "said", false},
				{"We have sandbags on every street", "Ines Ruiz", "said", true},
			},
		},
		{
			name: "an unclosed quotation ends with its paragraph when the next closes none",
			text: "Tom Ferris called the plan \"dead on arrival.\n\nThe council met on Monday and passed it anyway.",
			want: []wantQuote{{"dead on arrival.", "Tom Ferris", "called", false}},
		},
		{
			name: "inches, a title and scare quotes",
			text: "The 6'2\" guard, a regular on CBS's \"Game Night,\" called the trade \"a gift\" on Monday.",
			want: []wantQuote{{"a gift", "", "called", false}},
		},
		{
			name: "unattributed scare quote",
			text: "The talks ended with a “frank exchange” and no date for another meeting.",
			want: []wantQuote{{"frank exchange", "", "", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotateText(t, tt.text)
			if len(d.Quotes) != len(tt.want) {
				for _, q := range d.Quotes {
					t.Logf("got %q by %q (%s)", d.Text[q.Start:q.End], q.Speaker, q.Cue)
				}
				t.Fatalf("got %d quotes, want %d", len(d.Quotes), len(tt.want))
			}
			for i, q := range d.Quotes {
				w := tt.want[i]
				got := wantQuote{d.Text[q.Start:q.End], q.Speaker, q.Cue, q.Continues}
				if got != w {
					t.Errorf("quote %d = %+v, want %+v", i, got, w)
				}
				if s := d.Sentences[q.Sent]; q.Start < s.Start || q.Start >= s.End {
					t.Errorf("quote %d: Sent %d [%d,%d) does not hold its start %d", i, q.Sent, s.Start, s.End, q.Start)
				}
			}
		})
	}
}

// quickDoc builds a document without the model: one sentence per
// paragraph, tokens split at spaces and punctuation, each capitalised word
// a person tagged NNP, "said" a verb. It lets the fuzz test reach
// attribution cheaply.
func quickDoc(text string) *Doc {
	d := &Doc{Article: corpus.Article{Text: text}}
	for _, p := range corpus.Paragraphs(text) {
		s := Sentence{Start: p.Start, End: p.End, Para: len(d.Paragraphs), TokStart: len(d.Tokens)}
		d.Paragraphs = append(d.Paragraphs, p)
		start := -1
		for i, r := range text[p.Start:p.End] {
			off := p.Start + i
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if start < 0 {
					start = off
				}
			default:
				if start >= 0 {
					d.Tokens = append(d.Tokens, Token{Start: start, End: off})
					start = -1
				}
				if !unicode.IsSpace(r) {
					d.Tokens = append(d.Tokens, Token{Start: off, End: off + utf8.RuneLen(r)})
				}
			}
		}
		if start >= 0 {
			d.Tokens = append(d.Tokens, Token{Start: start, End: p.End})
		}
		s.TokEnd = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
	}
	for i, t := range d.Tokens {
		w := text[t.Start:t.End]
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r):
			d.Tokens[i].Tag = "NNP"
			d.Entities = append(d.Entities, Mention{Start: t.Start, End: t.End, Name: w, Type: Person, Sent: d.SentenceAt(t.Start)})
		case w == "said" || w == "told":
			d.Tokens[i].Tag = "VBD"
		case w == "he" || w == "she":
			d.Tokens[i].Tag = "PRP"
		case unicode.IsLetter(r):
			d.Tokens[i].Tag = "NN"
		}
	}
	return d
}

func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{
		"“A diplomatic path remains open,” Blinken told reporters.\n\n“The way is simple.”",
		"Lavrov said the US was waging \"a propaganda campaign\" against Russia.",
		"“Unclosed quote runs on.\n\n“And closes here,” he said.",
		"America’s ‘hysteria’ and 'panic' don't stop, he said.",
		"\"\"\"“”‘’''\n\n“",
		"“ ”, “,”",
		"Smith met Jones. He said: “Yes.”\n\n“No,” she told Ann, Rep. (D-X) said. “Why?” said Bo",
		"“A.” the Rep. Ann, who said “b” and said, “c”",
		"Intro:\n\n\"\"A b,\" Ann said. \"C d.\"\n\nE f.\"\n\nG",
		"X \"y \"z.\"\" W said \"v.\"\"U\" t",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		text = strings.ReplaceAll(text, "\r", "")
		d := quickDoc(text)
		qs := findQuotes(d)
		prevEnd := -1
		for i, q := range qs {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quote %d: bad span [%d,%d) in %d bytes", i, q.Start, q.End, len(text))
			}
			if q.Start < prevEnd {
				t.Fatalf("quote %d starts at %d inside the previous quote ending at %d", i, q.Start, prevEnd)
			}
			prevEnd = q.End
			if !utf8.ValidString(text[q.Start:q.End]) {
				t.Fatalf("quote %d splits a rune", i)
			}
			if !IsWord(text[q.Start:q.End]) {
				t.Fatalf("quote %d holds no word: %q", i, text[q.Start:q.End])
			}
			if q.Continues && i == 0 {
				t.Fatalf("the first quote continues nothing")
			}
			if q.Sent < 0 || q.Sent >= len(d.Sentences) && len(d.Sentences) > 0 {
				t.Fatalf("quote %d: sentence %d of %d", i, q.Sent, len(d.Sentences))
			}
		}
	})
}

func BenchmarkFindQuotes(b *testing.B) {
	d := annotateText(b, strings.Repeat("Sergey Lavrov told Antony Blinken that the US was waging “a propaganda campaign” against Russia. “It should de-escalate, rather than escalate,” Blinken told reporters.\n\n", 20))
	b.ReportAllocs()
	for b.Loop() {
		findQuotes(d)
	}
}
