package loaded

// Distributional subjectivity: how much a word's company in general news
// resembles that of the words the sentiment lexicon and the cue lists
// already know to be subjective. "bogus" and "fiasco" need no lexicon
// entry to be found: they keep the company of "ridiculous" and "absurd".
//
// Algorithm (BuildSubjectivity), over a news corpus given as word
// sequences:
//
//	counts    n(w, c): c within Window words of w in one paragraph, for the
//	          MaxVocab most frequent words w (in MinCount or more
//	          occurrences) and the Contexts most frequent words c
//	PPMI      max(0, log(n(w,c) N / (n(w) n_α(c)))), n_α the context
//	          counts raised to α = 0.75 (Levy, Goldberg & Dagan 2015)
//	vectors   rank-Dims truncated SVD of the PPMI matrix, by randomised
//	          range finding with two power iterations (Halko, Martinsson &
//	          Tropp 2011): word vector = U Σ^½, scaled to unit length
//	score     an L2-regularised logistic regression on the vectors
//	          separates the seed words (subjective: VADER rating of at
//	          least SeedRating in absolute value, a word of the opinion
//	          lexicon, or a cue list's word) from the other words; each word's score is the probability given
//	          by a model fitted without its fold (ten folds: every tenth
//	          word by frequency rank), so a seed's score says how
//	          subjective its contexts look, not that it is a seed
//
// This is a linear cousin of SentProp (Hamilton, Clark, Leskovec &
// Jurafsky 2016, "Inducing domain-specific sentiment lexicons from
// unlabeled corpora": seed words propagated over PPMI-SVD vectors of the
// domain's own text) and of Densifier (Rothe, Ebert & Schütze 2016: a
// direction of the embedding space that separates the lexicon's words),
// for subjectivity rather than polarity: the seeds are the subjective
// words, the rest stand for the objective ones, so an unseeded subjective
// word scores high because its company does. No seed is taken from an
// annotated article.
//
// Cost: one pass over the corpus (O(tokens × Window)); the SVD is
// O(nnz × (Dims + 10) × 6) for the PPMI matrix's nnz entries; the
// regression O(words × Dims²) per Newton step. Deterministic: the random
// test matrix is drawn from a fixed seed, every sum is taken in one order.
//
// Limits: a word's company says it is evaluative, not which way nor
// whether an annotator would call its use loaded; frequent topical words
// of opinion pieces ("liberals", "elites") score high too. It is one
// feature among the model's, and its weight is fitted with the others.

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"unicode"

	"gonum.org/v1/gonum/mat"
)

// SubjectivityOptions are the parameters of BuildSubjectivity.
type SubjectivityOptions struct {
	MinCount   int     // fewest occurrences of a scored word
	MaxVocab   int     // most words scored, the most frequent first
	Contexts   int     // context words: the most frequent words
	Window     int     // words either side that count as context
	Dims       int     // dimensions of the word vectors
	SeedRating float64 // least |VADER rating| of a seed word
	Lambda     float64 // L2 penalty of the seed regression
}

// DefaultSubjectivityOptions returns the options the embedded scores were
// built with. The window of 10 words was chosen by the cross-validated
// average precision of the loaded-word model on its training years (the
// windows 2, 5, 10 and 20, seed ratings 1, 1.5 and 2 and 100 or 200
// dimensions were tried; corpus/nlp/loaded/README.md): a wide window
// says what register a word keeps company with (opinion and reaction
// rather than procedure), which is what a loaded word shares with the
// lexicon's; a narrow one says which words could stand in its place.
func DefaultSubjectivityOptions() SubjectivityOptions {
	return SubjectivityOptions{MinCount: 20, MaxVocab: 25000, Contexts: 2500, Window: 10, Dims: 100, SeedRating: 1.5, Lambda: 1}
}

