package loaded

import (
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestOpinionWords(t *testing.T) {
	l := OpinionWords()
	var pos, neg int
	for _, p := range l {
		if p.Pos {
			pos++
		}
		if p.Neg {
			neg++
		}
	}
	// The published lists: 2,006 positive and 4,783 negative words.
	if pos != 2006 || neg != 4783 {
		t.Errorf("%d positive and %d negative words, want 2006 and 4783", pos, neg)
	}
	for _, c := range []struct {
		word     string
		pos, neg bool
	}{
		{"bogus", false, true},
		{"Ridiculous", false, true}, // any case
		{"slanders", false, true},   // listed as it is
		{"accused", false, true},    // by its base: the lexicon lists "accuse", "accuses", "accusing"
		{"doping", false, false},    // an -ing form is no inflection of "dope"
		{"fair", true, false},
		{"committee", false, false},
	} {
		p, ok := l.Polarity(c.word)
		if ok != (c.pos || c.neg) || p.Pos != c.pos || p.Neg != c.neg {
			t.Errorf("Polarity(%q) = %+v, %v; want pos %v neg %v", c.word, p, ok, c.pos, c.neg)
		}
	}
}

func TestReadOpinion(t *testing.T) {
	for _, c := range []struct {
		name, in string
		line     int // of the error, 0 for none
		want     OpinionLexicon
	}{
		{name: "both lists", in: "# header\nbogus\tneg\nfair\tpos\n\nenvious\tneg\nenvious\tpos\n",
			want: OpinionLexicon{"bogus": {Neg: true}, "fair": {Pos: true}, "envious": {Pos: true, Neg: true}}},
		{name: "no polarity", in: "bogus\n", line: 1},
		{name: "unknown polarity", in: "# c\nbogus\tnegative\n", line: 2},
		{name: "upper case", in: "Bogus\tneg\n", line: 1},
		{name: "empty word", in: "\tneg\n", line: 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := ReadOpinion("o.tsv", strings.NewReader(c.in))
			if c.line == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if len(l) != len(c.want) {
					t.Errorf("%d words, want %d", len(l), len(c.want))
				}
				for w, p := range c.want {
					if l[w] != p {
						t.Errorf("%q: %+v, want %+v", w, l[w], p)
					}
				}
				return
			}
			var pe *corpus.ParseError
			if !errors.As(err, &pe) || pe.Source != "o.tsv" || pe.Line != c.line {
				t.Errorf("error %v, want a ParseError at o.tsv:%d", err, c.line)
			}
		})
	}
}

func FuzzReadOpinion(f *testing.F) {
	f.Add("# c\nbogus\tneg\nfair\tpos\n")
	f.Add("x\tboth\n")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := ReadOpinion("fuzz", strings.NewReader(in))
		if err != nil {
			return
		}
		for w, p := range l {
			if w == "" || w != strings.ToLower(w) || !p.Pos && !p.Neg {
				t.Errorf("%q: %+v", w, p)
			}
		}
	})
}

// TestOpinionFeature checks the feature on annotated text: a negative
// opinion word has it, in any inflection; a positive one and a plain
// word do not (the positive half only seeds the distributional
// subjectivity); nor does a negative word inside a name.
func TestOpinionFeature(t *testing.T) {
	d := annotate(t, "The council called the audit bogus and slandered its authors. Mayor Tom Ferris supported the plan. Ferris spoke to the Bitter Creek Herald about a doping test.")
	f := defaultFeaturizer()
	c := newDocContext(d)
	x := make([]float64, numFeatures)
	got := map[string]float64{}
	for ti := range d.Tokens {
		f.vector(d, c, ti, x)
		got[d.TokenText(ti)] = x[fOpinionNeg]
	}
	for word, want := range map[string]float64{"bogus": 1, "slandered": 1, "supported": 0, "plan": 0, "audit": 0, "doping": 0} {
		if got[word] != want {
			t.Errorf("opinion_neg(%q) = %v, want %v", word, got[word], want)
		}
	}
	// The feature is the lexicon's; a name's capitals make it a name,
	// and the name feature outweighs it.
	m := Default()
	for _, o := range m.Score(d) {
		if o.Text == "Bitter" && o.Loaded {
			t.Errorf("%q in a name scored loaded (%.3f)", o.Text, o.Score)
		}
	}
}
