package profile_test

import (
	"fmt"

	"github.com/framediff/framediff/compare/profile"
)

// An outlet that wrote more in the event where everyone uses a term is
// not made to use it more: each event is a stratum.
func ExamplePoolRates() {
	rr, _ := profile.PoolRates([]profile.Stratum{
		{A: 60, B: 20, N1: 3000, N0: 1000}, // the term is common here; the outlet wrote 3,000 words
		{A: 2, B: 6, N1: 1000, N0: 3000},   // and rare here
	})
	fmt.Printf("crude %.2f, stratified %.2f (%.2f-%.2f) over %d events\n", (62.0/4000)/(26.0/4000), rr.Ratio, rr.Low, rr.High, rr.Strata)
	// Output: crude 2.38, stratified 1.00 (0.62-1.62) over 2 events
}

func ExamplePoolDiffs() {
	md, _ := profile.PoolDiffs([]float64{-0.6, -0.5, -0.2})
	fmt.Printf("%+.2f (%+.2f..%+.2f), %d events, p %.3f\n", md.Mean, md.Low, md.High, md.Events, md.P)
	// Output: -0.43 (-0.95..+0.08), 3 events, p 0.069
}
