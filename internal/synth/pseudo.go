package synth

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// pseudoWords returns n distinct made-up words of two or three syllables,
// the same for the same seed: the long tail of a news vocabulary (names of
// things, places and people that one story uses and the next does not).
func pseudoWords(seed uint64, n int, avoid map[string]bool) []string {
	const cons, vows = "bdfgklmnprstvz", "aeiou"
	r := rand.New(rand.NewPCG(seed, 0x70736575646f))
	seen := map[string]bool{}
	out := make([]string, 0, n)
	var b strings.Builder
	for len(out) < n {
		b.Reset()
		syl := 2 + r.IntN(2)
		for s := 0; s < syl; s++ {
			b.WriteByte(cons[r.IntN(len(cons))])
			b.WriteByte(vows[r.IntN(len(vows))])
			if r.IntN(3) == 0 {
				b.WriteByte(cons[r.IntN(len(cons))])
			}
		}
		w := b.String()
		if seen[w] || avoid[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// zipf samples ranks 0..n-1 with probability proportional to 1/(rank+1)^s,
// the shape of word and name frequencies in text.
type zipf = weighted

func newZipf(n int, s float64) zipf {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / math.Pow(float64(i+1), s)
	}
	return newWeighted(w)
}

// weighted samples indices by explicit weights.
type weighted struct{ cdf []float64 }

func newWeighted(w []float64) weighted {
	cdf := make([]float64, len(w))
	sum := 0.0
	for i, x := range w {
		sum += x
		cdf[i] = sum
	}
	for i := range cdf {
		cdf[i] /= sum
	}
	return weighted{cdf}
}

func (w weighted) draw(r *rand.Rand) int {
	i := sort.SearchFloat64s(w.cdf, r.Float64())
	if i >= len(w.cdf) {
		i = len(w.cdf) - 1
	}
	return i
}
