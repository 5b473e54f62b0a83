package target

// The model: multinomial logistic regression over the features of
// features.go, trained by scripts/traintarget on NewsMTSC and embedded as
// model.json (see README.md beside it).
//
// Scoring: for class c, z_c = b_c + Σ_f w_cf·x_f; P(c) = exp(z_c) / Σ_k
// exp(z_k). A mention's score is P(pos) − P(neg), in [-1, 1]; its label
// the most probable class.
//
// Training is scripts/traintarget's (go run ./scripts/traintarget).

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// Class is a tone toward a target.
type Class int

const (
	Neg Class = iota
	Neu
	Pos
	nClasses
)

// String returns "neg", "neu" or "pos": the labels of the JSON reports.
func (c Class) String() string {
	switch c {
	case Neg:
		return "neg"
	case Neu:
		return "neu"
	case Pos:
		return "pos"
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// ModelVersion names the embedded model; a report that carries tone
// toward actors can be traced to it.
const ModelVersion = "target/1"

// HeldOutMacroF1 and SentenceMacroF1 are the model's figures on
// NewsMTSC's held-out sentences as framediff reports tone toward a target
// (a target it does not find counting as neutral), and the figure of the
// sentence's own tone, which it replaced: what a report tells its reader
// of how far to trust the tone toward an actor. TestNewsMTSC measures both
// and fails when either has moved from what is written here.
const (
	HeldOutMacroF1  = 0.64
	SentenceMacroF1 = 0.53
)

// StancePrecision is how often the article stance model's "negative" or
// "positive" agreed with BASIL's annotators of the author's attitude on
// basil-dev (the training years by out-of-fold predictions): the stances
// it reads as other than neutral, right over said. Low (about one in
// five), so a report says it beside every stance it shows.
// TestBasilStance measures it and fails when it has moved from what is
// written here.
const StancePrecision = 0.21

// Model is a trained classifier with the thresholds that turn an
// article's mean mention score into a stance.
type Model struct {
	Version string `json:"version"`
	// Source names the training data and the command that wrote the file.
	Source string `json:"source"`
	// Training describes the data the weights were fitted to and the
	// cross-validated macro-F1 on it.
	Training struct {
		Sentences int     `json:"sentences"`
		Targets   int     `json:"targets"`
		Folds     int     `json:"folds"`
		MacroF1   float64 `json:"cv_macro_f1"`
	} `json:"training"`
	Features []string `json:"features"`
	Classes  []string `json:"classes"`
	// Weights[c] is class c's bias followed by one weight per feature.
	Weights [][]float64 `json:"weights"`
	// Lexicon is the news lexicon (news.go), read from lexicon.tsv.
	Lexicon Lexicon `json:"-"`
	// Lambda is the L2 penalty the weights were trained with.
	Lambda float64 `json:"lambda"`
	// Stance holds the thresholds on an entity's mean mention score in
	// one article: at or below Neg is negative, at or above Pos positive.
	Stance struct {
		Neg float64 `json:"neg"`
		Pos float64 `json:"pos"`
	} `json:"stance"`
}

//go:embed model.json
var modelJSON []byte

//go:embed lexicon.tsv
var lexiconTSV string

// Default returns the embedded model. It panics if the embedded file is
// broken, which a test rules out.
var Default = sync.OnceValue(func() *Model {
	var m Model
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		panic("target: embedded model.json: " + err.Error())
	}
	if err := m.check(); err != nil {
		panic("target: embedded model.json: " + err.Error())
	}
	lex, err := ReadLexicon(strings.NewReader(lexiconTSV))
	if err != nil {
		panic("target: embedded lexicon.tsv: " + err.Error())
	}
	m.Lexicon = lex
	return &m
})

func (m *Model) check() error {
	if !slices.Equal(m.Features, FeatureNames()) {
		return fmt.Errorf("features %v, the code computes %v", m.Features, FeatureNames())
	}
	return checkWeights(m.Weights, nFeatures)
}

// checkWeights checks a multinomial model's weights: a row per class, each
// a bias and one weight per feature of k.
func checkWeights(weights [][]float64, k int) error {
	if len(weights) != int(nClasses) {
		return fmt.Errorf("%d weight rows, want %d", len(weights), nClasses)
	}
	for _, w := range weights {
		if len(w) != k+1 {
			return fmt.Errorf("%d weights per class, want %d", len(w), k+1)
		}
	}
	return nil
}

// Probs returns P(neg), P(neu), P(pos) for a feature vector.
func (m *Model) Probs(x []float64) [nClasses]float64 { return linearProbs(m.Weights, x) }

// linearProbs is the multinomial model of weights (one row per class: the
// bias, then one weight per feature) at x.
func linearProbs(weights [][]float64, x []float64) [nClasses]float64 {
	var z [nClasses]float64
	for c := range nClasses {
		w := weights[c]
		z[c] = w[0]
		for f, v := range x {
			z[c] += w[f+1] * v
		}
	}
	return softmax(z)
}

func softmax(z [nClasses]float64) [nClasses]float64 {
	top := max(z[0], z[1], z[2])
	var p [nClasses]float64
	sum := 0.0
	for c := range p {
		p[c] = math.Exp(z[c] - top)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}
