package target

import (
	"strings"
	"testing"
)

// FuzzReadNewsMTSC: any input either fails with an error or gives targets
// whose byte offsets lie inside their sentence and hold their mention.
func FuzzReadNewsMTSC(f *testing.F) {
	f.Add(`{"primary_gid": "g1", "sentence_normalized": "“Fine,” Lavrov said.", "targets": [{"from": 8, "to": 14, "mention": "Lavrov", "polarity": 4.0}]}`)
	f.Add(`{"primary_gid": "g2", "sentence_normalized": "Kerry thanked Lavrov.", "targets": [{"from": 0, "to": 5, "mention": "Kerry", "polarity": 6.0}, {"from": 14, "to": 20, "mention": "Lavrov", "polarity": 2.0}]}`)
	f.Add(`{"primary_gid": "g3", "sentence_normalized": "x", "targets": [{"from": 5, "to": 1, "mention": "", "polarity": 2.0}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadNewsMTSC(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range ss {
			for _, tg := range s.Targets {
				if tg.Start < 0 || tg.End < tg.Start || tg.End > len(s.Text) || s.Text[tg.Start:tg.End] != tg.Mention {
					t.Fatalf("target %+v outside or off %q", tg, s.Text)
				}
				if tg.Label < Neg || tg.Label > Pos {
					t.Fatalf("label %d", tg.Label)
				}
			}
		}
	})
}

// FuzzReadLexicon: any input either fails or reads back to itself.
func FuzzReadLexicon(f *testing.F) {
	f.Add("# stem\ttone\tcharge\naccus\t-2.2596\t0.9000\nprais\t1.4399\t0.0000\n")
	f.Add("bad line\n")
	f.Fuzz(func(t *testing.T, in string) {
		lex, err := ReadLexicon(strings.NewReader(in))
		if err != nil {
			return
		}
		var b strings.Builder
		if _, err := lex.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadLexicon(strings.NewReader(b.String())); err != nil {
			t.Fatalf("the written lexicon does not read: %v", err)
		}
	})
}
