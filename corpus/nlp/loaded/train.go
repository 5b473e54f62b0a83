package loaded

// Training: L2-regularised logistic regression fitted by Newton's method
// (iteratively reweighted least squares), with the regularisation and the
// threshold chosen by cross-validation over folds the caller gives (the
// years of the training articles: a fold is every article of one year, so
// a word is never scored by a model that saw its article).
//
//	for each λ in Lambdas:
//	    for each fold k: fit on the other folds, score fold k
//	    average precision of the pooled out-of-fold scores
//	λ* = the best; threshold = the cut of best F1 on λ*'s out-of-fold scores
//	final weights = fit on every fold with λ*
//
// Cost: each Newton step is O(n d²) for n examples and d features (d = 25),
// a few steps per fit. Deterministic: the same examples in the same order
// give the same weights, bit for bit.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded/basil"
	"gonum.org/v1/gonum/mat"
)

// Example is one word occurrence for training: its features, whether
// annotators marked it, and its cross-validation fold.
type Example struct {
	X      []float64
	Loaded bool
	Fold   int
}

// Examples returns a training example for every word of d that Score
// scores: loaded when it overlaps one of the spans given (byte ranges of
// d.Text).
func Examples(d *nlp.Doc, spans []corpus.Span, fold int) []Example {
	f := defaultFeaturizer()
	c := newDocContext(d)
	var out []Example
	for ti, t := range d.Tokens {
		if !isScored(d.Text[t.Start:t.End]) {
			continue
		}
		x := make([]float64, numFeatures)
		f.vector(d, c, ti, x)
		out = append(out, Example{X: x, Loaded: Overlaps(spans, t.Start, t.End), Fold: fold})
	}
	return out
}

// Overlaps reports whether the byte range [start, end) overlaps one of
// spans.
func Overlaps(spans []corpus.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

// Counts are the outcomes of a binary decision against gold labels.
type Counts struct{ TP, FP, FN int }

// Add counts one decision.
func (c *Counts) Add(predicted, gold bool) {
	switch {
	case predicted && gold:
		c.TP++
	case predicted:
		c.FP++
	case gold:
		c.FN++
	}
}

// P is the precision, 0 when nothing was predicted.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall, 0 when there is nothing to find.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R, 0 when both are.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func (c Counts) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f", c.P(), c.R(), c.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TrainOptions are the choices Train searches.
type TrainOptions struct {
	// Lambdas are the L2 penalties tried; the one of best cross-validated
	// average precision wins.
	Lambdas []float64
}

// DefaultTrainOptions returns the options the embedded weights were
// trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Lambdas: []float64{0.1, 1, 10, 100}}
}

// Training says how a model was trained and how it did.
type Training struct {
	Data      string  `json:"data"`
	Examples  int     `json:"words"`
	Positives int     `json:"loaded_words"`
	Lambda    float64 `json:"lambda"`
	// CVAP is the average precision of the out-of-fold scores of λ.
	CVAP float64 `json:"cv_average_precision"`
	// CV counts the out-of-fold decisions at the threshold; Fit those of
	// the final model on its own training data.
	CV  CountsJSON `json:"cv"`
	Fit CountsJSON `json:"fit"`
}

