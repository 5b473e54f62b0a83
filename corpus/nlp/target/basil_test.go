package target

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded/basil"
)

// basilRaw holds BASIL's articles and their human annotations for
// 2010-2014 (basil-dev/raw; see its SOURCE.md). It lives outside the
// module, in ../shared from the module root, and is absent from a user's
// clone.
const basilRaw = "../../../../shared/data/basil-dev/raw"

// trainingYears are the years the stance model is trained on
// (scripts/trainstance); 2013 and 2014 are held out.
var trainingYears = []int{2010, 2011, 2012}

// readBasilPairs reads and annotates basil-dev and returns its documents
// and its 305 annotated article-entity pairs with their features.
func readBasilPairs(t *testing.T) ([]basil.Article, []*nlp.Doc, []StancePair) {
	t.Helper()
	if _, err := os.Stat(basilRaw); err != nil {
		t.Skip("basil-dev is absent: " + basilRaw + " lives in ../shared beside the module, not in a clone")
	}
	arts, err := basil.Read(os.DirFS(basilRaw))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := basil.Annotate(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := StancePairs(arts, docs, Default())
	if err != nil {
		t.Fatal(err)
	}
	return arts, docs, pairs
}

// TestBasilStance compares the stance framediff gives each article toward
// each main entity with the annotators' author_feeling_* of basil-dev
// (305 pairs over 150 articles, 83% neutral; an entity the article's
// mentions do not hold is neutral).
//
// The model (stance.json) was trained on the pairs of 2010-2012, so its
// figure on them would not be fair: the all-pairs figure uses, for those
// years, the out-of-fold predictions of the same training recipe (each
// year predicted by the model trained on the other two), and the
// embedded model for the held-out years 2013-2014. Beside it, on the same
// splits: the stance before this model (the mean mention score read by
// thresholds chosen on NewsMTSC), always "neutral", and framediff before
// the per-mention model (the mean tone of the sentences naming the
// entity, ±0.05).
func TestBasilStance(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 150 articles")
	}
	_, docs, pairs := readBasilPairs(t)
	retrained, oof, err := TrainStanceBASIL(pairs, trainingYears, DefaultStanceTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	m, base := DefaultStance(), Default()
	type split struct {
		gold, model, before, neutral, sentence []Class
		article                                []int
	}
	var all, held, train split
	unmatched, k := 0, 0
	for _, p := range pairs {
		var pred Class
		if isTraining(p.Year) {
			pred = oof[k]
			k++
		} else {
			pred = Neu
			if p.Found {
				pred = m.Classify(p.X)
			}
		}
		before, sentence := Neu, Neu
		if p.Found {
			before = base.StanceOf(p.X[0])
			sentence = sentenceTone(docs[p.Article], p.Entity)
		} else {
			unmatched++
		}
		for _, s := range []*split{&all, map[bool]*split{true: &train, false: &held}[isTraining(p.Year)]} {
			s.gold = append(s.gold, p.Label)
			s.model = append(s.model, pred)
			s.before = append(s.before, before)
			s.neutral = append(s.neutral, Neu)
			s.sentence = append(s.sentence, sentence)
			s.article = append(s.article, p.Article)
		}
	}
	f1, heldF1 := MacroF1(all.gold, all.model), MacroF1(held.gold, held.model)
	cv := MacroF1(train.gold, train.model)
	t.Logf("basil-dev stance: macro-F1 %.2f", f1)
	t.Logf("basil-dev stance, held-out years: macro-F1 %.2f", heldF1)
	t.Logf("basil-dev stance, training years cross-validated: macro-F1 %.2f (in stance.json: %.2f)", cv, m.Training.CVMacroF1)
	t.Logf("basil-dev stance: %d article-entity pairs (%d held out), %d not found in the article (neutral)", len(all.gold), len(held.gold), unmatched)
	for _, s := range []struct {
		name string
		sp   *split
	}{{"all pairs", &all}, {"held-out years", &held}, {"training years", &train}} {
		t.Logf("basil-dev stance, %s, before this model (mean mention score, NewsMTSC thresholds): macro-F1 %.2f", s.name, MacroF1(s.sp.gold, s.sp.before))
		t.Logf("basil-dev stance, %s, always neutral: macro-F1 %.2f", s.name, MacroF1(s.sp.gold, s.sp.neutral))
		t.Logf("basil-dev stance, %s, framediff's sentence tone near the entity: macro-F1 %.2f", s.name, MacroF1(s.sp.gold, s.sp.sentence))
	}
	for _, s := range []struct {
		name string
		sp   *split
	}{{"all pairs", &all}, {"held-out years", &held}} {
		lo, hi := gainInterval(s.sp.gold, s.sp.model, s.sp.before, s.sp.article)
		t.Logf("basil-dev stance, %s: gain over the stance before this model %+.2f, 95%% interval %+.2f to %+.2f (articles resampled)", s.name, MacroF1(s.sp.gold, s.sp.model)-MacroF1(s.sp.gold, s.sp.before), lo, hi)
	}
	cm := confusion(all.gold, all.model)
	t.Logf("basil-dev stance: confusion (rows gold neg, neu, pos; columns framediff) %v; before this model %v", cm, confusion(all.gold, all.before))
	for c := range nClasses {
		said, right, is := 0, cm[c][c], 0
		for k := range nClasses {
			said += cm[k][c]
			is += cm[c][k]
		}
		t.Logf("basil-dev stance %s: said %d times, right %d (precision %.2f), of %d (recall %.2f)", c, said, right, float64(right)/float64(max(said, 1)), is, float64(right)/float64(max(is, 1)))
	}
	said, right := 0, 0
	for _, c := range []Class{Neg, Pos} {
		right += cm[c][c]
		for k := range nClasses {
			said += cm[k][c]
		}
	}
	precision := float64(right) / float64(max(said, 1))
	t.Logf("basil-dev stance: negative or positive said %d times, right %d (precision %.2f)", said, right, precision)
	if math.Abs(precision-StancePrecision) > 0.005 {
		t.Errorf("stance precision %.4f, StancePrecision says %.2f, which reports quote to their readers: update it", precision, StancePrecision)
	}
	if retrained.Training.CVMacroF1 != m.Training.CVMacroF1 {
		t.Errorf("retrained cross-validated macro-F1 %.4f, stance.json says %.4f: run go run ./scripts/trainstance", retrained.Training.CVMacroF1, m.Training.CVMacroF1)
	}
	// Floors under the figures measured when the model was last trained
	// (annotator version 48: 0.38, 0.35 and 0.42), and above the stance
	// before it on all pairs. They were 0.40 and 0.50 on all pairs and
	// cross-validated until version 48, whose mended names (a bare
	// surname for "Steve" and "Stephen" Bannon together) and tone ("party"
	// no praise) moved those two from 0.43 and 0.55 while the held-out
	// figure went from 0.34 to 0.35: the cuts fitted to 184 training
	// pairs, 5 of them positive, moved. The floors leave room for a few pairs: version 12
	// measured 0.44 and 0.37, and one held-out article set alone (Jesse
	// Jackson Jr.'s, whose annotated name matches his father's entity)
	// moved the held-out figure by 0.04 when sentences were mended after
	// "Rev." (README.md of this package, "How fragile these figures are").
	if f1 < 0.36 || heldF1 < 0.31 || cv < 0.38 || f1 <= MacroF1(all.gold, all.before) {
		t.Errorf("macro-F1 %.4f (held out %.4f, cross-validated %.4f): want >= 0.36, 0.31, 0.38 and above the stance before this model (%.4f)", f1, heldF1, cv, MacroF1(all.gold, all.before))
	}
}

// gainInterval is the 2.5th and 97.5th percentiles of the macro-F1 of
// model less that of before over 1,000 resamples of the articles (with
// replacement, all pairs of a drawn article together), from a fixed seed.
func gainInterval(gold, model, before []Class, article []int) (lo, hi float64) {
	byArticle := map[int][]int{}
	var ids []int
	for i, a := range article {
		if _, ok := byArticle[a]; !ok {
			ids = append(ids, a)
		}
		byArticle[a] = append(byArticle[a], i)
	}
	rng := rand.New(rand.NewPCG(13, 3))
	gains := make([]float64, 1000)
	for r := range gains {
		var g, m, b []Class
		for range ids {
			for _, i := range byArticle[ids[rng.IntN(len(ids))]] {
				g, m, b = append(g, gold[i]), append(m, model[i]), append(b, before[i])
			}
		}
		gains[r] = MacroF1(g, m) - MacroF1(g, b)
	}
	slices.Sort(gains)
	return gains[25], gains[974]
}

func isTraining(year int) bool {
	for _, y := range trainingYears {
		if y == year {
			return true
		}
	}
	return false
}

// sentenceTone is framediff's entity tone before the per-mention model:
// the mean VADER tone (names masked) of the sentences that name the
// entities the annotated name stands for, read by VADER's ±0.05.
func sentenceTone(d *nlp.Doc, annotated string) Class {
	match := map[string]bool{}
	for _, name := range matchEntities(d, annotated) {
		match[name] = true
	}
	tone, sents, last := 0.0, 0, -1
	for _, e := range d.Entities {
		if match[e.Name] && e.Sent != last {
			last = e.Sent
			tone += d.Sentences[e.Sent].Tone
			sents++
		}
	}
	if sents == 0 {
		return Neu
	}
	return vaderClass(tone / float64(sents))
}

func confusion(gold, pred []Class) [nClasses][nClasses]int {
	var m [nClasses][nClasses]int
	for i := range gold {
		m[gold[i]][pred[i]]++
	}
	return m
}
