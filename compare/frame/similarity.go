package frame

// Outlet-by-outlet similarity.
//
// Scoring: each outlet's version of an event is a vector over the event's
// unigram stems (one vocabulary per event, so vectors line up).
//
//   - Cosine of TF-IDF vectors: weight (1 + ln tf)·idf, idf = ln((N+1)/(df+1))
//     + 1 over the N loaded documents. Weights are never negative, so the
//     cosine lies in [0, 1]; 1 on the diagonal; 0 for an outlet with no words.
//   - Jensen-Shannon divergence of the term distributions (counts over their
//     sum), in bits: JSD(P, Q) = ½KL(P‖M) + ½KL(Q‖M), M = ½(P + Q), computed
//     with gonum's stat.JensenShannon (natural log, in [0, ln 2]) and divided
//     by ln 2, so it lies in [0, 1]: 0 for the same distribution, 1 for no
//     shared word. Its square root is a metric.
//
// Cosine with IDF says how much the outlets share the event's telling
// words; JSD weighs every word by how often it is used, common ones too.
//
// Limits: unigrams only; length differences affect JSD less than cosine
// but short versions are noisy under both.

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// similarity fills the cosine and JSD matrices of an event.
func (c *Framer) similarity(outlets []string, et *eventTerms) Similarity {
	var vocab []int // the event's words, in key order
	for id := range et.keys {
		if et.n[id] == 1 {
			vocab = append(vocab, id)
		}
	}
	tfidf := make([][]float64, len(outlets))
	counts := make([][]float64, len(outlets))
	for i, o := range outlets {
		tfidf[i] = make([]float64, len(vocab))
		counts[i] = make([]float64, len(vocab))
		for j, id := range vocab {
			if tf := et.by[o].count[id]; tf > 0 {
				tfidf[i][j] = (1 + math.Log(float64(tf))) * c.bg.idf(et.keys[id])
				counts[i][j] = float64(tf)
			}
		}
	}
	return Similarity{Outlets: outlets, Cosine: cosineMatrix(tfidf), JSD: jsdMatrix(counts), Tone: [][]float64{}}
}

// cosineMatrix returns the cosine similarity of every two rows, which must
// be non-negative and of one length.
func cosineMatrix(rows [][]float64) [][]float64 {
	n := len(rows)
	out := make([][]float64, n)
	norms := make([]float64, n)
	for i, r := range rows {
		out[i] = make([]float64, n)
		out[i][i] = 1
		if len(r) > 0 {
			norms[i] = mat.Norm(mat.NewVecDense(len(r), r), 2)
		}
	}
	for i := range rows {
		for j := i + 1; j < n; j++ {
			if norms[i] == 0 || norms[j] == 0 {
				continue
			}
			cos := floats.Dot(rows[i], rows[j]) / (norms[i] * norms[j])
			v := round(math.Min(1, math.Max(0, cos)), 4)
			out[i][j], out[j][i] = v, v
		}
	}
	return out
}

// jsdMatrix returns the Jensen-Shannon divergence in bits of every two rows
// of non-negative counts, each normalised to sum to one. A row with no
// counts is 1 away from every other row (it shares nothing) and 0 from
// itself.
func jsdMatrix(counts [][]float64) [][]float64 {
	n := len(counts)
	dist := make([][]float64, n)
	for i, r := range counts {
		if s := floats.Sum(r); s > 0 {
			dist[i] = make([]float64, len(r))
			floats.ScaleTo(dist[i], 1/s, r)
		}
	}
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, n)
	}
	for i := range counts {
		for j := i + 1; j < n; j++ {
			v := 1.0
			if dist[i] != nil && dist[j] != nil {
				v = round(math.Min(1, math.Max(0, stat.JensenShannon(dist[i], dist[j])/math.Ln2)), 4)
			}
			out[i][j], out[j][i] = v, v
		}
	}
	return out
}
