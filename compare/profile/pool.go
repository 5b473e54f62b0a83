package profile

// Pooling: one estimate per outlet from many events, each event a stratum,
// so that what an outlet covers is not read as how it covers it.
//
// Algorithm, for a term (or a loaded word, or loaded words in all) and an
// outlet. In event i the outlet wrote N1 words in its own voice and used
// the term a times; the event's other outlets together wrote N0 words and
// used it b times. The Mantel-Haenszel rate ratio (Greenland & Robins
// 1985; Rothman, Greenland & Lash, Modern Epidemiology, ch. 15) is
//
//	RR = Σ a·N0/T / Σ b·N1/T            T = N1 + N0
//
// with the variance of its logarithm
//
//	Var ln RR = Σ N1·N0·(a+b)/T² / (Σ a·N0/T · Σ b·N1/T)
//
// and the 95% interval exp(ln RR ± 1.96·√Var). RR is how many times the
// outlet's rate per word is the others' rate in the same events: an outlet
// that covers more of the events where everyone says "invasion" is not
// made to say it more. An event where no one used the term says nothing of
// it and is left out (a + b = 0); the events that remain are the ones the
// estimate rests on. When one side never used the term in any of them, RR
// would be 0 or infinite: then 0.5 is added to a and b in each of those
// events (Haldane's correction), and the finding says so.
//
// For the tone toward an actor, event i gives the outlet's mean tone
// toward the actor minus the mean of the other outlets' mentions of it
// (event.EntityTone), in the events where the outlet and another outlet
// both mention the actor. The pooled estimate is the plain mean of those
// differences over events, each event weighing the same, and its interval
// the Student t interval over events (k-1 degrees of freedom): it is as
// wide as the events disagree, which is the uncertainty that matters for a
// claim about an outlet. One event gives an estimate and no interval.
//
// Which findings are strong: a reader takes a starred finding for a
// pattern of the outlet's, so it must not rest on one event or on the
// luck of many tries. A finding is strong when
//
//   - its p, adjusted by Benjamini-Hochberg over all the findings of its
//     kind for that outlet, is below 0.05;
//   - the side it favours (the outlet, or the others) used the term, or
//     the outlet and the others mentioned the actor, in at least MinEvents
//     events; and
//   - leaving out any one event keeps the estimate on the same side of no
//     difference.
//
// Complexity: linear in the strata, times k for leaving each out.
//
// Limits: the interval of a rate ratio treats each use as independent,
// and words of one article are not; the t interval over events assumes
// they are exchangeable. Events are the units, so a handful of events
// cannot give a tight interval however long the articles.

import (
	"cmp"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// z95 is the two-sided 95% quantile of the standard normal.
const z95 = 1.959963984540054

// Stratum is one event's counts for a rate ratio: the outlet's uses A in
// its own N1 words, the other outlets' uses B in their N0 words.
type Stratum struct {
	A, B   float64
	N1, N0 float64
}

// RateRatio is a Mantel-Haenszel pooled rate ratio.
type RateRatio struct {
	// Ratio is RR; Low and High its 95% interval; Z is ln RR over its
	// standard error and P its two-sided p.
	Ratio, Low, High float64
	Z, P             float64
	// Strata is the number of events with a use on either side.
	Strata int
	// Corrected says 0.5 was added to every count, one side having no
	// use at all.
	Corrected bool
	// Stable says that leaving out any one event keeps RR on the same side
	// of 1.
	Stable bool
}

// PoolRates pools the strata into a Mantel-Haenszel rate ratio. Strata
// with no use on either side, or no words on one, are left out. ok is
// false when none is left.
func PoolRates(strata []Stratum) (rr RateRatio, ok bool) {
	var use []Stratum
	for _, s := range strata {
		if s.A+s.B > 0 && s.N1 > 0 && s.N0 > 0 {
			use = append(use, s)
		}
	}
	if len(use) == 0 {
		return RateRatio{}, false
	}
	num, den := mhSums(use, -1)
	rr.Strata = len(use)
	dir := cmp.Compare(num, den)
	rr.Stable = dir != 0
	for j := range use {
		if n, d := mhSums(use, j); cmp.Compare(n, d) != dir {
			rr.Stable = false
		}
	}
	if num == 0 || den == 0 {
		rr.Corrected = true
		for i := range use {
			use[i].A += 0.5
			use[i].B += 0.5
		}
		num, den = mhSums(use, -1)
	}
	var v float64
	for _, s := range use {
		t := s.N1 + s.N0
		v += s.N1 * s.N0 * (s.A + s.B) / (t * t)
	}
	v /= num * den
	lr, se := math.Log(num/den), math.Sqrt(v)
	rr.Ratio = num / den
	rr.Low, rr.High = math.Exp(lr-z95*se), math.Exp(lr+z95*se)
	rr.Z = lr / se
	rr.P = math.Erfc(math.Abs(rr.Z) / math.Sqrt2)
	return rr, true
}

// mhSums returns Σ a·N0/T and Σ b·N1/T over the strata but the one at
// index skip (none when skip < 0).
func mhSums(strata []Stratum, skip int) (num, den float64) {
	for i, s := range strata {
		if i == skip {
			continue
		}
		t := s.N1 + s.N0
		num += s.A * s.N0 / t
		den += s.B * s.N1 / t
	}
	return num, den
}

// MeanDiff is the mean over events of a per-event difference.
type MeanDiff struct {
	Mean float64
	// Low and High are the 95% Student t interval; HasInterval is false
	// for a single event, which has none.
	Low, High   float64
	HasInterval bool
	T, P        float64
	Events      int
	// Stable says that leaving out any one event keeps the mean on the
	// same side of 0.
	Stable bool
}

// PoolDiffs pools per-event differences d into their mean with a t
// interval. ok is false when d is empty.
func PoolDiffs(d []float64) (md MeanDiff, ok bool) {
	k := len(d)
	if k == 0 {
		return MeanDiff{}, false
	}
	var sum float64
	for _, x := range d {
		sum += x
	}
	md.Mean, md.Events, md.P = sum/float64(k), k, 1
	dir := sign(md.Mean)
	md.Stable = dir != 0 && k > 1
	for _, x := range d {
		if k > 1 && sign((sum-x)/float64(k-1)) != dir {
			md.Stable = false
		}
	}
	if k < 2 {
		return md, true
	}
	var ss float64
	for _, x := range d {
		ss += (x - md.Mean) * (x - md.Mean)
	}
	se := math.Sqrt(ss / float64(k-1) / float64(k))
	md.HasInterval = true
	if se == 0 {
		// Every event gave the same difference: no spread to measure.
		md.Low, md.High = md.Mean, md.Mean
		if md.Mean != 0 {
			md.T, md.P = math.Inf(sign(md.Mean)), 0
		}
		return md, true
	}
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(k - 1)}
	q := t.Quantile(0.975)
	md.Low, md.High = md.Mean-q*se, md.Mean+q*se
	md.T = md.Mean / se
	md.P = 2 * t.Survival(math.Abs(md.T))
	return md, true
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}
