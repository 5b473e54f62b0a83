package loaded

// Scoring: a logistic regression over the features of features.go.
//
//	score(word) = 1 / (1 + exp(-(intercept + Σ weight_i × feature_i)))
//
// The score reads as the probability that BASIL's annotators would have
// marked the word as lexical bias. It is well below 1 even for clearly
// loaded words: annotators marked about one word in 170. A word is
// Loaded when its score reaches the model's Threshold, the cut that gave
// the best F1 on articles the model was not fitted on (see train.go).
//
// Cost: one pass over a document's tokens; a handful of map look-ups and a
// stem per distinct word and tag, whose features the featurizer keeps
// (features.go), one look-up per word after that; no model beyond the
// weights. Linear in the tokens.
//
// Limits: the model sees one word at a time. A loaded phrase ("pulled the
// rug out") is found, if at all, through its loaded words; a neutral word
// in a loaded context is not; sarcasm and loaded facts (informational
// bias) are out of its reach. It is trained on US political news of
// 2010-2012 from three outlets, in English only.

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus/nlp"
)

// Model scores word occurrences. It is safe for concurrent use.
type Model struct {
	// Threshold is the score from which a word counts as loaded.
	Threshold float64
	// Version numbers the weights; it changes whenever they do.
	Version   int
	intercept float64
	weights   [numFeatures]float64
	means     [numFeatures]float64
	feat      *featurizer
}

// Occurrence is one word of a document with its score.
type Occurrence struct {
	Tok        int    // index into Doc.Tokens
	Start, End int    // byte offsets into Doc.Text
	Text       string // the word as written
	// Score is the probability, in [0, 1], that the word choice is loaded.
	Score float64
	// Loaded is Score >= the model's Threshold.
	Loaded bool
	// Quoted marks a word inside a direct quotation: someone else's word
	// choice, which the outlet chose to quote.
	Quoted bool
}

//go:embed weights.json
var weightsFile []byte

var defaultModel = sync.OnceValue(func() *Model {
	m, err := Load(strings.NewReader(string(weightsFile)))
	if err != nil {
		panic("loaded: embedded weights: " + err.Error())
	}
	return m
})

// Default returns the model of the embedded weights (weights.json, trained
// by `go run ./scripts/trainloaded`). It is shared and read-only.
func Default() *Model { return defaultModel() }

// Weights is the weights file: the model and how it was made.
type Weights struct {
	Model     string     `json:"model"`
	Version   int        `json:"version"`
	Source    string     `json:"source"`
	Terms     string     `json:"terms"`
	Recipe    string     `json:"recipe"`
	Training  Training   `json:"training"`
	Threshold float64    `json:"threshold"`
	Intercept float64    `json:"intercept"`
	Features  []Weighted `json:"features"`
}

// Weighted is one feature's weight, and its mean over the training
// words, which explanations measure from.
type Weighted struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Mean   float64 `json:"mean"`
}

// Load reads a weights file. Its features must be this package's, in
// order: weights trained by another version of the code are refused
// rather than misread.
func Load(r io.Reader) (*Model, error) {
	var w Weights
	if err := json.NewDecoder(r).Decode(&w); err != nil {
		return nil, fmt.Errorf("reading weights: %w", err)
	}
	return w.model(defaultFeaturizer())
}

func (w *Weights) model(f *featurizer) (*Model, error) {
	if len(w.Features) != numFeatures {
		return nil, fmt.Errorf("weights: %d features, the code has %d", len(w.Features), numFeatures)
	}
	m := &Model{Threshold: w.Threshold, Version: w.Version, intercept: w.Intercept, feat: f}
	for i, fw := range w.Features {
		if fw.Name != featureTable[i].Name {
			return nil, fmt.Errorf("weights: feature %d is %q, the code's is %q", i, fw.Name, featureTable[i].Name)
		}
		m.weights[i], m.means[i] = fw.Weight, fw.Mean
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		return nil, fmt.Errorf("weights: threshold %v is not in (0, 1)", m.Threshold)
	}
	return m, nil
}

