package nlp

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jonreiter/govader"
)

// shared is ../shared beside the module root: real data for measuring,
// absent from a user's clone.
const shared = "../../../shared/data"

// realTexts returns real sentences and paragraphs to hold the VADER port to
// govader with: every sentence of the sample corpus, the 5,190 vader-nyt
// snippets and the paragraphs of basil-dev's news articles when ../shared
// is present.
func realTexts(t *testing.T) []string {
	t.Helper()
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{"../../testdata/corpus"}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := (&Annotator{}).Annotate(ctx, set.Articles)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range docs {
		for i := range d.Sentences {
			out = append(out, d.SentenceText(i))
		}
	}
	if len(out) < 300 {
		t.Fatalf("%d sentences in the sample corpus, want hundreds", len(out))
	}
	nyt := filepath.Join(shared, "vader-nyt", "nyt_editorial_snippets.tsv")
	if f, err := os.Open(nyt); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if parts := strings.SplitN(sc.Text(), "\t", 3); len(parts) == 3 {
				out = append(out, parts[2])
			}
		}
		f.Close()
	} else {
		t.Logf("%s absent: sample corpus only", nyt)
	}
	for _, name := range []string{"basil.jsonl", "distractors.jsonl"} {
		f, err := os.Open(filepath.Join(shared, "basil-dev", name))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct {
				Text    string `json:"text"`
				Content string `json:"content_original"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, p := range strings.Split(rec.Text+"\n"+rec.Content, "\n") {
				if strings.TrimSpace(p) != "" {
					out = append(out, p)
				}
			}
		}
		f.Close()
	}
	return out
}

// forGovader rewrites a text so that govader reads it as the port does.
// govader splits on spaces only (Python on any white space), and it looks
// up the word before a rated word in the lexicon, and compares it with
// "at" and "least", in the word's own case, where Python lowercases it:
// govader reads "At least respect" as a negation. Collapsing white space
// and lowercasing every word not in capitals removes those differences and
// nothing else VADER reads: capitals are read only from words in ALL
// CAPS, and every other lookup is in lower case. The port reads
// typographic quotes as ASCII ones (vaderPunct); so does govader given
// ASCII ones, one character for one. The port splits words at a dash set
// without spaces (spaceDashes); so does govader given the dash spaced.
func forGovader(text string) string {
	text, _ = spaceDashes(text)
	words := strings.Fields(typographic.Replace(text))
	for i, w := range words {
		if !isUpper(w) {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}

// TestSentimentMatchesGovader holds the port to govader on real text: the
// same compound score to 1e-9 with nothing masked, and a score that the
// words' values explain: normalise(Σ values ± emphasis) = compound.
func TestSentimentMatchesGovader(t *testing.T) {
	texts := realTexts(t)
	sia := govader.NewSentimentIntensityAnalyzer()
	differ, nonzero := 0, 0
	for _, text := range texts {
		p := Sentiment(text, nil)
		want := sia.PolarityScores(forGovader(text)).Compound
		if math.Abs(p.Compound-want) > 1e-9 {
			differ++
			if differ <= 10 {
				t.Errorf("compound %.6f, govader %.6f: %q", p.Compound, want, text)
			}
		}
		if p.Compound != 0 {
			nonzero++
		}
		if got := fromWords(p); math.Abs(got-p.Compound) > 1e-12 {
			t.Errorf("words explain %.6f, compound %.6f: %q", got, p.Compound, text)
		}
		for _, w := range p.Words {
			if !strings.EqualFold(text[w.Start:w.End], w.Word) && !strings.Contains(w.Word, " ") {
				t.Errorf("word %q at %d:%d is %q in %q", w.Word, w.Start, w.End, text[w.Start:w.End], text)
			}
		}
	}
	t.Logf("vader port: %d of %d texts differ from govader (%d scored nonzero)", differ, len(texts), nonzero)
}

// fromWords recomputes a compound score from the words' values.
func fromWords(p Polarity) float64 {
	sum := 0.0
	for _, w := range p.Words {
		sum += w.Value
	}
	if sum > 0 {
		sum += p.Emphasis
	} else if sum < 0 {
		sum -= p.Emphasis
	}
	return sum / math.Sqrt(sum*sum+vaderAlpha)
}

// spanOf is the span of the first occurrence of name in text.
func spanOf(t *testing.T, text, name string) corpus.Span {
	t.Helper()
	i := strings.Index(text, name)
	if i < 0 {
		t.Fatalf("%q not in %q", name, text)
	}
	return corpus.Span{Start: i, End: i + len(name)}
}

type wordValue struct {
	Word          string
	Rating, Value float64
}

func words(p Polarity) []wordValue {
	out := []wordValue{}
	for _, w := range p.Words {
		out = append(out, wordValue{w.Word, w.Rating, w.Value})
	}
	return out
}

// TestSentiment: each word's value as VADER computes it, and masked names
// that contribute nothing. Ratings are vader_lexicon.txt's; the factors are
// VADER's constants (booster 0.293, capitals 0.733, negation -0.74, "but"
// 0.5 and 1.5).
func TestSentiment(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mask     []string
		want     []wordValue
		unmasked float64 // the compound score with nothing masked, to show the mask matters
	}{
		{name: "United States", text: "The United States will send aid to the region.", mask: []string{"United States"},
			want: []wordValue{}, unmasked: 0.4215},
		{name: "Tea Party", text: "Tea Party activists gathered outside the statehouse on Monday.", mask: []string{"Tea Party"},
			want: []wordValue{}, unmasked: 0.4019},
		{name: "Security Council", text: "The Security Council met behind closed doors.", mask: []string{"Security Council"},
			want: []wordValue{}, unmasked: 0.34},
		{name: "surname", text: "Jealous told reporters he would run again.", mask: []string{"Jealous"},
			want: []wordValue{}, unmasked: -0.4588},
		{name: "name with punctuation", text: "Jealous, the candidate, kept his distance.", mask: []string{"Jealous"},
			want: []wordValue{}, unmasked: -0.4588},
		{name: "name beside a rated word", text: "The United States condemned the attack.", mask: []string{"United States"},
			want: []wordValue{{"condemned", -1.9, -1.9}, {"attack", -2.1, -2.1}}},
		{name: "negated", text: "The talks were not good.",
			want: []wordValue{{"good", 1.9, 1.9 * -0.74}}},
		{name: "negated two words back", text: "The talks were not very good.",
			want: []wordValue{{"good", 1.9, (1.9 + 0.293) * -0.74}}},
		{name: "no before a rated word", text: "There is no good answer.",
			want: []wordValue{{"good", 1.9, 1.9 * -0.74}}},
		{name: "boosted", text: "The plan is very good.",
			want: []wordValue{{"good", 1.9, 1.9 + 0.293}}},
		{name: "dampened", text: "The plan is slightly good.",
			want: []wordValue{{"good", 1.9, 1.9 - 0.293}}},
		{name: "boosted negative", text: "The flooding was extremely destructive.",
			want: []wordValue{{"destructive", -3.0, -3.0 - 0.293}}},
		{name: "capitals among lower case", text: "The plan is GOOD.",
			want: []wordValue{{"good", 1.9, 1.9 + 0.733}}},
		{name: "but", text: "The plan is good, but the rollout was a disaster.",
			want: []wordValue{{"good", 1.9, 1.9 * 0.5}, {"disaster", -3.1, -3.1 * 1.5}}},
		{name: "least", text: "It was the least helpful reply.",
			want: []wordValue{{"helpful", 1.8, 1.8 * -0.74}}},
		{name: "at least", text: "At least helpful replies came.",
			want: []wordValue{{"helpful", 1.8, 1.8}}},
		{name: "idiom", text: "The vote was seen as the kiss of death for the bill.",
			want: []wordValue{{"kiss of death", -1.5, -1.5}, {"kiss of death", -1.5, -1.5}}},
		{name: "never so", text: "Relations have never been so good.",
			want: []wordValue{{"good", 1.9, (1.9 + 0.293) * 1.25}}},
		{name: "typographic quotes", text: "Officials called the warnings “hysteria” on Friday.",
			want: []wordValue{{"warnings", -1.2, -1.2}, {"hysteria", -1.9, -1.9}}},
		{name: "typographic apostrophe", text: "The talks didn’t help.",
			want: []wordValue{{"help", 1.7, 1.7 * -0.74}}},
		{name: "masked word is no negation", text: "Not Good said the vote was fair.", mask: []string{"Not Good"},
			want: []wordValue{{"fair", 1.3, 1.3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mask []corpus.Span
			for _, m := range tt.mask {
				mask = append(mask, spanOf(t, tt.text, m))
			}
			p := Sentiment(tt.text, mask)
			if diff := cmp.Diff(tt.want, words(p), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("%q: words (-want +got):\n%s", tt.text, diff)
			}
			if math.Abs(fromWords(p)-p.Compound) > 1e-12 {
				t.Errorf("%q: words explain %.6f, compound %.6f", tt.text, fromWords(p), p.Compound)
			}
			if len(tt.want) == 0 && p.Compound != 0 {
				t.Errorf("%q: compound %.4f with the name masked, want 0", tt.text, p.Compound)
			}
			if tt.unmasked != 0 {
				if got := Sentiment(tt.text, nil).Compound; math.Abs(got-tt.unmasked) > 1e-4 {
					t.Errorf("%q unmasked: compound %.4f, want %.4f", tt.text, got, tt.unmasked)
				}
			}
		})
	}
}

// TestSentimentOffsets: the words' offsets point into the text given, also
// after an emoji was replaced by its description ("beaming face with
// smiling eyes", where "smiling" is rated).
func TestSentimentOffsets(t *testing.T) {
	text := "Fans cheered😁 a great win."
	p := Sentiment(text, nil)
	var got []string
	for _, w := range p.Words {
		got = append(got, text[w.Start:w.End])
	}
	want := []string{"cheered", "😁", "great", "win"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
}

// TestAnnotateMasksNames: the annotator scores each sentence with the
// names of its entities masked, so a name is no tone word.
func TestAnnotateMasksNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the words that carry the sentence's tone
	}{
		{"United States", "The United States will send aid to the region, officials said on Monday.", nil},
		{"Tea Party", "Tea Party activists gathered outside the statehouse in Columbus.", nil},
		{"Security Council", "The Security Council met behind closed doors in New York.", nil},
		{"surname", "Benjamin Jealous, the former NAACP president, spoke in Baltimore. Jealous told reporters he would run again.", nil},
		{"name and tone words", "Benjamin Jealous condemned the attack in Baltimore.", []string{"condemned", "attack"}},
	}
	an := &Annotator{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: tt.name, Text: tt.text, Language: "en"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			unmasked := 0.0
			for i, p := range d.SentenceTones() {
				if s := d.Sentences[i]; s.Tone != p.Compound {
					t.Errorf("sentence %d: Tone %.4f, SentenceTones %.4f", i, s.Tone, p.Compound)
				}
				for _, w := range p.Words {
					got = append(got, w.Word)
				}
				unmasked += math.Abs(Sentiment(d.SentenceText(i), nil).Compound)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tone words (-want +got):\n%s", diff)
			}
			if unmasked == 0 {
				t.Errorf("%q scores 0 even unmasked: the case tests nothing", tt.text)
			}
		})
	}
}

// TestToneMask: a word the tagger took for a name is masked only with
// evidence that it is one where it opens a sentence.
func TestToneMask(t *testing.T) {
	type mention struct{ text, name string }
	tests := []struct {
		name      string
		sentences []string
		mentions  []mention // in order of the text; each the first occurrence after the previous
		want      []string  // the masked words
	}{
		{"word opening a sentence", []string{"Alas, the bridge stays closed."}, []mention{{"Alas", "Alas"}}, nil},
		{"after a quote mark", []string{"\"True,\" he said."}, []mention{{"True", "True"}}, nil},
		{"resolved to a longer name", []string{"Benjamin Jealous spoke.", "Jealous told reporters he would run."},
			[]mention{{"Benjamin Jealous", "Benjamin Jealous"}, {"Jealous", "Benjamin Jealous"}}, []string{"Benjamin Jealous", "Jealous"}},
		{"capitalised elsewhere", []string{"Jealous spoke first.", "Later Jealous left."},
			[]mention{{"Jealous", "Jealous"}, {"Jealous", "Jealous"}}, []string{"Jealous", "Jealous"}},
		{"two words", []string{"United States officials met."}, []mention{{"United States", "United States"}}, []string{"United States"}},
		{"inside a sentence", []string{"They met the Security Council."}, []mention{{"Security Council", "UN Security Council"}}, []string{"Security Council"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Doc{Article: corpus.Article{Text: strings.Join(tt.sentences, " ")}}
			off := 0
			for _, s := range tt.sentences {
				d.Sentences = append(d.Sentences, Sentence{Start: off, End: off + len(s)})
				off += len(s) + 1
			}
			off = 0
			for _, m := range tt.mentions {
				i := strings.Index(d.Text[off:], m.text)
				if i < 0 {
					t.Fatalf("%q not in %q after %d", m.text, d.Text, off)
				}
				start := off + i
				d.Entities = append(d.Entities, Mention{Start: start, End: start + len(m.text), Name: m.name, Sent: d.SentenceAt(start)})
				off = start + len(m.text)
			}
			var got []string
			for _, s := range d.ToneMask() {
				got = append(got, d.Text[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("masked (-want +got):\n%s", diff)
			}
		})
	}
}

// BenchmarkSentiment scores three sentences of the sample corpus: the
// framing stage scores every sentence of an event again for its tone words.
func BenchmarkSentiment(b *testing.B) {
	texts := []string{
		`If Russia chose further aggression, it would face a "resolute, massive and united" response from the United States and Europe, State Department spokesman Ned Price said in a statement describing the call.`,
		"An administration official who briefed reporters afterward called the conversation professional and substantive, but offered no sign that the danger had eased.",
		"Moscow has long said it has no intention of attacking anyone, and sees the Western alarm as an information campaign that paints Russia as the aggressor while ignoring Kiev’s failure to implement the Minsk agreements.",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Sentiment(t, nil)
		}
	}
}
