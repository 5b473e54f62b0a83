package loaded_test

import (
	"cmp"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/corpus/nlp/loaded/basil"
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

// figures are a model's decisions on BASIL articles against their
// lexical-bias spans, and those of the baseline that calls every VADER
// lexicon word loaded.
type figures struct {
	content, all       loaded.Counts // content words (the headline), all words
	lexContent, lexAll loaded.Counts // the baseline
	words              int           // content words
	spans, spansFound  int           // lexical-bias spans, those with a word predicted loaded
}

func measure(m *loaded.Model, arts []basil.Article, docs []*nlp.Doc) figures {
	var f figures
	sw := nlp.DefaultStopwords()
	lex := nlp.Ratings()
	for i, d := range docs {
		gold := arts[i].Lexical()
		found := make([]bool, len(gold))
		for _, o := range m.Score(d) {
			g := loaded.Overlaps(gold, o.Start, o.End)
			_, inLex := lex[strings.ToLower(strings.ReplaceAll(o.Text, "’", "'"))]
			f.all.Add(o.Loaded, g)
			f.lexAll.Add(inLex, g)
			if contentWord(o.Text, sw) {
				f.words++
				f.content.Add(o.Loaded, g)
				f.lexContent.Add(inLex, g)
			}
			for k, s := range gold {
				if o.Loaded && s.Start < o.End && o.Start < s.End {
					found[k] = true
				}
			}
		}
		f.spans += len(gold)
		for _, ok := range found {
			if ok {
				f.spansFound++
			}
		}
	}
	return f
}

// TestBasilHeldOut measures the embedded model on the held-out BASIL
// articles (2013-2014): a word is gold loaded when it lies inside a
// lexical-bias span, predicted loaded when its score reaches the
// threshold. The headline figure is over content words; all words, the
// spans with at least one word found, and the baseline that calls every
// VADER lexicon word loaded are logged beside it.
//
// The floor is F1 0.10 for a measured 0.14 (README): 60 articles and 122
// loaded content words make the figure move by a few hundredths with any
// change, so the floor catches a broken feature, not noise.
func TestBasilHeldOut(t *testing.T) {
	arts, docs := basilDocs(t, heldOutYears)
	f := measure(loaded.Default(), arts, docs)
	t.Logf("basil-dev loaded words: %s", f.content)
	t.Logf("basil-dev loaded words, all words: %s", f.all)
	t.Logf("basil-dev loaded words, baseline every VADER lexicon word: %s (all words: %s)", f.lexContent, f.lexAll)
	t.Logf("held out: %d articles, %d content words, %d of them loaded; %d of %d lexical-bias spans have a word found", len(arts), f.words, f.content.TP+f.content.FN, f.spansFound, f.spans)
	if f.content.F1() < 0.10 {
		t.Errorf("F1 %.2f below the floor 0.10", f.content.F1())
	}
	if f.content.F1() <= 2*f.lexContent.F1() {
		t.Errorf("F1 %.2f is not twice the lexicon baseline's %.2f", f.content.F1(), f.lexContent.F1())
	}
}

// TestBasilTraining recomputes the model's figures on its own training
// articles (2010-2012), which must be those the weights file records, and
// logs them with the cross-validated ones (the threshold was chosen on
// those).
func TestBasilTraining(t *testing.T) {
	arts, docs := basilDocs(t, trainYears)
	f := measure(loaded.Default(), arts, docs)
	w := embeddedWeights(t)
	t.Logf("basil-dev loaded words, training years fitted: %s; all words: %s", f.content, f.all)
	t.Logf("basil-dev loaded words, training years cross-validated (all words): P %.2f R %.2f F1 %.2f; average precision %.3f; lambda %g",
		w.Training.CV.P, w.Training.CV.R, w.Training.CV.F1, w.Training.CVAP, w.Training.Lambda)
	fit := w.Training.Fit
	if f.all.TP != fit.TP || f.all.FP != fit.FP || f.all.FN != fit.FN {
		t.Errorf("on the training words the model decides TP %d FP %d FN %d, the weights file records %d %d %d: retrain (go run ./scripts/trainloaded)",
			f.all.TP, f.all.FP, f.all.FN, fit.TP, fit.FP, fit.FN)
	}
}

// TestTrainReproduces trains the model as `go run ./scripts/trainloaded`
// does and compares the result with the embedded weights, byte for byte:
// the weights file is what its recipe makes from the named data.
func TestTrainReproduces(t *testing.T) {
	arts, docs := basilDocs(t, trainYears)
	w, err := loaded.TrainBASIL(arts, docs, loaded.DefaultTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.Encode()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("weights.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("training gives other weights than weights.json: the code changed since it was trained; run go run ./scripts/trainloaded and review the figures")
	}
}

func embeddedWeights(t *testing.T) loaded.Weights {
	t.Helper()
	data, err := os.ReadFile("weights.json")
	if err != nil {
		t.Fatal(err)
	}
	var w loaded.Weights
	if err := json.Unmarshal(data, &w); err != nil {
		t.Fatal(err)
	}
	return w
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
			// Measured 1.58 (README); the ten most frequent words give 1.19.
			if lift < 1.4 {
				t.Errorf("lift %.2f below the floor 1.4", lift)
			}
		}
		t.Logf("%s: loaded-word lift %.2f, ten most frequent words %.2f, over %d articles with lexical bias", c.name, lift, base, n)
	}
}

