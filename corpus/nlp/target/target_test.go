package target

import (
	"bytes"
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/google/go-cmp/cmp"
)

func annotate(t *testing.T, text string) *nlp.Doc {
	t.Helper()
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "t", Outlet: "o", Text: text, Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// spanOf is the first occurrence of name in d's text.
func spanOf(t *testing.T, d *nlp.Doc, name string) corpus.Span {
	t.Helper()
	i := strings.Index(d.Text, name)
	if i < 0 {
		t.Fatalf("%q not in %q", name, d.Text)
	}
	return corpus.Span{Start: i, End: i + len(name)}
}

// TestTone: the tone toward one target of a sentence follows who does
// what to whom, not the sentence's tone. Each case names the target and
// the label the embedded model must give; the sentences are written for
// the test, in the manner of wire copy.
func TestTone(t *testing.T) {
	tests := []struct {
		name, text, target string
		want               Class
	}{
		{"object of criticism", "Critics slammed Senator Warren over the failed rollout of the health plan.", "Warren", Neg},
		{"object of praise", "Governor Baker praised Senator Warren for her leadership during the crisis.", "Warren", Pos},
		{"passive praise", "Senator Warren was praised by Governor Baker for her leadership.", "Warren", Pos},
		{"passive charge", "Governor Baker was indicted on corruption charges on Tuesday.", "Baker", Neg},
		{"modifiers", "The corrupt and incompetent Governor Baker refused to answer questions.", "Baker", Neg},
		{"victory", "Governor Baker won a landslide victory and thanked his supporters.", "Baker", Pos},
		{"defeat", "Governor Baker lost the election after a bitter campaign.", "Baker", Neg},
		{"a meeting", "Senator Warren met Governor Baker in Boston on Monday to discuss the budget.", "Baker", Neu},
		// The speaker of a harsh quote is not its target.
		{"speaker of a quote", "“This plan is a disaster for working families,” Governor Baker said on Monday.", "Baker", Neu},
	}
	m := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			got := m.NewReader(d).Tone(spanOf(t, d, tt.target))
			if got.Label != tt.want {
				t.Errorf("%q toward %s: %s (P %.2f), want %s", tt.text, tt.target, got.Label, got.P, tt.want)
			}
			if sum := got.P[Neg] + got.P[Neu] + got.P[Pos]; math.Abs(sum-1) > 1e-9 {
				t.Errorf("probabilities sum to %v", sum)
			}
			if want := got.P[Pos] - got.P[Neg]; got.Score != want {
				t.Errorf("score %v, want P(pos)-P(neg) = %v", got.Score, want)
			}
		})
	}
}

// TestTargetMasked: the target's own name carries no tone (the surname
// "Winner" is no praise), so the same sentence with another name gives the
// same features.
func TestTargetMasked(t *testing.T) {
	m := Default()
	a := annotate(t, "Winner wrote that she had a private meeting with the lawmaker’s policy director.")
	b := annotate(t, "Walker wrote that she had a private meeting with the lawmaker’s policy director.")
	fa := m.NewReader(a).Features(spanOf(t, a, "Winner"))
	fb := m.NewReader(b).Features(spanOf(t, b, "Walker"))
	if diff := cmp.Diff(fb, fa); diff != "" {
		t.Errorf("features differ with the name (-Walker +Winner):\n%s", diff)
	}
}

// TestStances: an article's mentions of one entity are averaged, and the
// article stance model reads the stance: its label is its most probable
// class.
func TestStances(t *testing.T) {
	m := Default()
	d := annotate(t, "Senator Warren was praised by Governor Baker for her leadership during the storm.\n\n"+
		"Governor Baker was indicted on corruption charges on Tuesday.\n\n"+
		"Prosecutors said Governor Baker had taken bribes from contractors.")
	tones := m.Mentions(d)
	if len(tones) != len(d.Entities) {
		t.Fatalf("%d tones for %d mentions", len(tones), len(d.Entities))
	}
	got := map[string]Stance{}
	for _, s := range m.Stances(d, tones, nil) {
		got[s.Entity] = s
	}
	baker, ok := got["Baker"]
	if !ok {
		t.Fatalf("no stance toward Baker: %+v", got)
	}
	sum, n := 0.0, 0
	for i, e := range d.Entities {
		if e.Name == "Baker" {
			sum += tones[i].Score
			n++
		}
	}
	if baker.Mentions != n || math.Abs(baker.Score-sum/float64(n)) > 1e-12 {
		t.Errorf("Baker: %d mentions, score %v; want %d, %v", baker.Mentions, baker.Score, n, sum/float64(n))
	}
	if baker.Label != Neg {
		t.Errorf("Baker: stance %s (%.2f), want neg", baker.Label, baker.Score)
	}
	if p := baker.P; math.Abs(p[Neg]+p[Neu]+p[Pos]-1) > 1e-9 || p[Neg] < p[Neu] || p[Neg] < p[Pos] {
		t.Errorf("Baker: P %v, want neg the most probable, summing to 1", p)
	}
}