// CueWords returns the words of every cue list (cues.go), seeds of the
// distributional subjectivity.
func CueWords() []string {
	var out []string
	for _, l := range []map[string]bool{intensifiers, boosters, hedges, factives, assertives, implicatives, reportVerbs} {
		for w := range l {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Corpus is a tokenised corpus being read for BuildSubjectivity: each
// paragraph a sequence of word ids, words numbered as first seen.
type Corpus struct {
	ids   map[string]int32
	words []string
	freq  []int64
	paras [][]int32
}

// Add adds a paragraph's words (lower-case; non-words already left out).
func (c *Corpus) Add(words []string) {
	if c.ids == nil {
		c.ids = map[string]int32{}
	}
	p := make([]int32, len(words))
	for i, w := range words {
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
			c.freq = append(c.freq, 0)
		}
		c.freq[id]++
		p[i] = id
	}
	c.paras = append(c.paras, p)
}

// Tokens returns the number of word tokens added.
func (c *Corpus) Tokens() int64 {
	var n int64
	for _, f := range c.freq {
		n += f
	}
	return n
}

// Subjectivity is a built distributional subjectivity lexicon.
type Subjectivity struct {
	Words  []string  // in byte order
	Scores []float64 // Scores[i] is Words[i]'s, in [0, 1]
	Seeds  int       // seed words among Words
	// AP is the average precision with which the out-of-fold scores rank
	// the seeds above the other words: how well company predicts the
	// lexicon (the base rate is Seeds / len(Words)).
	AP float64
}

// BuildSubjectivity builds distributional subjectivity scores from a
// corpus (see the algorithm atop this file), seeded by the cue lists, the
// words of opinion (OpinionWords: Hu and Liu's lexicon, either polarity)
// and the words of lex (a sentiment lexicon: lower-case word -> rating in
// [-4, 4]) rated at least o.SeedRating either way. The opinion lexicon
// more than doubled the seeds (2,265 to 5,166 of 25,000 words) with words
// of written argument that VADER's social-media ratings lack; with it as
// seeds and its negative half as a feature, the loaded model's
// cross-validated AP rose from 0.059 to 0.066. A word and a seed match
// through the word's base forms ("slammed" is "slam"; for the opinion
// lexicon, see OpinionLexicon.Polarity). Only words of
// letters, hyphens and apostrophes are scored.
func BuildSubjectivity(c *Corpus, lex map[string]float64, opinion OpinionLexicon, o SubjectivityOptions) (*Subjectivity, error) {
	cues := map[string]bool{}
	for _, w := range CueWords() {
		cues[w] = true
	}
	seeds := func(w string) bool {
		forms := bases(w)
		if _, ok := lookup(cues, forms); ok {
			return true
		}
		if _, ok := opinion.Polarity(w); ok {
			return true
		}
		v, ok := lookup(lex, forms)
		return ok && abs(v) >= o.SeedRating
	}
	if o.Dims < 1 || o.Contexts < o.Dims || o.Window < 1 || o.MaxVocab < 1 {
		return nil, fmt.Errorf("subjectivity: bad options %+v", o)
	}
	// Words by frequency, ties by spelling, so ids do not depend on the
	// order words were first seen.
	order := make([]int32, len(c.words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if d := cmp.Compare(c.freq[b], c.freq[a]); d != 0 {
			return d
		}
		return cmp.Compare(c.words[a], c.words[b])
	})
	row := make([]int32, len(c.words)) // corpus id -> vocabulary row, -1
	col := make([]int32, len(c.words)) // corpus id -> context column, -1
	var vocab []int32
	nctx := 0
	for _, id := range order {
		row[id], col[id] = -1, -1
		if nctx < o.Contexts {
			col[id] = int32(nctx)
			nctx++
		}
		if len(vocab) < o.MaxVocab && c.freq[id] >= int64(o.MinCount) && isPlainWord(c.words[id]) {
			row[id] = int32(len(vocab))
			vocab = append(vocab, id)
		}
	}
	if len(vocab) <= o.Dims || nctx < o.Dims {
		return nil, errors.New("subjectivity: corpus too small for the dimensions asked")
	}
	V, C := len(vocab), nctx
	counts := make([]float32, V*C)
	for _, p := range c.paras {
		for i, w := range p {
			r := row[w]
			if r < 0 {
				continue
			}
			for j := max(0, i-o.Window); j <= min(len(p)-1, i+o.Window); j++ {
				if j != i && col[p[j]] >= 0 {
					counts[int(r)*C+int(col[p[j]])]++
				}
			}
		}
	}
	m := ppmi(counts, V, C)
	vecs := randomizedSVD(m, V, C, o.Dims)
	labels := make([]bool, V)
	seedsN := 0
	for i, id := range vocab {
		labels[i] = seeds(c.words[id])
		if labels[i] {
			seedsN++
		}
	}
	if seedsN == 0 {
		return nil, errors.New("subjectivity: no seed word in the vocabulary")
	}
	scores := outOfFold(vecs, labels, o.Dims, o.Lambda, 10)
	out := &Subjectivity{Seeds: seedsN}
	ex := make([]Example, V)
	for i := range ex {
		ex[i].Loaded = labels[i]
	}
	out.AP = averagePrecision(scores, ex)
	idx := make([]int, V)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(c.words[vocab[a]], c.words[vocab[b]]) })
	for _, i := range idx {
		out.Words = append(out.Words, c.words[vocab[i]])
		out.Scores = append(out.Scores, scores[i])
	}
	return out, nil
}

