package ner

// This file is not part of prose v3.2.3: see README.framediff.md at the
// root of this copy.

import (
	"regexp"
	"strings"
	"testing"
)

// shapeV323 is shape as prose v3.2.3 wrote it, with the regular
// expressions it compiled on every call.
func shapeV323(word string) string {
	if isNumeric(word) {
		return "number"
	} else if match, _ := regexp.MatchString(`\W+$`, word); match {
		return "punct"
	} else if match, _ := regexp.MatchString(`\w+$`, word); match {
		if strings.ToLower(word) == word {
			return "downcase"
		}
		//nolint:staticcheck // as upstream
		if strings.Title(word) == word {
			return "upcase"
		}
		return "mixedcase"
	}
	return "other"
}

var shapeWords = []string{
	"", " ", "a", "A", "_", "-", ".", "1", "1.5", "-2", "1e3", "Inf", "nan", "0x1p-2",
	"paris", "Paris", "PARIS", "McDonald", "Jean-Luc", "U.S.", "U.S", "NASA",
	"don't", "Biden's", "Biden’s", "’s", "café", "Café", "CAFÉ", "naïve",
	"Zelenskyy", "Zelensky—", "—", "…", "«", "2022-02-12", "COVID-19", "a_b",
	"x\xff", "\xff", "\xffa", "\xe2\x80", "tab\t", "new\n", "Ω", "ΩMEGA", "e\u0301",
}

func TestShapeAsV323(t *testing.T) {
	for _, w := range shapeWords {
		if got, want := shape(w), shapeV323(w); got != want {
			t.Errorf("shape(%q) = %q, v3.2.3 gave %q", w, got, want)
		}
	}
}

func FuzzShape(f *testing.F) {
	for _, w := range shapeWords {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := shape(w), shapeV323(w); got != want {
			t.Errorf("shape(%q) = %q, v3.2.3 gave %q", w, got, want)
		}
	})
}

func TestSimplePOSAsV323(t *testing.T) {
	for _, pos := range []string{"", "-", "O", "B-GPE", "I-ORGANIZATION", "VBD", "NN-TL", "a-b-c", "V-X"} {
		want := strings.Split(pos, "-")[0]
		if strings.HasPrefix(pos, "V") {
			want = "v"
		}
		if got := simplePOS(pos); got != want {
			t.Errorf("simplePOS(%q) = %q, v3.2.3 gave %q", pos, got, want)
		}
	}
}
