package target

// Ordinal fitting: the proportional-odds model (McCullagh 1980) for
// classes ordered neg < neu < pos, one weight vector and two cuts:
//
//	s = Σ w_f·x_f
//	P(neg) = σ(θ₁ − s)    P(neg or neu) = σ(θ₂ − s)    θ₁ < θ₂
//
// It asks of the data one direction, from negative to positive, where the
// multinomial model asks two; a class with a handful of examples (BASIL's
// positive stances) then borrows the direction the others teach.
// θ₂ = θ₁ + e^δ keeps the cuts ordered. Fitted by L-BFGS on the weighted
// mean negative log-likelihood plus λ/2·|w|², O(rows · features) per
// evaluation.

import (
	"fmt"
	"math"
)

// ordinalProbs returns P(neg), P(neu), P(pos) for the score s and cuts.
func ordinalProbs(s float64, cuts [2]float64) [nClasses]float64 {
	a, b := sigmoid(cuts[0]-s), sigmoid(cuts[1]-s)
	return [nClasses]float64{a, max(b-a, 0), 1 - b}
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// FitOrdinal fits the proportional-odds model to rows with L2 penalty
// lambda on the weights, and returns the cuts and weights rounded to 6
// decimals. The sums run in the order of rows: the same rows give the
// same model, bit for bit.
func FitOrdinal(rows []Row, lambda float64) (cuts [2]float64, w []float64, err error) {
	if len(rows) == 0 {
		return cuts, nil, fmt.Errorf("no training examples")
	}
	k := len(rows[0].X)
	n := 0.0
	for _, r := range rows {
		n += weightOf(r)
	}
	// params: θ₁, δ, w…
	loss := func(p, grad []float64) float64 {
		if grad != nil {
			clear(grad)
		}
		t1, ed := p[0], math.Exp(p[1])
		t2 := t1 + ed
		total := 0.0
		for _, r := range rows {
			rw := weightOf(r)
			s := 0.0
			for f, v := range r.X {
				s += p[2+f] * v
			}
			a, b := sigmoid(t1-s), sigmoid(t2-s)
			var l, dt1, dt2, ds float64
			switch r.Label {
			case Neg:
				l, dt1, ds = math.Log(a), 1-a, -(1 - a)
			case Pos:
				l, dt2, ds = math.Log1p(-b), -b, b
			default:
				den := math.Max(b-a, 1e-300)
				l = math.Log(den)
				dt1, dt2 = -a*(1-a)/den, b*(1-b)/den
				ds = (a*(1-a) - b*(1-b)) / den
			}
			total -= rw * l
			if grad == nil {
				continue
			}
			grad[0] -= rw * (dt1 + dt2) / n
			grad[1] -= rw * dt2 * ed / n
			for f, v := range r.X {
				grad[2+f] -= rw * ds * v / n
			}
		}
		total /= n
		for f := range k {
			v := p[2+f]
			total += lambda / 2 * v * v
			if grad != nil {
				grad[2+f] += lambda * v
			}
		}
		return total
	}
	x, err := minimize(loss, k+2)
	if err != nil {
		return cuts, nil, err
	}
	cuts = [2]float64{round(x[0], 6), round(x[0]+math.Exp(x[1]), 6)}
	w = make([]float64, k)
	for f := range k {
		w[f] = round(x[2+f], 6)
	}
	return cuts, w, nil
}
