package loaded_test

import (
	"cmp"
	"context"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/compare/frame/loaded"
	"github.com/framediff/framediff/compare/frame/loaded/basil"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/jonreiter/govader"
)

// basilRaw is BASIL's annotated articles of 2010-2014 (basil-dev's raw/).
// It lives in ../shared from the module root, outside the module, and is
// absent from a user's clone.
const basilRaw = "../../../../shared/data/basil-dev/raw"

// The split: the weights are trained on trainYears, the figures measured
// on heldOutYears.
var (
	trainYears   = []int{2010, 2011, 2012}
	heldOutYears = []int{2013, 2014}
)

var basilData struct {
	once sync.Once
	arts []basil.Article
	docs []*nlp.Doc
	err  error
}

// basilDocs reads and annotates every BASIL article once per test binary,
// and returns those of the years given.
func basilDocs(t *testing.T, years []int) ([]basil.Article, []*nlp.Doc) {
	t.Helper()
	if _, err := os.Stat(basilRaw); err != nil {
		t.Skipf("basil-dev is absent (%v): it is development data in ../shared beside the module, not part of it", err)
	}
	if testing.Short() {
		t.Skip("annotating BASIL takes about 10 s; skipped with -short")
	}
	basilData.once.Do(func() {
		basilData.arts, basilData.err = basil.Read(os.DirFS(basilRaw))
		if basilData.err == nil {
			basilData.docs, basilData.err = basil.Annotate(context.Background(), basilData.arts)
		}
	})
	if basilData.err != nil {
		t.Fatal(basilData.err)
	}
	var arts []basil.Article
	var docs []*nlp.Doc
	for i, a := range basilData.arts {
		for _, y := range years {
			if a.Year == y {
				arts = append(arts, a)
				docs = append(docs, basilData.docs[i])
			}
		}
	}
	return arts, docs
}

// contentWord reports whether a word counts in the headline figures: a
// word with a letter that is not a stop word. Annotators marked phrases,
// and the "the" of a loaded phrase is no word choice a model of single
// words can be asked to find; framing terms leave stop words out too.
func contentWord(text string, sw nlp.Stopwords) bool {
	t := nlp.NormTerm(text, "", sw, nlp.Stemmer{})
	return !t.Stop && strings.IndexFunc(text, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
}

// measure counts the model's decisions and the lexicon baseline's on the
// words of docs, against the lexical-bias spans of arts.
func measure(m *loaded.Model, arts []basil.Article, docs []*nlp.Doc) (content, all, lexContent, lexAll loaded.Counts) {
	sw := nlp.DefaultStopwords()
	lex := govader.NewSentimentIntensityAnalyzer().Lexicon
	for i, d := range docs {
		gold := arts[i].Lexical()
		for _, o := range m.Score(d) {
			g := loaded.Overlaps(gold, o.Start, o.End)
			_, inLex := lex[strings.ToLower(strings.ReplaceAll(o.Text, "’", "'"))]
			all.Add(o.Loaded, g)
			lexAll.Add(inLex, g)
			if contentWord(o.Text, sw) {
				content.Add(o.Loaded, g)
				lexContent.Add(inLex, g)
			}
		}
	}
	return
}

// TestBasilHeldOut measures the embedded model on the held-out BASIL
// articles (2013-2014): a word is gold loaded when it lies inside a
// lexical-bias span, predicted loaded when its score reaches the
// threshold. The headline figure is over content words; all words and the
// baseline that calls every VADER lexicon word loaded are logged beside
// it. The floor is a little below what the model reaches (README).
func TestBasilHeldOut(t *testing.T) {
	arts, docs := basilDocs(t, heldOutYears)
	content, all, lexContent, lexAll := measure(loaded.Default(), arts, docs)
	t.Logf("basil-dev loaded words: %s", content)
	t.Logf("basil-dev loaded words, all words: %s", all)
	t.Logf("basil-dev loaded words, baseline every VADER lexicon word: %s (all words: %s)", lexContent, lexAll)
	t.Logf("held out: %d articles, %d content words, %d of them loaded", len(arts), content.TP+content.FN+content.FP+0, content.TP+content.FN)
	if content.F1() <= lexContent.F1() {
		t.Errorf("F1 %.2f is no better than the lexicon baseline's %.2f", content.F1(), lexContent.F1())
	}
}

// TestBasilTraining recomputes the model's figures on its own training
// articles (2010-2012) and logs them with the cross-validated ones of the
// weights file.
func TestBasilTraining(t *testing.T) {
	arts, docs := basilDocs(t, trainYears)
	content, all, _, _ := measure(loaded.Default(), arts, docs)
	t.Logf("basil-dev loaded words, training years (fitted): %s; all words: %s", content, all)
}

// topTerms returns the ten content words of d ranked first by rank
// (higher first; ties by key), each as its first spelling.
func topTerms(d *nlp.Doc, occ []loaded.Occurrence, rank func(key string, score float64, count int) float64) []string {
	sw := nlp.DefaultStopwords()
	st := nlp.Stemmer{}
	type agg struct {
		form  string
		best  float64
		count int
	}
	by := map[string]*agg{}
	var keys []string
	for _, o := range occ {
		if !contentWord(o.Text, sw) {
			continue
		}
		k := loaded.Key(o.Text, st)
		a := by[k]
		if a == nil {
			a = &agg{form: o.Text}
			by[k] = a
			keys = append(keys, k)
		}
		a.best = max(a.best, o.Score)
		a.count++
	}
	slices.SortFunc(keys, func(x, y string) int {
		rx, ry := rank(x, by[x].best, by[x].count), rank(y, by[y].best, by[y].count)
		if c := cmp.Compare(ry, rx); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	var out []string
	for _, k := range keys[:min(10, len(keys))] {
		out = append(out, by[k].form)
	}
	return out
}

// TestBasilLift measures how much the ten most loaded words of each
// held-out article (by their highest score) sit in the sentences
// annotators found lexically biased, against its content words in general
// (basil.Lift), with the ten most frequent content words as the baseline.
func TestBasilLift(t *testing.T) {
	m := loaded.Default()
	for _, c := range []struct {
		name  string
		years []int
	}{
		{"held out", heldOutYears},
		{"training years", trainYears},
	} {
		arts, docs := basilDocs(t, c.years)
		var byModel, byCount []basil.Terms
		for i, d := range docs {
			occ := m.Score(d)
			byModel = append(byModel, basil.Terms{Article: &arts[i], Doc: d, Terms: topTerms(d, occ, func(_ string, s float64, _ int) float64 { return s })})
			byCount = append(byCount, basil.Terms{Article: &arts[i], Doc: d, Terms: topTerms(d, occ, func(_ string, _ float64, n int) float64 { return float64(n) })})
		}
		lift, n := basil.Lift(byModel, nil)
		base, _ := basil.Lift(byCount, nil)
		if c.name == "held out" {
			t.Logf("basil-dev loaded-word lift: %.2f", lift)
			if lift < 1.5 {
				t.Errorf("lift %.2f: the model's loaded words are barely more in loaded sentences than any word", lift)
			}
		}
		t.Logf("%s: loaded-word lift %.2f, ten most frequent words %.2f, over %d articles with lexical bias", c.name, lift, base, n)
	}
}
