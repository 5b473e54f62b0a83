package target

import (
	"slices"
	"strings"
	"testing"
)

// TestHarmedTokens: the words read as harm done to the target, in
// sentences written for the test (the names and places are invented).
func TestHarmedTokens(t *testing.T) {
	tests := []struct {
		name, text, target string
		want               []string
	}{
		{"passive", "Tomas Verhoek was shot by a patrol officer in Calden.", "Verhoek", []string{"shot"}},
		{"coordinated participles", "Tomas Verhoek was shot and killed in Calden on Sunday.", "Verhoek", []string{"shot", "killed"}},
		{"to death", "Tomas Verhoek was beaten to death in Calden.", "Verhoek", []string{"beaten", "death"}},
		{"object", "A patrol officer shot Tomas Verhoek outside his home.", "Verhoek", []string{"shot"}},
		{"nominal", "Hundreds marched to mourn the killing of Tomas Verhoek.", "Verhoek", []string{"killing"}},
		{"possessive", "Tomas Verhoek's death sparked protests in Calden.", "Verhoek", []string{"death"}},
		{"died", "Tomas Verhoek died in a hospital in Calden.", "Verhoek", []string{"died"}},
		// The agent of harm, or one accused of it, suffers none.
		{"agent", "Officer Brandt Kessler shot an unarmed man in Calden.", "Kessler", nil},
		{"by the agent", "Tomas Verhoek was shot by Officer Brandt Kessler.", "Kessler", nil},
		{"charged", "Officer Brandt Kessler was charged with murder on Friday.", "Kessler", nil},
		{"accused", "Brandt Kessler was accused of assault by a neighbour.", "Kessler", nil},
		{"possessive agent", "Brandt Kessler's assault on a neighbour shocked Calden.", "Kessler", nil},
		{"a suspect's label", "Murder suspect Brandt Kessler appeared in court in Calden.", "Kessler", nil},
		// Criticism is no harm.
		{"slammed", "Critics slammed Mayor Odile Fenwick over the budget.", "Fenwick", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			sc := newScene(d, d.SentenceAt(spanOf(t, d, tt.target).Start))
			r := sc.rolesOf(spanOf(t, d, tt.target))
			var got []string
			for i := sc.tok0; i < sc.tok1; i++ {
				if r.harmed[i] {
					got = append(got, d.TokenText(i))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q toward %s: harmed %q, want %q (tags %s)", tt.text, tt.target, got, tt.want, tags(sc))
			}
		})
	}
}

// tags returns the scene's tokens with their part-of-speech tags.
func tags(sc *scene) string {
	var b strings.Builder
	for i := sc.tok0; i < sc.tok1; i++ {
		b.WriteString(sc.d.TokenText(i) + "/" + sc.d.Tokens[i].Tag + " ")
	}
	return b.String()
}

// TestHarmedTone: physical harm done to a target is no negative portrayal
// of it, while its agent and a target of criticism stay negative. The
// sentences are written for the test; the names and places are invented.
func TestHarmedTone(t *testing.T) {
	tests := []struct {
		name, text, target string
		neg                bool // want negative; else anything but
	}{
		{"victim, passive", "Tomas Verhoek was shot and killed by a patrol officer in Calden on Sunday night.", "Verhoek", false},
		{"victim, object", "A patrol officer shot Tomas Verhoek outside his home in Calden.", "Verhoek", false},
		{"victim, nominal", "Hundreds marched through Calden to mourn the killing of Tomas Verhoek.", "Verhoek", false},
		{"victim, possessive", "Tomas Verhoek's death sparked protests across Calden.", "Verhoek", false},
		{"killer", "Officer Brandt Kessler shot and killed an unarmed man in Calden.", "Kessler", true},
		{"killer charged", "Officer Brandt Kessler was charged with murder on Friday.", "Kessler", true},
		{"slammed", "Critics slammed Mayor Odile Fenwick over her handling of the protests in Calden.", "Fenwick", true},
		{"slammed, passive", "Mayor Odile Fenwick was slammed by critics for her handling of the protests.", "Fenwick", true},
	}
	m := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			got := m.NewReader(d).Tone(spanOf(t, d, tt.target))
			if (got.Label == Neg) != tt.neg {
				want := "not neg"
				if tt.neg {
					want = "neg"
				}
				t.Errorf("%q toward %s: %s (P %.2f), want %s", tt.text, tt.target, got.Label, got.P, want)
			}
		})
	}
}
