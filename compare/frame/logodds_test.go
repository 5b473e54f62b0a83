package frame

import (
	"math"
	"strings"
	"testing"
)

func TestLogOddsHandComputed(t *testing.T) {
	// An outlet uses a word 3 times in 100 words, the others once in 300;
	// the background share is π = 0.01 and PriorWeight 1, so the priors are
	// α0_i = 100, α_i = 1 and α0_j = 300, α_j = 3:
	//
	//	l_i = log((3+1)/(100+100−3−1)) = log(4/196)
	//	l_j = log((1+3)/(300+300−1−3)) = log(4/596)
	//	δ   = l_i − l_j = log(596/196) = 1.1121260078348325
	//	σ²  = 1/(3+1) + 1/(1+3) = 0.5
	//	z   = δ/√0.5 = 1.5727836833478672
	//	p   = erfc(z/√2) = 0.11576891503584355
	delta, z := informative(3, 100, 1, 300, 0.01, 1)
	if math.Abs(delta-1.1121260078348325) > 1e-9 {
		t.Errorf("delta = %.12f, want 1.112126007835", delta)
	}
	if math.Abs(z-1.5727836833478672) > 1e-9 {
		t.Errorf("z = %.12f, want 1.572783683348", z)
	}
	if p := twoSidedP(z); math.Abs(p-0.11576891503584355) > 1e-9 {
		t.Errorf("p = %.12f, want 0.115768915036", p)
	}
	// Swapping the sides negates both.
	d2, z2 := informative(1, 300, 3, 100, 0.01, 1)
	if math.Abs(d2+delta) > 1e-12 || math.Abs(z2+z) > 1e-12 {
		t.Errorf("swapped: delta %g z %g, want %g %g", d2, z2, -delta, -z)
	}
}

func TestLogOddsRatesNotCounts(t *testing.T) {
	// The same count in a side five times smaller is five times the rate:
	// z must favour the smaller side, whatever the prior weight.
	for _, w := range []float64{0.1, 1, 10} {
		if _, z := informative(5, 300, 5, 1500, 0.002, w); z <= 0 {
			t.Errorf("weight %g: z = %g for 5 in 300 against 5 in 1500, want > 0", w, z)
		}
	}
}

func TestLogOddsPanicsOnBadPrior(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a zero prior")
		}
	}()
	logOdds(1, 10, 0, 10, 1, 10, 1, 10)
}

func TestBHAdjust(t *testing.T) {
	tests := []struct {
		name string
		p    []float64
		want []float64
	}{
		// m = 4, sorted p with ranks 1..4: p·m/rank = 0.04, 0.06, 0.0533,
		// 0.04; the running minimum from rank 4 down makes every one 0.04.
		{"monotone", []float64{0.01, 0.03, 0.04, 0.04}, []float64{0.04, 0.04, 0.04, 0.04}},
		// m = 3: 0.001·3/1, 0.2·3/2, 0.5·3/3, back in the input order.
		{"order kept", []float64{0.5, 0.001, 0.2}, []float64{0.5, 0.003, 0.3}},
		// 0.9·2/1 = 1.8 is capped by the minimum from above, 0.95.
		{"capped", []float64{0.9, 0.95}, []float64{0.95, 0.95}},
		{"empty", nil, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BHAdjust(tt.p)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if math.Abs(got[i]-tt.want[i]) > 1e-12 {
					t.Errorf("got %v, want %v", got, tt.want)
					break
				}
			}
		})
	}
}

// TestBackgroundWithoutPhrases holds the prior of phrases to the loaded
// corpus when the background file has single words only: the file's
// silence on phrases must not give each one half the prior mass.
func TestBackgroundWithoutPhrases(t *testing.T) {
	file, err := ReadBackground("words.tsv", strings.NewReader("propaganda\t40\ncampaign\t60\nsanctions\t900\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := NewCounts()
	c.docs = 1
	for _, tc := range []struct {
		key      string
		n, count int
	}{{"propaganda campaign", 2, 3}, {"eastward expansion", 2, 97}, {"propaganda", 1, 5}} {
		i := c.index(tc.key, c.own.terms.hashOf(tc.key))
		c.own.count[i] += tc.count
		c.own.total[tc.n] += tc.count
	}
	b := c.background(file)
	if got, want := b.pi("propaganda campaign", 2), 0.03; math.Abs(got-want) > 1e-12 {
		t.Errorf("phrase prior %g, want the corpus share %g", got, want)
	}
	if got, want := b.pi("new phrase", 2), 0.5/101; math.Abs(got-want) > 1e-12 {
		t.Errorf("unseen phrase prior %g, want half a count of the corpus's %g", got, want)
	}
	if got, want := b.pi("propaganda", 1), 40.0/1000; math.Abs(got-want) > 1e-12 {
		t.Errorf("word prior %g, want the file's share %g", got, want)
	}
}
