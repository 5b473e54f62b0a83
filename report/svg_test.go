package report

import "testing"

// TestTextPx checks the width estimate that sizes the charts against the
// widths Chromium draws in DejaVu Sans (canvas measureText, 11 px regular
// and 12 px bold, as the charts' labels and headers are set): never
// narrower, so no label is clipped, and at most 8% wider, so charts are
// not padded for nothing. Cyrillic words heavy in ж, ш and щ and Latin
// letters with accents are where a single average width went wrong.
func TestTextPx(t *testing.T) {
	tests := []struct {
		s             string
		regular, bold float64 // px drawn at 11 px regular, 12 px bold
	}{
		{"Вечерний меридиан", 117.43, 140.97},
		{"Шольц и Щербаков: Жжёшь", 165.08, 202.28},
		{"Сергей Лавров", 86.31, 102.62},
		{"Москва", 42.14, 51.13},
		{"Élysée, Düsseldorf, Łódź", 134.27, 164.91},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			for _, c := range []struct {
				size  float64
				bold  bool
				drawn float64
			}{{fontSize, false, tt.regular}, {headSize, true, tt.bold}} {
				got := textPx(tt.s, c.size, c.bold)
				if got < c.drawn || got > c.drawn*1.08 {
					t.Errorf("textPx(%q, %g, bold %v) = %g px, drawn %g px", tt.s, c.size, c.bold, got, c.drawn)
				}
			}
		})
	}
}