// CountsJSON is Counts with its figures, for the weights file.
type CountsJSON struct {
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func countsJSON(c Counts) CountsJSON {
	return CountsJSON{TP: c.TP, FP: c.FP, FN: c.FN, P: round(c.P(), 4), R: round(c.R(), 4), F1: round(c.F1(), 4)}
}

// Train fits a model to the examples (see the algorithm atop train.go).
// It needs at least two folds and a loaded example in each. Weights and
// threshold are rounded to 4 decimals before the figures are computed,
// so the figures are those of the weights file.
func Train(ex []Example, opts TrainOptions) (*Weights, error) {
	folds := map[int]bool{}
	pos := 0
	for _, e := range ex {
		folds[e.Fold] = true
		if e.Loaded {
			pos++
		}
	}
	if len(folds) < 2 || pos == 0 {
		return nil, errors.New("training needs at least two folds and a loaded example")
	}
	if len(opts.Lambdas) == 0 {
		return nil, errors.New("training needs at least one lambda")
	}
	order := slices.Sorted(func(yield func(int) bool) {
		for f := range folds {
			if !yield(f) {
				return
			}
		}
	})
	bestAP, bestLambda := -1.0, 0.0
	var bestOOF []float64
	for _, lambda := range opts.Lambdas {
		oof := crossScores(ex, order, lambda)
		if ap := averagePrecision(oof, ex); ap > bestAP {
			bestAP, bestLambda, bestOOF = ap, lambda, oof
		}
	}
	threshold := round(bestThreshold(bestOOF, ex), 4)
	b, w := fit(ex, bestLambda)
	out := &Weights{
		Threshold: threshold,
		Intercept: round(b, 4),
		Training:  Training{Examples: len(ex), Positives: pos, Lambda: bestLambda, CVAP: round(bestAP, 4)},
	}
	mean := make([]float64, numFeatures)
	for _, e := range ex {
		for i, v := range e.X {
			mean[i] += v
		}
	}
	for i, f := range featureTable {
		out.Features = append(out.Features, Weighted{Name: f.Name, Weight: round(w[i], 4), Mean: round(mean[i]/float64(len(ex)), 4)})
	}
	var cv, fitted Counts
	m, err := out.model(defaultFeaturizer())
	if err != nil {
		return nil, err
	}
	for i, e := range ex {
		cv.Add(bestOOF[i] >= threshold, e.Loaded)
		fitted.Add(m.prob(e.X) >= m.Threshold, e.Loaded)
	}
	out.Training.CV, out.Training.Fit = countsJSON(cv), countsJSON(fitted)
	return out, nil
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

func dot(b float64, w []float64, x []float64) float64 {
	z := b
	for i, v := range x {
		z += w[i] * v
	}
	return z
}

// fit maximises the L2-penalised log-likelihood (the intercept is not
// penalised) by Newton's method, from zero weights. The examples' vectors
// all have the length of the first's.
func fit(ex []Example, lambda float64) (b float64, w []float64) {
	if len(ex) == 0 {
		return 0, make([]float64, numFeatures)
	}
	d := len(ex[0].X) + 1 // the intercept last
	beta := make([]float64, d)
	x := make([]float64, d)
	nz := make([]int, 0, d)
	for iter := 0; iter < 100; iter++ {
		hs := make([]float64, d*d) // upper triangle, row-major
		g := make([]float64, d)
		for _, e := range ex {
			copy(x, e.X)
			x[d-1] = 1
			z := 0.0
			for i, v := range x {
				z += beta[i] * v
			}
			p := sigmoid(z)
			y := 0.0
			if e.Loaded {
				y = 1
			}
			r := p - y
			s := p * (1 - p)
			nz = nz[:0]
			for i, v := range x {
				if v != 0 {
					nz = append(nz, i)
				}
			}
			for a, i := range nz {
				g[i] += r * x[i]
				si := s * x[i]
				row := hs[i*d:]
				for _, j := range nz[a:] {
					row[j] += si * x[j]
				}
			}
		}
		h := mat.NewSymDense(d, nil)
		for i := 0; i < d; i++ {
			for j := i; j < d; j++ {
				h.SetSym(i, j, hs[i*d+j])
			}
		}
		for i := 0; i < d-1; i++ {
			g[i] += lambda * beta[i]
			h.SetSym(i, i, h.At(i, i)+lambda)
		}
		var chol mat.Cholesky
		if !chol.Factorize(h) {
			// Not positive definite: a feature that never fires with λ = 0.
			for i := 0; i < d; i++ {
				h.SetSym(i, i, h.At(i, i)+1e-6)
			}
			chol.Factorize(h)
		}
		var step mat.VecDense
		if err := chol.SolveVecTo(&step, mat.NewVecDense(d, g)); err != nil {
			break
		}
		change := 0.0
		for i := range beta {
			beta[i] -= step.AtVec(i)
			change = max(change, math.Abs(step.AtVec(i)))
		}
		if change < 1e-9 {
			break
		}
	}
	return beta[d-1], beta[:d-1]
}

type scored struct {
	score float64
	gold  bool
	i     int
}

// ranked orders examples by score, highest first, ties by position.
func ranked(scores []float64, ex []Example) []scored {
	out := make([]scored, len(ex))
	for i, e := range ex {
		out[i] = scored{scores[i], e.Loaded, i}
	}
	slices.SortFunc(out, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	return out
}

// averagePrecision is the mean of the precision at each loaded example's
// rank.
func averagePrecision(scores []float64, ex []Example) float64 {
	tp, sum, pos := 0, 0.0, 0
	for k, s := range ranked(scores, ex) {
		if s.gold {
			tp++
			sum += float64(tp) / float64(k+1)
		}
	}
	pos = tp
	if pos == 0 {
		return 0
	}
	return sum / float64(pos)
}

// bestThreshold returns the cut of best F1: midway between the lowest
// score predicted loaded and the next one below it. Ties in score are cut
// together.
func bestThreshold(scores []float64, ex []Example) float64 {
	r := ranked(scores, ex)
	pos := 0
	for _, s := range r {
		if s.gold {
			pos++
		}
	}
	best, bestF1, tp := 0.5, -1.0, 0
	for k, s := range r {
		if s.gold {
			tp++
		}
		if k+1 < len(r) && r[k+1].score == s.score {
			continue
		}
		if f1 := 2 * float64(tp) / float64(k+1+pos); f1 > bestF1 {
			bestF1, best = f1, s.score
			if k+1 < len(r) {
				best = (s.score + r[k+1].score) / 2
			}
		}
	}
	return best
}

// ModelVersion numbers the weights the recipe makes: raise it whenever
// the features, the cue lists, the background or the training change.
const ModelVersion = 4

// TrainBASIL trains on BASIL articles and their annotated documents
// (docs[i] is arts[i] annotated): every word inside a lexical-bias span
// is loaded, and each year is a fold. It describes the data, source and
// terms in the weights it returns.
func TrainBASIL(arts []basil.Article, docs []*nlp.Doc, opts TrainOptions) (*Weights, error) {
	if len(arts) != len(docs) {
		return nil, fmt.Errorf("%d articles, %d documents", len(arts), len(docs))
	}
	var ex []Example
	years := map[int]bool{}
	for i, a := range arts {
		ex = append(ex, Examples(docs[i], a.Lexical(), a.Year)...)
		years[a.Year] = true
	}
	w, err := Train(ex, opts)
	if err != nil {
		return nil, err
	}
	ys := slices.Sorted(maps.Keys(years))
	w.Model = "framediff loaded-language model: logistic regression over readable word features"
	w.Version = ModelVersion
	w.Source = "BASIL (Fan et al., In Plain Sight: Media Bias Through the Lens of Factual Reporting, EMNLP 2019; launchnlp/BASIL): phrase-level annotations with bias lex"
	w.Terms = "BASIL is a research release without a licence: these weights are for research and evaluation use; see SOURCE.md"
	w.Recipe = "go run ./scripts/trainloaded"
	w.Training.Data = fmt.Sprintf("BASIL articles of %d-%d (%d articles; each year one cross-validation fold)", ys[0], ys[len(ys)-1], len(arts))
	return w, nil
}

// Encode renders the weights file: indented JSON, fields in a fixed
// order, and a final newline.
func (w *Weights) Encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(w); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// crossScores gives each example the probability of the model fitted on
// the examples of every other fold in folds.
func crossScores(ex []Example, folds []int, lambda float64) []float64 {
	out := make([]float64, len(ex))
	for _, k := range folds {
		var train []Example
		for _, e := range ex {
			if e.Fold != k {
				train = append(train, e)
			}
		}
		b, w := fit(train, lambda)
		for i, e := range ex {
			if e.Fold == k {
				out[i] = sigmoid(dot(b, w, e.X))
			}
		}
	}
	return out
}
