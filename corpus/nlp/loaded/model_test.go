package loaded

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// annotate annotates a text written for these tests.
func annotate(t testing.TB, text string) *nlp.Doc {
	t.Helper()
	a := corpus.Article{ID: "t", Outlet: "Test", Language: "en", Text: text}
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// occurrence returns the first occurrence of word.
func occurrence(t *testing.T, occ []Occurrence, word string) Occurrence {
	t.Helper()
	for _, o := range occ {
		if o.Text == word {
			return o
		}
	}
	t.Fatalf("no occurrence of %q", word)
	return Occurrence{}
}

// The texts below were written for the tests: a neutral and a loaded
// report of the same fictional committee meeting.
const (
	neutralText = "The committee met on Tuesday to discuss the budget. Members said the plan would reduce spending on roads by 4 percent."
	loadedText  = "The committee's bombastic chairman slammed the so-called “reforms” on Tuesday, and critics warned the reckless plan would gut spending on roads.\n\n" +
		"“It is an outrageous giveaway,” said Senator Ada Quill. She didn't say when the vote would be held."
)

func TestScoreRanksLoadedWordsAboveNeutralOnes(t *testing.T) {
	m := Default()
	neutral := m.Score(annotate(t, neutralText))
	loaded := m.Score(annotate(t, loadedText))
	maxNeutral := 0.0
	for _, o := range neutral {
		maxNeutral = max(maxNeutral, o.Score)
	}
	for _, c := range []struct {
		word   string
		quoted bool
	}{
		{"bombastic", false},
		{"slammed", false},
		{"reckless", false},
		{"reforms", true},
		{"outrageous", true},
	} {
		t.Run(c.word, func(t *testing.T) {
			o := occurrence(t, loaded, c.word)
			if o.Score <= maxNeutral {
				t.Errorf("%q scores %.3f, no more than the neutral report's most loaded word (%.3f)", c.word, o.Score, maxNeutral)
			}
			if o.Quoted != c.quoted {
				t.Errorf("%q: Quoted = %v, want %v", c.word, o.Quoted, c.quoted)
			}
		})
	}
	for _, word := range []string{"committee", "Tuesday", "roads"} {
		t.Run(word, func(t *testing.T) {
			if o := occurrence(t, loaded, word); o.Loaded {
				t.Errorf("%q is loaded (score %.3f, threshold %.3f)", word, o.Score, m.Threshold)
			}
		})
	}
}

func TestScoreInvariants(t *testing.T) {
	m := Default()
	for _, text := range []string{neutralText, loadedText, "", "—", "Ok."} {
		d := annotate(t, text)
		occ := m.Score(d)
		prev := -1
		for _, o := range occ {
			if o.Tok <= prev {
				t.Errorf("%q: token %d after %d: not in token order", text, o.Tok, prev)
			}
			prev = o.Tok
			if o.Start < 0 || o.End > len(d.Text) || d.Text[o.Start:o.End] != o.Text {
				t.Errorf("%q: %q at %d-%d is not the text there", text, o.Text, o.Start, o.End)
			}
			if o.Score < 0 || o.Score > 1 || math.IsNaN(o.Score) {
				t.Errorf("%q: score %v of %q outside [0, 1]", text, o.Score, o.Text)
			}
			if o.Loaded != (o.Score >= m.Threshold) {
				t.Errorf("%q: Loaded %v for score %.4f and threshold %.4f", o.Text, o.Loaded, o.Score, m.Threshold)
			}
			if !isScored(o.Text) {
				t.Errorf("%q scored: no word", o.Text)
			}
		}
	}
}

func TestScoreSkipsCliticsAndPunctuation(t *testing.T) {
	d := annotate(t, loadedText)
	var got []string
	for _, o := range Default().Score(d) {
		got = append(got, o.Text)
	}
	for _, tok := range []string{"'s", "n't", "“", ",", "."} {
		if slices.Contains(got, tok) {
			t.Errorf("%q was scored", tok)
		}
	}
	if !slices.Contains(got, "did") || !slices.Contains(got, "committee") {
		t.Errorf("words missing from %v", got)
	}
}

func TestExplainAddsUpToTheScore(t *testing.T) {
	m := Default()
	d := annotate(t, loadedText)
	for _, o := range m.Score(d) {
		e := m.Explain(d, o.Tok)
		z := e.Base
		for _, p := range e.Parts {
			z += p.Effect()
		}
		if got := sigmoid(z); math.Abs(got-o.Score) > 1e-9 {
			t.Errorf("%q: base and effects give %.6f, Score %.6f", o.Text, got, o.Score)
		}
		if e.Occurrence != o {
			t.Errorf("%q: Explain's occurrence %+v, Score's %+v", o.Text, e.Occurrence, o)
		}
	}
}

func TestReasons(t *testing.T) {
	m := Default()
	d := annotate(t, loadedText)
	for _, c := range []struct{ word, reason string }{
		{"slammed", "an evaluative reporting verb"},
		{"reforms", "in scare quotes (a short quotation)"},
		{"reckless", "a negative opinion word (Hu & Liu)"},
	} {
		t.Run(c.word, func(t *testing.T) {
			o := occurrence(t, m.Score(d), c.word)
			reasons := m.Explain(d, o.Tok).Reasons(3)
			if !slices.Contains(reasons, c.reason) {
				t.Errorf("reasons %q lack %q", reasons, c.reason)
			}
			for _, r := range reasons {
				if r == "a name" || r == "a stop word" {
					t.Errorf("reason %q for %q", r, c.word)
				}
			}
		})
	}
}

func TestBases(t *testing.T) {
	for _, c := range []struct {
		word string
		want string // must be among the bases
		not  string // must not be
	}{
		{"claimed", "claim", ""},
		{"argued", "argue", ""},
		{"ripped", "rip", ""},
		{"denies", "deny", ""},
		{"complaining", "complain", ""},
		{"warns", "warn", ""},
		{"several", "several", "severe"},
		{"is", "is", "i"},
	} {
		got := bases(c.word)
		if !slices.Contains(got, c.want) {
			t.Errorf("bases(%q) = %q, want %q among them", c.word, got, c.want)
		}
		if c.not != "" && slices.Contains(got, c.not) {
			t.Errorf("bases(%q) = %q holds %q", c.word, got, c.not)
		}
	}
}

func TestLoadRejectsMismatchedWeights(t *testing.T) {
	good := string(weightsFile)
	for _, c := range []struct{ name, file, want string }{
		{"not JSON", "weights", "reading weights"},
		{"renamed feature", strings.Replace(good, `"valence_pos"`, `"valence_plus"`, 1), `feature 0 is "valence_plus"`},
		{"missing features", `{"threshold": 0.5, "features": [{"name": "valence_pos"}]}`, "1 features"},
		{"threshold", strings.Replace(good, `"threshold": `, `"threshold": 7`, 1), "threshold"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(c.file))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one containing %q", err, c.want)
			}
		})
	}
	if _, err := Load(strings.NewReader(good)); err != nil {
		t.Errorf("the embedded weights: %v", err)
	}
}

