package profile

import (
	"math"
	"testing"

	"github.com/framediff/framediff/compare/frame"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestPoolRates checks the Mantel-Haenszel rate ratio on strata worked out
// by hand from the formulas atop pool.go.
func TestPoolRates(t *testing.T) {
	for _, c := range []struct {
		name      string
		strata    []Stratum
		ok        bool
		ratio     float64
		low, high float64
		strata1   int
		corrected bool
		stable    bool
	}{
		{
			// Σ a·N0/T = 10·1000/2000 + 4·1500/2000 = 8; Σ b·N1/T = 2.5 + 0.5 = 3;
			// Var ln RR = (1e6·15/4e6 + 750000·6/4e6) / (8·3) = 0.203125.
			name:   "two events",
			strata: []Stratum{{A: 10, B: 5, N1: 1000, N0: 1000}, {A: 4, B: 2, N1: 500, N0: 1500}},
			ok:     true, ratio: 8.0 / 3, low: 1.1023954, high: 6.4505996, strata1: 2, stable: true,
		},
		{
			// One event: the crude ratio (6/2000)/(3/3000) = 3, Var = 1/6 + 1/3.
			name:   "one event is the crude ratio and never stable",
			strata: []Stratum{{A: 6, B: 3, N1: 2000, N0: 3000}},
			ok:     true, ratio: 3, low: 0.7502930, high: 11.9953145, strata1: 1,
		},
		{
			// Both events have the same rate on each side (0.02 and 0.002),
			// but the outlet wrote more in the event where the term is
			// common: crude 62/4000 against 26/4000, 2.38 times; stratified,
			// 16.5/16.5 = 1. What it covers is not how it covers it.
			name:   "coverage is not framing",
			strata: []Stratum{{A: 60, B: 20, N1: 3000, N0: 1000}, {A: 2, B: 6, N1: 1000, N0: 3000}},
			ok:     true, ratio: 1, strata1: 2,
		},
		{
			// The others never used it: 0.5 added to every count of the
			// two events that use it, Σ = 3.5·0.5 + 2.5·0.5 = 3 against
			// 0.5·0.5·2 = 0.5; the silent event is left out.
			name: "others never used it",
			strata: []Stratum{
				{A: 3, B: 0, N1: 1000, N0: 1000}, {A: 2, B: 0, N1: 1000, N0: 1000}, {A: 0, B: 0, N1: 800, N0: 900},
			},
			ok: true, ratio: 6, low: 0.7223514, high: 49.8372417, strata1: 2, corrected: true, stable: true,
		},
		{
			name:   "one event carries it",
			strata: []Stratum{{A: 9, B: 1, N1: 1000, N0: 1000}, {A: 0, B: 1, N1: 1000, N0: 1000}, {A: 0, B: 1, N1: 1000, N0: 1000}},
			ok:     true, ratio: 3, strata1: 3,
		},
		{name: "no use", strata: []Stratum{{A: 0, B: 0, N1: 100, N0: 100}}},
		{name: "no words on one side", strata: []Stratum{{A: 2, B: 0, N1: 100, N0: 0}}},
		{name: "empty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rr, ok := PoolRates(c.strata)
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v", ok, c.ok)
			}
			if !ok {
				return
			}
			if !near(rr.Ratio, c.ratio, 1e-9) {
				t.Errorf("ratio = %.9f, want %.9f", rr.Ratio, c.ratio)
			}
			if c.low != 0 && (!near(rr.Low, c.low, 1e-6) || !near(rr.High, c.high, 1e-6)) {
				t.Errorf("interval = [%.7f, %.7f], want [%.7f, %.7f]", rr.Low, rr.High, c.low, c.high)
			}
			if !(rr.Low <= rr.Ratio && rr.Ratio <= rr.High) {
				t.Errorf("ratio %g outside its interval [%g, %g]", rr.Ratio, rr.Low, rr.High)
			}
			if rr.Strata != c.strata1 || rr.Corrected != c.corrected || rr.Stable != c.stable {
				t.Errorf("strata %d corrected %v stable %v, want %d %v %v", rr.Strata, rr.Corrected, rr.Stable, c.strata1, c.corrected, c.stable)
			}
			if wantP := math.Erfc(math.Abs(rr.Z) / math.Sqrt2); !near(rr.P, wantP, 1e-12) || (rr.Ratio > 1) != (rr.Z > 0) && rr.Ratio != 1 {
				t.Errorf("z %g p %g do not agree with ratio %g", rr.Z, rr.P, rr.Ratio)
			}
		})
	}
}

// TestPoolDiffs checks the mean difference over events and its t interval.
func TestPoolDiffs(t *testing.T) {
	for _, c := range []struct {
		name        string
		d           []float64
		mean        float64
		low, high   float64
		hasInterval bool
		p           float64
		stable      bool
	}{
		{
			// mean 0.2, sd 0.1, se 0.1/√3; t(0.975, 2 df) = 4.302653 (any
			// t table); two-sided p with 2 df is 1 - t/√(t²+2) for t = 2√3.
			name: "three events", d: []float64{0.1, 0.3, 0.2},
			mean: 0.2, low: 0.2 - 4.302653*0.1/math.Sqrt(3), high: 0.2 + 4.302653*0.1/math.Sqrt(3), hasInterval: true,
			p: 1 - 2*math.Sqrt(3)/math.Sqrt(14), stable: true,
		},
		{name: "one event has no interval", d: []float64{0.5}, mean: 0.5, p: 1},
		{name: "no spread", d: []float64{0.1, 0.1}, mean: 0.1, low: 0.1, high: 0.1, hasInterval: true, p: 0, stable: true},
		{
			// Leaving out 0.9 gives -0.2: one event makes the sign.
			name: "one event makes the sign", d: []float64{0.9, -0.2, -0.2},
			mean: 0.5 / 3, low: 0.5/3 - 4.302653*math.Sqrt(0.4033333333/3), high: 0.5/3 + 4.302653*math.Sqrt(0.4033333333/3), hasInterval: true,
			p: math.NaN(),
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			md, ok := PoolDiffs(c.d)
			if !ok {
				t.Fatal("not ok")
			}
			if !near(md.Mean, c.mean, 1e-12) || md.HasInterval != c.hasInterval || md.Stable != c.stable || md.Events != len(c.d) {
				t.Errorf("got %+v", md)
			}
			if c.hasInterval && (!near(md.Low, c.low, 1e-5) || !near(md.High, c.high, 1e-5)) {
				t.Errorf("interval [%.6f, %.6f], want [%.6f, %.6f]", md.Low, md.High, c.low, c.high)
			}
			if !math.IsNaN(c.p) && !near(md.P, c.p, 1e-6) {
				t.Errorf("p = %.6f, want %.6f", md.P, c.p)
			}
		})
	}
	if _, ok := PoolDiffs(nil); ok {
		t.Error("no events gave an estimate")
	}
}

func TestBHAdjust(t *testing.T) {
	// m = 4: 0.01·4/1, 0.03·4/2, 0.04·4/3, 0.2·4/4, made monotone from the top.
	got := frame.BHAdjust([]float64{0.01, 0.04, 0.03, 0.2})
	want := []float64{0.04, 0.16 / 3, 0.16 / 3, 0.2}
	for i := range want {
		if !near(got[i], want[i], 1e-12) {
			t.Errorf("bhAdjust = %v, want %v", got, want)
			break
		}
	}
}