// TestReadNewsMTSC: offsets are characters; a typographic quote before
// the target takes three bytes and one character.
func TestReadNewsMTSC(t *testing.T) {
	tests := []struct {
		name, line string
		want       []Sentence
		err        bool
	}{
		{"after a curly quote",
			`{"primary_gid": "g1", "sentence_normalized": "“Fine,” Lavrov said.", "targets": [{"from": 8, "to": 14, "mention": "Lavrov", "polarity": 4.0}]}`,
			[]Sentence{{ID: "g1", Text: "“Fine,” Lavrov said.", Targets: []Target{{Span: corpus.Span{Start: 12, End: 18}, Mention: "Lavrov", Label: Neu}}}}, false},
		{"two targets",
			`{"primary_gid": "g2", "sentence_normalized": "Kerry thanked Lavrov.", "targets": [{"from": 0, "to": 5, "mention": "Kerry", "polarity": 6.0}, {"from": 14, "to": 20, "mention": "Lavrov", "polarity": 2.0}]}`,
			[]Sentence{{ID: "g2", Text: "Kerry thanked Lavrov.", Targets: []Target{{Span: corpus.Span{Start: 0, End: 5}, Mention: "Kerry", Label: Pos}, {Span: corpus.Span{Start: 14, End: 20}, Mention: "Lavrov", Label: Neg}}}}, false},
		{"offsets off the mention",
			`{"primary_gid": "g3", "sentence_normalized": "Kerry thanked Lavrov.", "targets": [{"from": 1, "to": 5, "mention": "Kerry", "polarity": 6.0}]}`,
			nil, true},
		{"unknown polarity",
			`{"primary_gid": "g4", "sentence_normalized": "Kerry thanked Lavrov.", "targets": [{"from": 0, "to": 5, "mention": "Kerry", "polarity": 5.0}]}`,
			nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadNewsMTSC(strings.NewReader(tt.line + "\n"))
			var pe *ParseError
			if tt.err {
				if !errors.As(err, &pe) || pe.Line != 1 {
					t.Errorf("error %v, want a ParseError on line 1", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestLexiconRoundTrip: what WriteTo writes, ReadLexicon reads back, and
// the embedded lexicon is the one written.
func TestLexiconRoundTrip(t *testing.T) {
	lex := Lexicon{"accus": {Tone: -2.2596, Charge: 0.9}, "prais": {Tone: 1.4399, Charge: 0}}
	var b bytes.Buffer
	if _, err := lex.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	back, err := ReadLexicon(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(lex, back); diff != "" {
		t.Errorf("(-written +read):\n%s", diff)
	}
	var again bytes.Buffer
	if _, err := Default().Lexicon.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if again.String() != lexiconTSV {
		t.Errorf("the embedded lexicon.tsv does not read back to itself")
	}
}

// TestMacroF1 checks the measure against hand counts.
func TestMacroF1(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []Class
		want       float64
	}{
		{"perfect", []Class{Neg, Neu, Pos}, []Class{Neg, Neu, Pos}, 1},
		// Neutral: P = 2/3, R = 1, F1 = 0.8; the others 0.
		{"always neutral", []Class{Neg, Neu, Neu}, []Class{Neu, Neu, Neu}, 0.8 / 3},
		// Neg: P 1, R 1/2, F1 2/3; neu: P 1/2, R 1, F1 2/3; pos: 1.
		{"one miss", []Class{Neg, Neg, Neu, Pos}, []Class{Neg, Neu, Neu, Pos}, (2.0/3 + 2.0/3 + 1) / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MacroF1(tt.gold, tt.pred); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("MacroF1 = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSetting: a place where something happened is no target of tone; a
// place that acts or is acted on is, and so is anyone after "in".
func TestSetting(t *testing.T) {
	d := annotate(t, "SACRAMENTO, California (Keystone) — Officials said the attack in Texas left 14 dead.\n\n"+
		"Protests spread across Ukraine on Monday, and Russia warned Ukraine again. Sanctions against Russia followed. The Texas shooting shocked Russian officials.\n\n"+
		"Former Senate aide Dana Hale accused the senator of harassment. The Senate rejected the bill, and White House officials denied it. The CNN reporter read the statement at the White House briefing. On Monday, White House senior officials attacked the plan at the White House daily briefing. Ukrainian President Dana Brenko said Ukraine would not yield.")
	want := map[string][]bool{ // per mention of each name, in order: a setting?
		"California":  {true},
		"Texas":       {true, true},
		"Ukraine":     {true, false, true, false},
		"Russia":      {false, false, false},
		"Senate":      {true, false},
		"White House": {false, true, false, true},
		"CNN":         {true},
	}
	got := map[string][]bool{}
	for _, m := range d.Entities {
		if _, ok := want[m.Name]; ok {
			got[m.Name] = append(got[m.Name], Setting(d, m))
		}
	}
	for name, w := range want {
		if !slices.Equal(got[name], w) {
			t.Errorf("%s: settings %v, want %v (mentions %v)", name, got[name], w, d.Entities)
		}
	}
	// An article's stance leaves the settings out: Texas, only ever a
	// setting, has none; Ukraine, warned once and not yielding once, has
	// two.
	seen := map[string]bool{}
	for _, s := range Default().Stances(d, Default().Mentions(d), nil) {
		seen[s.Entity] = true
		if s.Entity == "Ukraine" && s.Mentions != 2 {
			t.Errorf("stance toward Ukraine from %d mentions, want 2", s.Mentions)
		}
	}
	if seen["California"] || seen["Texas"] || !seen["Ukraine"] {
		t.Errorf("stances toward %v: want Ukraine's and none toward California or Texas", seen)
	}
}
