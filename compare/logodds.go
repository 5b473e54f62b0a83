package compare

// Distinctive terms.
//
// Scoring: the log-odds ratio with an informative Dirichlet prior (Monroe,
// Colaresi & Quinn 2008, "Fightin' Words", section 3.5). For a term w, an
// outlet i with y_i uses of it in n_i terms of the same length, the other
// outlets of the event together j with y_j in n_j, and prior pseudo-counts
// α_w = α0·π_w, where π_w is the term's share of the whole loaded corpus
// (the background):
//
//	δ_w = log((y_i+α_w)/(n_i+α0−y_i−α_w)) − log((y_j+α_w)/(n_j+α0−y_j−α_w))
//	σ²_w ≈ 1/(y_i+α_w) + 1/(y_j+α_w)
//	z_w = δ_w/σ_w
//
// α0 is the prior's total weight. Monroe et al. use the background's own
// size; with a background of thousands of articles that drowns one event's
// evidence, so here α0 = PriorWeight·(n_i+n_j): the prior counts as much as
// the event itself (PriorWeight 1). Terms the background lacks get the
// smallest background share, so α_w > 0 always.
//
// z is a per-term statistic: with hundreds of terms per outlet some pass
// |z| ≥ 1.96 by chance. It is not corrected for multiple comparisons.
//
// Limits: counts are of the outlet's articles pooled; an outlet with one
// long article weighs as much as one with several short ones.

import "math"

// logOdds returns δ and z for one term. It panics if a prior is not
// positive: callers build priors from the background, where every share is.
func logOdds(yi, ni, yj, nj, alpha, alpha0 float64) (delta, z float64) {
	if alpha <= 0 || alpha0 <= 0 {
		panic("compare: log-odds prior must be positive")
	}
	li := math.Log((yi + alpha) / (ni + alpha0 - yi - alpha))
	lj := math.Log((yj + alpha) / (nj + alpha0 - yj - alpha))
	delta = li - lj
	z = delta / math.Sqrt(1/(yi+alpha)+1/(yj+alpha))
	return delta, z
}

// twoSidedP returns the two-sided p-value of a standard normal z.
func twoSidedP(z float64) float64 {
	return math.Erfc(math.Abs(z) / math.Sqrt2)
}
