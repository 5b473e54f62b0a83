package report

import (
	"fmt"
	"math"

	"github.com/framediff/framediff/compare"
)

// Strong and weaker findings. With a handful of articles most terms rest
// on one or two uses, and a list that shows them all alike invites a
// reader to take a word used once for a pattern. Every format therefore
// shows the strong findings as such (a star in text and Markdown, the
// full highlight in HTML) and the others in a lighter style, never hidden:
//
//   - a distinctive term (topical, quoted, or between two outlets) is strong
//     when the outlet it favours uses it at least strongUses times and its
//     Benjamini-Hochberg adjusted p is below strongAlpha;
//   - a framing term or a framing-lexicon count, which carry no adjusted p,
//     is strong when it is used at least strongUses times and |z| >=
//     strongZ (uncorrected, so a weaker test than the first).
//
// The rule is the report's, not the result's: the JSON and CSV hold the
// counts, z and adjusted p it reads, so anyone can apply another.
const (
	strongUses  = 3
	strongAlpha = 0.05
	strongZ     = 1.96
)

// strongTerm reports whether a distinctive or quoted term is strong.
func strongTerm(t compare.Term) bool {
	return t.Count >= strongUses && t.PAdjusted < strongAlpha
}

// strongFraming reports whether a framing term is strong.
func strongFraming(t compare.FramingTerm) bool {
	return t.Count >= strongUses && math.Abs(t.Z) >= strongZ
}

// strongPair reports whether a term between two outlets is strong: the
// count is the favoured outlet's (A for positive z, B for negative).
func strongPair(t compare.PairTerm) bool {
	n := t.CountA
	if t.Z < 0 {
		n = t.CountB
	}
	return n >= strongUses && t.PAdjusted < strongAlpha
}

// strongLexicon reports whether an outlet's use of a framing-lexicon
// category is strong.
func strongLexicon(l compare.LexiconCount) bool {
	return l.Count >= strongUses && math.Abs(l.Z) >= strongZ
}

// fmtZ renders z with two decimals and, for a strong finding, a star.
func fmtZ(z float64, strong bool) string {
	s := fmt.Sprintf("%.2f", z)
	if strong {
		s += "*"
	}
	return s
}

// The rule in words, as the reports state it.
const (
	strongRule   = "A term is a strong finding when the outlet uses it at least 3 times and its Benjamini-Hochberg adjusted p is below 0.05; a framing term, which has no adjusted p, when it is used at least 3 times and |z| ≥ 1.96. Strong findings are starred (*) and highlighted; the others are weaker evidence, shown in a lighter style and never hidden."
	loadedCaveat = "Framing terms and loaded words come from a small model trained on the words annotators marked as loaded in US political news (BASIL). On articles it never saw it finds about one marked word in five, and about one word in six that it flags was marked (precision 0.18); a rare word scores higher than a common one. A framing term is a lead to read in its sentence, not a verdict. Terms and loaded words are counted in the outlet's own voice; the words it quoted are listed apart, with who said them."
)