// TestBasilLexiconBound measures how far a model of single words can get
// on the held-out articles, to read the model's F1 against. Each bound
// decides by the word alone (lower-cased), on the content words of
// 2013-2014:
//
//   - memory: a word is loaded when annotators marked it somewhere in the
//     training years (2010-2012): what a perfect lexicon of the training
//     data would find;
//   - every marked word: a word is loaded at every use when annotators
//     marked it somewhere in the held-out articles themselves;
//   - majority: a word is loaded at every use when annotators marked at
//     least half of its held-out uses: the best any decision by the word
//     alone can do on these articles, fitted to their own labels.
func TestBasilLexiconBound(t *testing.T) {
	trainArts, trainDocs := basilDocs(t, trainYears)
	heldArts, heldDocs := basilDocs(t, heldOutYears)
	sw := nlp.DefaultStopwords()
	type use struct {
		word string
		gold bool
	}
	uses := func(arts []basil.Article, docs []*nlp.Doc) []use {
		var out []use
		for i, d := range docs {
			gold := arts[i].Lexical()
			for _, tok := range d.Tokens {
				text := d.Text[tok.Start:tok.End]
				if !nlp.IsWord(text) || !contentWord(text, sw) {
					continue
				}
				out = append(out, use{strings.ToLower(strings.ReplaceAll(text, "’", "'")), loaded.Overlaps(gold, tok.Start, tok.End)})
			}
		}
		return out
	}
	markedIn := func(us []use) (marked, all map[string]int) {
		marked, all = map[string]int{}, map[string]int{}
		for _, u := range us {
			all[u.word]++
			if u.gold {
				marked[u.word]++
			}
		}
		return marked, all
	}
	trainMarked, _ := markedIn(uses(trainArts, trainDocs))
	held := uses(heldArts, heldDocs)
	heldMarked, heldAll := markedIn(held)
	var memory, every, majority loaded.Counts
	for _, u := range held {
		memory.Add(trainMarked[u.word] > 0, u.gold)
		every.Add(heldMarked[u.word] > 0, u.gold)
		majority.Add(2*heldMarked[u.word] >= heldAll[u.word] && heldMarked[u.word] > 0, u.gold)
	}
	known := 0
	for w := range heldMarked {
		if trainMarked[w] > 0 {
			known++
		}
	}
	model := measure(loaded.Default(), heldArts, heldDocs).content
	t.Logf("basil-dev held out, a lexicon of the training years' marked words: %s", memory)
	t.Logf("basil-dev held out, every word marked in the held-out articles, at every use: %s", every)
	t.Logf("basil-dev held out, words marked in at least half their held-out uses: %s", majority)
	t.Logf("held out: %d marked word types, %d of them marked in the training years; the model: %s", len(heldMarked), known, model)
	if model.F1() <= memory.F1() {
		t.Errorf("the model's F1 %.2f is no better than a lexicon of the training years' marked words (%.2f)", model.F1(), memory.F1())
	}
	if model.F1() > majority.F1() {
		t.Errorf("the model's F1 %.2f beats the best decision by the word alone (%.2f): the bound is miscounted", model.F1(), majority.F1())
	}
}
