package target

// Fitting: the multinomial logistic regression of both trained models of
// this package, the per-mention classifier (scripts/traintarget) and the
// article stance (stance.go, scripts/trainstance).
//
// Algorithm: minimise the weighted mean negative log-likelihood plus
// λ/2 times the squared weights (biases not penalised), from zero weights
// by L-BFGS (gonum/optimize). O(rows · classes · features) per
// evaluation; a few hundred evaluations.

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/gonum/optimize"
)

// Row is one training example: a feature vector, its class and its
// weight in the loss (0 counts as 1).
type Row struct {
	X      []float64
	Label  Class
	Weight float64
}

// Fit fits the weights of a multinomial logistic regression to rows (all
// of one length) with L2 penalty lambda, and returns them as Model.Weights
// are kept: one row per class, the bias then one weight per feature,
// rounded to 6 decimals. The sums run in the order of rows, so the same
// rows give the same weights, bit for bit. It fails when rows is empty or
// the optimiser stops far from the minimum.
func Fit(rows []Row, lambda float64) ([][]float64, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("no training examples")
	}
	const classes = int(nClasses)
	dim := len(rows[0].X) + 1
	n := 0.0
	for _, r := range rows {
		n += weightOf(r)
	}
	loss := func(w, grad []float64) float64 {
		if grad != nil {
			clear(grad)
		}
		total := 0.0
		var z [classes]float64
		for _, r := range rows {
			rw := weightOf(r)
			top := math.Inf(-1)
			for c := range classes {
				wc := w[c*dim : (c+1)*dim]
				z[c] = wc[0]
				for f, v := range r.X {
					z[c] += wc[f+1] * v
				}
				top = max(top, z[c])
			}
			sum := 0.0
			for c := range classes {
				z[c] = math.Exp(z[c] - top)
				sum += z[c]
			}
			total -= rw * math.Log(z[r.Label]/sum)
			if grad == nil {
				continue
			}
			for c := range classes {
				g := z[c] / sum
				if c == int(r.Label) {
					g--
				}
				g *= rw
				gc := grad[c*dim : (c+1)*dim]
				gc[0] += g / n
				for f, v := range r.X {
					gc[f+1] += g * v / n
				}
			}
		}
		total /= n
		for c := range classes {
			for f := 1; f < dim; f++ {
				v := w[c*dim+f]
				total += lambda / 2 * v * v
				if grad != nil {
					grad[c*dim+f] += lambda * v
				}
			}
		}
		return total
	}
	x, err := minimize(loss, classes*dim)
	if err != nil {
		return nil, err
	}
	w := make([][]float64, classes)
	for c := range classes {
		w[c] = make([]float64, dim)
		for f := range dim {
			w[c][f] = round(x[c*dim+f], 6)
		}
	}
	return w, nil
}

// minimize minimises loss (which fills grad when it is not nil) over dim
// parameters from zero by L-BFGS, and fails when it stops far from a
// minimum.
func minimize(loss func(x, grad []float64) float64, dim int) ([]float64, error) {
	p := optimize.Problem{
		Func: func(x []float64) float64 { return loss(x, nil) },
		Grad: func(grad, x []float64) { loss(x, grad) },
	}
	res, err := optimize.Minimize(p, make([]float64, dim), &optimize.Settings{GradientThreshold: 1e-7, MajorIterations: 5000}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return nil, fmt.Errorf("training: %w", err)
	}
	if res.Status != optimize.GradientThreshold && err != nil {
		// L-BFGS stops at a line search that cannot improve the
		// loss any more; the gradient is then small, which is checked.
		norm := 0.0
		grad := make([]float64, len(res.X))
		loss(res.X, grad)
		for _, g := range grad {
			norm = max(norm, math.Abs(g))
		}
		if norm > 1e-4 {
			return nil, fmt.Errorf("training: %v with gradient %.2g", err, norm)
		}
	}
	return res.X, nil
}

func weightOf(r Row) float64 {
	if r.Weight == 0 {
		return 1
	}
	return r.Weight
}

// round rounds x to places decimals through its decimal form, so that the
// value written to a data file reads back as the same float.
func round(x float64, places int) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', places, 64), 64)
	return v
}
