package dates

import (
	"strings"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range fuzzSeeds {
			Parse(s)
		}
	}
}

// BenchmarkFind measures the two costs that matter: a page with no date at
// all (the whole FindLimit is scanned) and one full of near-miss numbers
// (every candidate is parsed and rejected).
func BenchmarkFind(b *testing.B) {
	cases := map[string]string{
		"prose":      strings.Repeat("Blinken spoke in Honolulu about Ukraine and the alliance. ", 2000),
		"near-miss":  strings.Repeat("31.02.2022 and 29 Feb, 2022 13:34 XY ", 2000),
		"date-early": "Published: February 12, 2022 9:40 pm ET\n" + strings.Repeat("Blinken spoke. ", 2000),
	}
	for name, text := range cases {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(min(len(text), FindLimit)))
			for i := 0; i < b.N; i++ {
				Find(text)
			}
		})
	}
}
