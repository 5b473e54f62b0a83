package loaded_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// registerParagraphs writes two registers of news prose: reactions, where
// critics call a decision names (the lexicon's "ridiculous", "shameful",
// and "preposterous", which neither the lexicon nor the cue lists hold),
// and procedure, where bodies schedule and file things ("scheduled",
// "quarterly"). A distributional score should carry "preposterous" with
// its company, above the procedural words.
func registerParagraphs() [][]string {
	critics := []string{"critics", "opponents", "protesters", "columnists", "activists"}
	things := []string{"plan", "deal", "speech", "decision", "ruling", "proposal"}
	judgements := []string{"ridiculous", "outrageous", "shameful", "appalling", "reckless", "preposterous"}
	bodies := []string{"committee", "council", "board", "agency", "panel"}
	acts := []string{"scheduled", "postponed", "filed", "listed", "quarterly"}
	days := []string{"tuesday", "monday", "march", "spring", "noon"}
	var out [][]string
	for i := range 240 {
		c, th := critics[i%len(critics)], things[i/5%len(things)]
		j, j2 := judgements[i%len(judgements)], judgements[(i/6+1)%len(judgements)]
		out = append(out, strings.Fields(fmt.Sprintf("%s called the %s %s and %s , saying it was %s to defend", c, th, j, j2, j)))
		b, a, d := bodies[i%len(bodies)], acts[i/3%len(acts)], days[i%len(days)]
		out = append(out, strings.Fields(fmt.Sprintf("the %s %s the %s review for %s , according to the %s notice", b, a, th, d, b)))
	}
	return out
}

func buildRegisters(t *testing.T, paras [][]string) *loaded.Subjectivity {
	t.Helper()
	c := &loaded.Corpus{}
	for _, p := range paras {
		c.Add(p)
	}
	o := loaded.SubjectivityOptions{MinCount: 2, MaxVocab: 200, Contexts: 60, Window: 3, Dims: 8, SeedRating: 1.5, Lambda: 1}
	s, err := loaded.BuildSubjectivity(c, nlp.Ratings(), loaded.OpinionWords(), o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func scoreOf(s *loaded.Subjectivity, w string) float64 {
	i, ok := slices.BinarySearch(s.Words, w)
	if !ok {
		return -1
	}
	return s.Scores[i]
}

func TestBuildSubjectivity(t *testing.T) {
	paras := registerParagraphs()
	s := buildRegisters(t, paras)
	if !slices.IsSorted(s.Words) || len(s.Words) != len(s.Scores) {
		t.Fatalf("words not sorted or scores missing: %d words, %d scores", len(s.Words), len(s.Scores))
	}
	for i, v := range s.Scores {
		if v < 0 || v > 1 {
			t.Errorf("%s: score %v outside [0, 1]", s.Words[i], v)
		}
	}
	if slices.Contains(s.Words, ",") {
		t.Error("punctuation scored")
	}
	pre := scoreOf(s, "preposterous")
	for _, w := range []string{"scheduled", "quarterly", "committee", "tuesday"} {
		if v := scoreOf(s, w); pre <= v {
			t.Errorf("preposterous %.3f does not score above %s %.3f", pre, w, v)
		}
	}
	if s.Seeds == 0 || s.AP <= float64(s.Seeds)/float64(len(s.Words)) {
		t.Errorf("seeds %d of %d words ranked with AP %.3f, no better than chance", s.Seeds, len(s.Words), s.AP)
	}

	// The same paragraphs in another order give the same scores.
	rev := slices.Clone(paras)
	slices.Reverse(rev)
	r := buildRegisters(t, rev)
	if !slices.Equal(s.Words, r.Words) || !slices.Equal(s.Scores, r.Scores) {
		t.Error("scores depend on the order of the paragraphs")
	}
}

func TestBuildSubjectivityRefusesBadInput(t *testing.T) {
	c := &loaded.Corpus{}
	c.Add(strings.Fields("the committee met on tuesday"))
	c.Add(strings.Fields("the committee was outraged on tuesday"))
	for _, tc := range []struct {
		name string
		o    loaded.SubjectivityOptions
		want string
	}{
		{"no window", loaded.SubjectivityOptions{MinCount: 1, MaxVocab: 10, Contexts: 10, Window: 0, Dims: 2}, "bad options"},
		{"fewer contexts than dimensions", loaded.SubjectivityOptions{MinCount: 1, MaxVocab: 10, Contexts: 1, Window: 2, Dims: 2}, "bad options"},
		{"corpus too small", loaded.SubjectivityOptions{MinCount: 1, MaxVocab: 10, Contexts: 10, Window: 2, Dims: 8}, "too small"},
		{"no seed", loaded.SubjectivityOptions{MinCount: 2, MaxVocab: 10, Contexts: 10, Window: 2, Dims: 2, SeedRating: 1.5}, "no seed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loaded.BuildSubjectivity(c, nlp.Ratings(), loaded.OpinionWords(), tc.o)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

func TestNewsSubjectivity(t *testing.T) {
	l := loaded.NewsSubjectivity()
	if len(l) != loaded.DefaultSubjectivityOptions().MaxVocab {
		t.Errorf("%d words, want %d", len(l), loaded.DefaultSubjectivityOptions().MaxVocab)
	}
	all, cues := 0.0, 0.0
	for _, v := range l {
		all += v
	}
	n := 0
	for _, w := range loaded.CueWords() {
		if v, ok := l[w]; ok {
			cues += v
			n++
		}
	}
	// The cue words are seeds, scored out of fold: their mean should sit
	// well above the mean word's (0.09 when built).
	if all /= float64(len(l)); cues/float64(n) < 2*all {
		t.Errorf("mean score of the cue words %.3f, of all words %.3f", cues/float64(n), all)
	}
	if v, ok := l.Score("Slammed"); !ok || v != l["slammed"] {
		t.Errorf("Score(Slammed) = %v, %v; the lexicon holds %v", v, ok, l["slammed"])
	}
}

func TestReadSubjectivity(t *testing.T) {
	for _, c := range []struct {
		name, in string
		line     int // of the error, 0 for none
	}{
		{"ok", "# comment\nbogus\t0.100\nborder\t0.015\n", 0},
		{"no tab", "bogus 0.1\n", 1},
		{"not a number", "# c\nbogus\tx\n", 2},
		{"out of range", "bogus\t1.5\n", 1},
		{"twice", "bogus\t0.1\nbogus\t0.2\n", 2},
		{"empty word", "\t0.1\n", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := loaded.ReadSubjectivity("s.tsv", strings.NewReader(c.in))
			var pe *corpus.ParseError
			switch {
			case c.line == 0 && err != nil:
				t.Fatal(err)
			case c.line == 0 && l["bogus"] != 0.1:
				t.Errorf("bogus = %v", l["bogus"])
			case c.line != 0 && !errors.As(err, &pe):
				t.Fatalf("got %v, want a *corpus.ParseError", err)
			case c.line != 0 && (pe.Line != c.line || pe.Source != "s.tsv"):
				t.Errorf("error at %s:%d, want s.tsv:%d", pe.Source, pe.Line, c.line)
			}
		})
	}
}

func FuzzReadSubjectivity(f *testing.F) {
	f.Add("# c\nbogus\t0.100\nborder\t0.015\n")
	f.Add("a\t1\nb\t0\n")
	f.Add("x\tNaN\n")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := loaded.ReadSubjectivity("fuzz", strings.NewReader(in))
		if err != nil {
			return
		}
		for w, v := range l {
			if w == "" || !(v >= 0 && v <= 1) {
				t.Errorf("%q: %v", w, v)
			}
		}
	})
}