// Weight returns the weight of the feature named name (see Features), 0
// for an unknown name.
func (m *Model) Weight(name string) float64 {
	for i, f := range featureTable {
		if f.Name == name {
			return m.weights[i]
		}
	}
	return 0
}

// Score scores every word of d (tokens with a letter or digit, except the
// clitics of contractions and possessives), in token order.
func (m *Model) Score(d *nlp.Doc) []Occurrence {
	c := newDocContext(d)
	out := make([]Occurrence, 0, d.WordCount)
	var x [numFeatures]float64
	for ti, t := range d.Tokens {
		text := d.Text[t.Start:t.End]
		if !isScored(text) {
			continue
		}
		m.feat.vector(d, c, ti, x[:])
		s := m.prob(x[:])
		out = append(out, Occurrence{
			Tok: ti, Start: t.Start, End: t.End, Text: text,
			Score: s, Loaded: s >= m.Threshold, Quoted: c.quoted[ti],
		})
	}
	return out
}

func (m *Model) prob(x []float64) float64 {
	z := m.intercept
	for i, v := range x {
		z += m.weights[i] * v
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Contribution is what one feature adds to a word's score compared with
// an average word, in log-odds: (Value - Mean) × Weight.
type Contribution struct {
	Feature Feature
	Value   float64 // the feature's value for the word
	Mean    float64 // its mean over the training words
	Weight  float64 // the model's weight for the feature
}

// Effect is (Value - Mean) × Weight: positive makes the word more loaded
// than an average word.
func (c Contribution) Effect() float64 { return (c.Value - c.Mean) * c.Weight }

// Explanation says why a word got its score: the log-odds of an average
// word (Base) plus the Effect of every feature give the word's log-odds,
// and the logistic function of that its Score.
type Explanation struct {
	Occurrence
	Base float64
	// Parts are the features whose value differs from their mean,
	// largest effect first.
	Parts []Contribution
}

// MinReason is the smallest effect, in log-odds, that Reasons names: a
// quarter raises the odds that a word is loaded by more than a fifth.
const MinReason = 0.25

// Reasons returns the descriptions of the features the word has (more
// than an average word) that make it more loaded by at least MinReason,
// largest effect first, at most n. What the word lacks is no reason: not
// being a name raises a score, but "not a name" says nothing to a reader.
func (e Explanation) Reasons(n int) []string {
	var out []string
	for _, p := range e.Parts {
		if p.Effect() < MinReason || len(out) == n {
			break
		}
		if p.Value > p.Mean {
			out = append(out, p.Feature.Description)
		}
	}
	return out
}

// Explain scores token ti of d and gives the features behind the score.
// It panics if ti is not a token of d.
func (m *Model) Explain(d *nlp.Doc, ti int) Explanation {
	if ti < 0 || ti >= len(d.Tokens) {
		panic(fmt.Sprintf("loaded: Explain: token %d of %d", ti, len(d.Tokens)))
	}
	c := newDocContext(d)
	var x [numFeatures]float64
	m.feat.vector(d, c, ti, x[:])
	t := d.Tokens[ti]
	s := m.prob(x[:])
	e := Explanation{
		Occurrence: Occurrence{Tok: ti, Start: t.Start, End: t.End, Text: d.Text[t.Start:t.End], Score: s, Loaded: s >= m.Threshold, Quoted: c.quoted[ti]},
		Base:       m.intercept,
	}
	for i, v := range x {
		e.Base += m.weights[i] * m.means[i]
		if v != m.means[i] {
			e.Parts = append(e.Parts, Contribution{Feature: featureTable[i], Value: v, Mean: m.means[i], Weight: m.weights[i]})
		}
	}
	slices.SortStableFunc(e.Parts, func(a, b Contribution) int {
		return -cmpFloat(a.Effect(), b.Effect())
	})
	return e
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
