package frame

// Distinctive terms.
//
// Scoring: the log-odds ratio with an informative Dirichlet prior (Monroe,
// Colaresi & Quinn 2008, "Fightin' Words", section 3.5). For a term w, an
// outlet i with y_i uses of it in n_i terms of the same length, the other
// side j (the event's other outlets together, or one other outlet) with
// y_j in n_j, π_w the term's share of the background (the whole loaded
// corpus, or a --background frequency file), and for each side a prior of
// total weight α0_i = PriorWeight·n_i spread as α_iw = α0_i·π_w:
//
//	δ_w = log((y_i+α_iw)/(n_i+α0_i−y_i−α_iw)) − log((y_j+α_jw)/(n_j+α0_j−y_j−α_jw))
//	σ²_w ≈ 1/(y_i+α_iw) + 1/(y_j+α_jw)
//	z_w = δ_w/σ_w
//	p_w = 2·(1 − Φ(|z_w|))    two-sided, Φ the standard normal CDF
//
// For a term much rarer than its side's size, δ_w is the log ratio of the
// two sides' rates, each shrunk toward PriorWeight·π_w: a word used twice
// by one outlet and never by the others gets z ≈ 2, not infinity.
//
// Why a prior per side: Monroe et al. give both sides one α0, the
// background's size. When α0 is of the order of the event's size, it
// dominates both denominators and δ slides from comparing rates to
// comparing raw counts, which favours the larger side; one outlet against
// the rest is often 1 to 5 or more. Measured on the sample corpus's
// Honolulu event with the RT seed: Meridian Post, which leads with
// de-escalation, uses "de-escalate"/"de-escalation" 5 times in 357 words,
// the other five outlets 7 times in 1,408; with one α0 = n_i+n_j the term
// ranked 81st among Meridian's terms (z = 0.42), with a prior per side 4th
// (z = 1.83). Terms the background lacks get half a count's share, so
// α_w > 0 always.
//
// z is a per-term statistic: with hundreds of terms per outlet some pass
// |z| ≥ 1.96 by chance (about one in twenty of the terms that differ by
// nothing). It is not corrected for multiple comparisons; the adjusted p of
// Benjamini and Hochberg (1995), over every term scored for the outlet, is
// offered beside it and is the one to use when claiming that a term
// distinguishes an outlet.
//
// Ties: with few articles many terms share a count and a z. They are
// ordered by z (to 1e-9), then the longer n-gram first (the phrase before
// its words), then the rarer in the background (the more telling word), then
// by the stems, so the order never depends on map iteration or input order.
//
// Limits: counts are of the outlet's articles pooled; an outlet with one
// long article weighs as much as one with several short ones. The normal
// approximation behind p is rough below a handful of uses.

import (
	"cmp"
	"math"
	"slices"
)

// logOdds returns δ and z for one term: y uses in n terms on each side,
// with prior pseudo-counts a of total a0 on each side (see above). It
// panics if a prior is not positive or exceeds its total: callers build
// priors from the background, where every share is in (0, 1).
func logOdds(yi, ni, ai, ai0, yj, nj, aj, aj0 float64) (delta, z float64) {
	if ai <= 0 || aj <= 0 || ai > ai0 || aj > aj0 {
		panic("compare: log-odds prior must be positive and within its total")
	}
	li := math.Log((yi + ai) / (ni + ai0 - yi - ai))
	lj := math.Log((yj + aj) / (nj + aj0 - yj - aj))
	delta = li - lj
	z = delta / math.Sqrt(1/(yi+ai)+1/(yj+aj))
	return delta, z
}

// informative returns δ and z with the informative prior: share pi of the
// background, total weight w times each side's size.
func informative(yi, ni, yj, nj, pi, w float64) (delta, z float64) {
	return logOdds(yi, ni, w*ni*pi, w*ni, yj, nj, w*nj*pi, w*nj)
}

// twoSidedP returns the two-sided p-value of a standard normal z.
func twoSidedP(z float64) float64 {
	return math.Erfc(math.Abs(z) / math.Sqrt2)
}

// significant reports whether |z| reaches the two-sided 5% level, uncorrected.
func significant(z float64) bool { return math.Abs(z) >= 1.96 }

// BHAdjust returns the Benjamini-Hochberg adjusted p-values of p, in the
// order of p: p_(k)·m/k for the k-th smallest of m, made monotone from the
// largest down and capped at 1. A term with adjusted p below q belongs to a
// set of discoveries whose expected share of false ones is at most q.
func BHAdjust(p []float64) []float64 {
	m := len(p)
	// Ranked by p, ties in the order of p: a total order, so an unstable
	// sort gives the one ranking.
	type ranked struct {
		p float64
		i int
	}
	rs := make([]ranked, m)
	for i, v := range p {
		rs[i] = ranked{v, i}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if c := cmp.Compare(a.p, b.p); c != 0 {
			return c
		}
		return a.i - b.i
	})
	adj := make([]float64, m)
	low := 1.0
	for r := m - 1; r >= 0; r-- {
		v := rs[r].p * float64(m) / float64(r+1)
		if v < low {
			low = v
		}
		adj[rs[r].i] = low
	}
	return adj
}