// sparseRows is a matrix in compressed rows.
type sparseRows struct {
	rowStart []int
	col      []int32
	val      []float64
}

// ppmi turns co-occurrence counts (V × C, row-major) into positive PMI
// with context distribution smoothing α = 0.75, in compressed rows.
func ppmi(counts []float32, V, C int) *sparseRows {
	rowSum := make([]float64, V)
	colSum := make([]float64, C)
	total := 0.0
	for r := 0; r < V; r++ {
		for c, n := range counts[r*C : (r+1)*C] {
			rowSum[r] += float64(n)
			colSum[c] += float64(n)
		}
		total += rowSum[r]
	}
	colA := make([]float64, C)
	sumA := 0.0
	for c, s := range colSum {
		colA[c] = math.Pow(s, 0.75)
		sumA += colA[c]
	}
	m := &sparseRows{rowStart: make([]int, V+1)}
	for r := 0; r < V; r++ {
		for c, n := range counts[r*C : (r+1)*C] {
			if n == 0 {
				continue
			}
			pmi := math.Log(float64(n) / total / (rowSum[r] / total) / (colA[c] / sumA))
			if pmi > 0 {
				m.col = append(m.col, int32(c))
				m.val = append(m.val, pmi)
			}
		}
		m.rowStart[r+1] = len(m.col)
	}
	return m
}

// mul sets dst (V × k) = m (V × C) × b (C × k).
func (m *sparseRows) mul(dst, b *mat.Dense) {
	_, k := b.Dims()
	dst.Zero()
	for r := 0; r+1 < len(m.rowStart); r++ {
		out := dst.RawRowView(r)
		for e := m.rowStart[r]; e < m.rowStart[r+1]; e++ {
			v, in := m.val[e], b.RawRowView(int(m.col[e]))
			for j := 0; j < k; j++ {
				out[j] += v * in[j]
			}
		}
	}
}

// mulT sets dst (C × k) = mᵀ (C × V) × b (V × k).
func (m *sparseRows) mulT(dst, b *mat.Dense) {
	_, k := b.Dims()
	dst.Zero()
	for r := 0; r+1 < len(m.rowStart); r++ {
		in := b.RawRowView(r)
		for e := m.rowStart[r]; e < m.rowStart[r+1]; e++ {
			v, out := m.val[e], dst.RawRowView(int(m.col[e]))
			for j := 0; j < k; j++ {
				out[j] += v * in[j]
			}
		}
	}
}