func TestCounts(t *testing.T) {
	for _, c := range []struct {
		name     string
		c        Counts
		p, r, f1 float64
	}{
		{"none", Counts{}, 0, 0, 0},
		{"perfect", Counts{TP: 4}, 1, 1, 1},
		{"half", Counts{TP: 2, FP: 2, FN: 2}, 0.5, 0.5, 0.5},
		{"precise", Counts{TP: 1, FN: 3}, 1, 0.25, 0.4},
	} {
		t.Run(c.name, func(t *testing.T) {
			if math.Abs(c.c.P()-c.p) > 1e-12 || math.Abs(c.c.R()-c.r) > 1e-12 || math.Abs(c.c.F1()-c.f1) > 1e-12 {
				t.Errorf("P %v R %v F1 %v, want %v %v %v", c.c.P(), c.c.R(), c.c.F1(), c.p, c.r, c.f1)
			}
		})
	}
}

// synthetic makes examples whose label follows two features with noise:
// a word is loaded when it is negative and rare, in four folds.
func synthetic() []Example {
	var ex []Example
	state := uint32(1)
	rnd := func() float64 { // a fixed linear congruential sequence
		state = state*1664525 + 1013904223
		return float64(state>>8) / float64(1<<24)
	}
	for i := 0; i < 4000; i++ {
		x := make([]float64, numFeatures)
		x[fValenceNeg] = float64(i%3) / 2
		x[fRarity] = rnd()
		x[fProper] = float64(i % 2)
		z := -4 + 3*x[fValenceNeg] + 2*x[fRarity] - 2*x[fProper]
		ex = append(ex, Example{X: x, Loaded: rnd() < sigmoid(z), Fold: i % 4})
	}
	return ex
}

func TestTrainRecoversSignsAndIsDeterministic(t *testing.T) {
	ex := synthetic()
	w1, err := Train(ex, DefaultTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	w2, err := Train(ex, DefaultTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := w1.Encode()
	b2, _ := w2.Encode()
	if string(b1) != string(b2) {
		t.Error("two trainings on the same examples differ")
	}
	weight := map[string]float64{}
	for _, f := range w1.Features {
		weight[f.Name] = f.Weight
	}
	// The generating weights are 3, 2 and -2; with 4,000 examples the fit
	// lands within about 1 of each.
	for _, c := range []struct {
		name string
		want float64
	}{{"valence_neg", 3}, {"rarity", 2}, {"proper", -2}} {
		if math.Abs(weight[c.name]-c.want) > 1 {
			t.Errorf("%s: weight %.2f, generated with %v", c.name, weight[c.name], c.want)
		}
	}
	if w1.Threshold <= 0 || w1.Threshold >= 1 {
		t.Errorf("threshold %v", w1.Threshold)
	}
}

func TestTrainRejects(t *testing.T) {
	one := synthetic()
	for i := range one {
		one[i].Fold = 0
	}
	none := synthetic()
	for i := range none {
		none[i].Loaded = false
	}
	for _, c := range []struct {
		name string
		ex   []Example
		opts TrainOptions
	}{
		{"one fold", one, DefaultTrainOptions()},
		{"nothing loaded", none, DefaultTrainOptions()},
		{"no lambda", synthetic(), TrainOptions{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Train(c.ex, c.opts); err == nil {
				t.Error("no error")
			}
		})
	}
}

// A handle or a name of mixed case in scare quotes is a name, not a loaded
// word: a quotation opening it hides its capital, and without this it
// scored as a rare word in scare quotes.
func TestMixedCaseIsAName(t *testing.T) {
	m := Default()
	d := annotate(t, "The clip was posted on a video site by \"HarbourCamGuy\" on Friday, and the council called it \"reckless\" theatre.")
	for _, c := range []struct {
		word  string
		named bool
	}{
		{"HarbourCamGuy", true},
		{"reckless", false},
	} {
		t.Run(c.word, func(t *testing.T) {
			o := occurrence(t, m.Score(d), c.word)
			e := m.Explain(d, o.Tok)
			named := false
			for _, p := range e.Parts {
				if p.Feature.Name == "proper" {
					named = p.Value == 1
				}
			}
			if named != c.named {
				t.Errorf("%s: proper %v, want %v", c.word, named, c.named)
			}
			if c.named && o.Loaded {
				t.Errorf("%s scores %.3f, loaded (threshold %.3f)", c.word, o.Score, m.Threshold)
			}
		})
	}
}
