package target

import (
	"slices"
	"strings"
	"testing"
)

// TestHarmedTokens: the words of harm read as done to the target, and
// other words read with them (also), in sentences written for the test
// (the names and places are invented).
func TestHarmedTokens(t *testing.T) {
	tests := []struct {
		name, text, target string
		want               []string
		also               []string
	}{
		{"passive", "Tomas Verhoek was shot by a patrol officer in Calden.", "Verhoek", []string{"shot"}, nil},
		{"coordinated participles", "Tomas Verhoek was shot and killed in Calden on Sunday.", "Verhoek", []string{"shot", "killed"}, nil},
		{"to death", "Tomas Verhoek was stabbed to death in Calden.", "Verhoek", []string{"stabbed", "death"}, nil},
		{"an election", "Tomas Verhoek hopes to beat Mayor Odile Fenwick in November.", "Fenwick", nil, nil},
		{"object", "A patrol officer shot Tomas Verhoek outside his home.", "Verhoek", []string{"shot"}, nil},
		// The words around a noun of harm the target depends on are the
		// harm's.
		{"nominal", "Hundreds marched to mourn the killing of Tomas Verhoek.", "Verhoek", []string{"killing"}, []string{"mourn"}},
		{"possessive", "Tomas Verhoek's death sparked protests in Calden.", "Verhoek", []string{"death"}, []string{"sparked", "protests"}},
		{"possessive, curly", "The outrage over Tomas Verhoek’s death has spread to Calden.", "Verhoek", []string{"death"}, []string{"outrage"}},
		{"died", "Tomas Verhoek died in a hospital in Calden.", "Verhoek", []string{"died"}, nil},
		{"appositive", "Tomas Verhoek, 46, was killed in Calden.", "Verhoek", []string{"killed"}, nil},
		{"relative", "Mourners remembered Tomas Verhoek, who was shot outside his home.", "Verhoek", []string{"shot"}, nil},
		{"relative, died", "Tomas Verhoek, who died on Sunday, was a teacher.", "Verhoek", []string{"died"}, nil},
		{"reduced relative", "Mourners remembered Tomas Verhoek, a teacher killed by a patrol officer.", "Verhoek", []string{"killed"}, nil},
		{"by, further back", "Hundreds protested the chokehold used by an officer in the death of Tomas Verhoek.", "Verhoek", []string{"death"}, nil},
		{"a death toll", "Calden’s death toll rose to 12 on Sunday.", "Calden", nil, nil},
		{"an idiom", "Mayor Odile Fenwick is dead set on closing the Calden library.", "Fenwick", nil, nil},
		{"another's death", "Mayor Odile Fenwick’s dead intern was named on Sunday.", "Fenwick", nil, nil},
		// The agent of harm, or one accused of it, suffers none.
		{"relative agent", "Brandt Kessler, who shot Tomas Verhoek, was fired.", "Kessler", nil, nil},
		{"appositive agent", "Brandt Kessler, the officer who killed Tomas Verhoek, was fired.", "Kessler", nil, nil},
		{"another's harm", "Brandt Kessler, whose brother was shot in Calden, spoke on Sunday.", "Kessler", nil, nil},
		{"agent", "Officer Brandt Kessler shot an unarmed man in Calden.", "Kessler", nil, nil},
		{"by the agent", "Tomas Verhoek was shot by Officer Brandt Kessler.", "Kessler", nil, nil},
		{"by a described agent", "Tomas Verhoek was stabbed by mental health patient Brandt Kessler.", "Kessler", nil, nil},
		{"charged", "Officer Brandt Kessler was charged with murder on Friday.", "Kessler", nil, nil},
		{"accused", "Brandt Kessler was accused of assault by a neighbour.", "Kessler", nil, nil},
		{"possessive agent", "Brandt Kessler's assault on a neighbour shocked Calden.", "Kessler", nil, nil},
		{"a suspect's label", "Murder suspect Brandt Kessler appeared in court in Calden.", "Kessler", nil, nil},
		// Criticism is no harm.
		{"slammed", "Critics slammed Mayor Odile Fenwick over the budget.", "Fenwick", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			sc := newScene(d, d.SentenceAt(spanOf(t, d, tt.target).Start))
			r := sc.rolesOf(spanOf(t, d, tt.target))
			var got, also []string
			for i := sc.tok0; i < sc.tok1; i++ {
				w := strings.ToLower(d.TokenText(i))
				switch {
				case r.harmed[i] && (harmWords[w] || deathWords[w]):
					got = append(got, d.TokenText(i))
				case r.harmed[i]:
					also = append(also, d.TokenText(i))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q toward %s: harmed %q, want %q (tags %s)", tt.text, tt.target, got, tt.want, tags(sc))
			}
			for _, w := range tt.also {
				if !slices.Contains(also, w) {
					t.Errorf("%q toward %s: %q not read with the harm (%q are)", tt.text, tt.target, w, also)
				}
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