// orthonormalize replaces a's columns by an orthonormal basis of their
// span: modified Gram-Schmidt, run twice so that what rounding leaves of
// the first pass is removed by the second ("twice is enough", Giraud et
// al. 2005). A column that vanishes stays zero. (gonum's QR gives the full
// square Q, far too large for a matrix of many rows.)
func orthonormalize(a *mat.Dense) {
	_, c := a.Dims()
	cols := make([][]float64, c)
	for j := range cols {
		cols[j] = mat.Col(nil, j, a)
	}
	for pass := 0; pass < 2; pass++ {
		for j, v := range cols {
			for _, u := range cols[:j] {
				d := 0.0
				for i := range v {
					d += u[i] * v[i]
				}
				for i := range v {
					v[i] -= d * u[i]
				}
			}
			norm := 0.0
			for _, x := range v {
				norm += x * x
			}
			norm = math.Sqrt(norm)
			for i := range v {
				if norm > 1e-12 {
					v[i] /= norm
				} else {
					v[i] = 0
				}
			}
		}
	}
	for j, v := range cols {
		a.SetCol(j, v)
	}
}

// randomizedSVD returns the V × dims word vectors U Σ^½ of m's rank-dims
// truncated SVD, each row scaled to unit length (Halko et al. 2011,
// algorithms 4.4 and 5.1, with oversampling 10 and two power iterations).
func randomizedSVD(m *sparseRows, V, C, dims int) *mat.Dense {
	l := min(dims+10, C)
	rng := rand.New(rand.NewPCG(1, 2))
	omega := mat.NewDense(C, l, nil)
	for i := 0; i < C; i++ {
		for j := 0; j < l; j++ {
			omega.Set(i, j, rng.NormFloat64())
		}
	}
	y := mat.NewDense(V, l, nil)
	z := mat.NewDense(C, l, nil)
	m.mul(y, omega)
	orthonormalize(y)
	for it := 0; it < 2; it++ {
		m.mulT(z, y)
		orthonormalize(z)
		m.mul(y, z)
		orthonormalize(y)
	}
	// B = Qᵀ M (l × C), computed as (Mᵀ Q)ᵀ.
	m.mulT(z, y)
	var svd mat.SVD
	if !svd.Factorize(z.T(), mat.SVDThin) {
		panic("loaded: randomizedSVD: SVD did not converge")
	}
	var ub mat.Dense
	svd.UTo(&ub)
	sv := svd.Values(nil)
	u := mat.NewDense(V, l, nil)
	u.Mul(y, &ub)
	out := mat.NewDense(V, dims, nil)
	for r := 0; r < V; r++ {
		norm := 0.0
		for j := 0; j < dims; j++ {
			v := u.At(r, j) * math.Sqrt(sv[j])
			out.Set(r, j, v)
			norm += v * v
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for j := 0; j < dims; j++ {
				out.Set(r, j, out.At(r, j)/norm)
			}
		}
	}
	return out
}

// outOfFold fits a logistic regression of labels on the rows of x, folds
// by row index modulo k, and returns each row's probability from the
// model fitted without its fold.
func outOfFold(x *mat.Dense, labels []bool, dims int, lambda float64, k int) []float64 {
	n := len(labels)
	ex := make([]Example, n)
	for i := range ex {
		ex[i] = Example{X: x.RawRowView(i)[:dims], Loaded: labels[i], Fold: i % k}
	}
	folds := make([]int, k)
	for f := range folds {
		folds[f] = f
	}
	return crossScores(ex, folds, lambda)
}

// isPlainWord reports whether w is letters, with hyphens or apostrophes
// inside: a word a lexicon could hold, not a number or a symbol.
func isPlainWord(w string) bool {
	if w == "" {
		return false
	}
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
		case (r == '-' || r == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return true
}
