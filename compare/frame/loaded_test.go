package frame

import "testing"

// TestFramingEvidence checks the ranking of framing terms on cases a
// reader can judge: the threshold is the embedded model's order of
// magnitude (0.076), and z the log-odds z of a term used once or twice
// by one outlet of three.
func TestFramingEvidence(t *testing.T) {
	const th = 0.076
	for _, c := range []struct {
		name        string
		aLoaded, aZ float64
		bLoaded, bZ float64
		aFirst      bool
	}{
		// "hysteria", clearly loaded, against a procedural word that just
		// passes the threshold but is a little more distinctive.
		{"loaded beats slightly more distinctive", 0.30, 1.1, 0.08, 1.4, true},
		// Equally loaded: the more distinctive first.
		{"equal scores, distinctive first", 0.15, 1.9, 0.15, 0.7, true},
		// A loaded word every outlet uses alike against a distinctive one
		// nearly as loaded.
		{"distinctiveness still counts", 0.20, 0.1, 0.17, 2.5, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, b := framingEvidence(c.aLoaded, th, c.aZ), framingEvidence(c.bLoaded, th, c.bZ)
			if (a > b) != c.aFirst {
				t.Errorf("evidence %.3f against %.3f, want the first ranked first: %v", a, b, c.aFirst)
			}
		})
	}
	if e := framingEvidence(th, th, 0); e != 0 {
		t.Errorf("a term at the threshold with z 0 has evidence %v, want 0", e)
	}
	if e := framingEvidence(1, th, 0); e > 20 || e != e {
		t.Errorf("a score of 1 gives evidence %v: the logit must be clamped", e)
	}
}
