package frame

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// checkMatrices asserts the invariants of the similarity matrices: square,
// symmetric, cosine in [0, 1] with 1 on the diagonal, JSD in [0, 1] with 0
// on the diagonal.
func checkMatrices(t *testing.T, rows [][]float64) {
	t.Helper()
	cos, jsd := cosineMatrix(rows), jsdMatrix(rows)
	for name, m := range map[string][][]float64{"cosine": cos, "jsd": jsd} {
		if len(m) != len(rows) {
			t.Fatalf("%s: %d rows for %d vectors", name, len(m), len(rows))
		}
		for i := range m {
			if len(m[i]) != len(rows) {
				t.Fatalf("%s: row %d has %d columns, want %d", name, i, len(m[i]), len(rows))
			}
			for j := range m[i] {
				v := m[i][j]
				if v != m[j][i] {
					t.Fatalf("%s: [%d][%d] = %g but [%d][%d] = %g", name, i, j, v, j, i, m[j][i])
				}
				if v < 0 || v > 1 || math.IsNaN(v) {
					t.Fatalf("%s: [%d][%d] = %g outside [0, 1]", name, i, j, v)
				}
			}
		}
	}
	for i := range rows {
		if cos[i][i] != 1 || jsd[i][i] != 0 {
			t.Fatalf("diagonal %d: cosine %g, jsd %g", i, cos[i][i], jsd[i][i])
		}
	}
}

func TestSimilarityProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for trial := 0; trial < 200; trial++ {
		n, dim := 1+r.IntN(8), r.IntN(30)
		rows := make([][]float64, n)
		for i := range rows {
			rows[i] = make([]float64, dim)
			for j := range rows[i] {
				if r.IntN(3) == 0 { // sparse, like term counts
					rows[i][j] = float64(r.IntN(5))
				}
			}
		}
		checkMatrices(t, rows)
	}
}

func TestSimilarityKnown(t *testing.T) {
	rows := [][]float64{{1, 0}, {0, 1}, {2, 0}, {0, 0}}
	cos, jsd := cosineMatrix(rows), jsdMatrix(rows)
	// Orthogonal vectors share nothing; parallel ones are the same
	// distribution; an empty row is 0 from none and 1 from all by JSD.
	for _, c := range []struct {
		i, j     int
		cos, jsd float64
	}{{0, 1, 0, 1}, {0, 2, 1, 0}, {0, 3, 0, 1}} {
		if cos[c.i][c.j] != c.cos || jsd[c.i][c.j] != c.jsd {
			t.Errorf("[%d][%d]: cosine %g jsd %g, want %g %g", c.i, c.j, cos[c.i][c.j], jsd[c.i][c.j], c.cos, c.jsd)
		}
	}
	// Half the mass shared: P = (½, ½, 0), Q = (0, ½, ½), M = (¼, ½, ¼);
	// KL(P‖M) = ½·log2(2) + ½·log2(1) = ½ bit, so JSD = ½ bit.
	if got := jsdMatrix([][]float64{{1, 1, 0}, {0, 1, 1}})[0][1]; got != 0.5 {
		t.Errorf("JSD = %g, want 0.5", got)
	}
}

func FuzzSimilarity(f *testing.F) {
	f.Add([]byte{1, 0, 0, 1, 2, 0}, uint8(2))
	f.Add([]byte{0, 0, 0, 0}, uint8(2))
	f.Add([]byte{255, 3, 9, 0, 0, 7, 1, 1, 1}, uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, dim uint8) {
		d := int(dim%16) + 1
		var rows [][]float64
		for len(data) >= d && len(rows) < 12 {
			row := make([]float64, d)
			for j := range row {
				row[j] = float64(data[j])
			}
			rows = append(rows, row)
			data = data[d:]
		}
		if len(data) >= 8 {
			// Scale a row by an arbitrary positive factor: similarity
			// must not care about length.
			s := math.Abs(math.Float64frombits(binary.LittleEndian.Uint64(data)))
			if len(rows) > 0 && s > 1e-100 && s < 1e100 {
				for j := range rows[0] {
					rows[0][j] *= s
				}
			}
		}
		checkMatrices(t, rows)
	})
}

func TestWasserstein(t *testing.T) {
	tests := []struct {
		name string
		a, b []float64
		want float64
	}{
		{"same", []float64{-0.5, 0, 0.5}, []float64{0.5, -0.5, 0}, 0},
		// Every sentence moves 0.4 to the right.
		{"shift", []float64{-0.5, 0.1}, []float64{-0.1, 0.5}, 0.4},
		// Half the mass moves from 0 to 1, the other half stays.
		{"split", []float64{0, 0}, []float64{0, 1}, 0.5},
		{"extremes", []float64{-1}, []float64{1}, 2},
		{"empty", nil, []float64{1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wasserstein1(tt.a, tt.b); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("got %g, want %g", got, tt.want)
			}
			if got := wasserstein1(tt.b, tt.a); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("swapped: got %g, want %g", got, tt.want)
			}
		})
	}
}
