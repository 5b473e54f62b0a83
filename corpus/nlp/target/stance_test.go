package target

import (
	"strings"
	"testing"
)

// TestBasilStanceFeatures measures each hypothesis of stance.go's feature
// list the way the shipped model was chosen: the training years'
// leave-one-year-out macro-F1 (the criterion), beside the held-out years'
// and all pairs' figures (out-of-fold for the training years), for the
// multinomial and the ordinal model. It logs; README.md keeps the table.
func TestBasilStanceFeatures(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 150 articles")
	}
	_, _, pairs := readBasilPairs(t)
	for fi, name := range StanceFeatureNames() {
		var sum, n [nClasses]float64
		for _, p := range pairs {
			if p.Found && isTraining(p.Year) {
				sum[p.Label] += p.X[fi]
				n[p.Label]++
			}
		}
		t.Logf("training pairs' mean %-14s neg %.3f neu %.3f pos %.3f", name, sum[Neg]/n[Neg], sum[Neu]/n[Neu], sum[Pos]/n[Pos])
	}
	sets := [][]string{
		{"mean"},
		{"mean", "own_mean"},
		{"mean", "own_mean", "quoted_mean"},
		{"mean", "share_neg", "share_pos"},
		{"mean", "own_share_neg", "own_share_pos"},
		{"mean", "own_tone"},
		{"mean", "loaded"},
		{"mean", "loaded_neg", "loaded_pos"},
		{"mean", "headline", "headline_tone"},
		{"mean", "mentions", "main"},
		{"mean", "speaks"},
		{"mean", "neg_mentions", "pos_mentions"},
		{"p_neg", "p_pos"},
		{"own_mean"},
		{"own_tone"},
		{"mean", "headline_news"},
		{"mean", "headline", "headline_news"},
		{"mean", "headline_tone", "headline_news"},
		{"min"},
		{"mean", "min"},
		{"mean", "min", "max"},
		{"sentence_mean"},
		{"mean", "own_acted"},
		{"mean", "own_acted_news"},
		{"mean", "own_acted", "own_acted_news"},
		StanceFeatureNames(),
	}
	for _, ordinal := range []bool{true, false} {
		for _, fs := range sets {
			opts := DefaultStanceTrainOptions()
			opts.Features, opts.Ordinal = fs, ordinal
			m, oof, err := TrainStanceBASIL(pairs, trainingYears, opts)
			if err != nil {
				t.Fatal(err)
			}
			var gold, pred, heldGold, heldPred []Class
			k := 0
			for _, p := range pairs {
				c := Neu
				switch {
				case isTraining(p.Year):
					c = oof[k]
					k++
				case p.Found:
					c = m.Classify(p.X)
				}
				gold, pred = append(gold, p.Label), append(pred, c)
				if !isTraining(p.Year) {
					heldGold, heldPred = append(heldGold, p.Label), append(heldPred, c)
				}
			}
			form := "multinomial"
			if ordinal {
				form = "ordinal"
			}
			t.Logf("stance %-11s %-40s cross-validated %.2f (λ %g, balance %g), held out %.2f, all pairs %.2f", form, strings.Join(fs, ","), m.Training.CVMacroF1, m.Lambda, m.Balance, MacroF1(heldGold, heldPred), MacroF1(gold, pred))
		}
	}
}

// TestStanceOfTones: reading a mean mention score alone gives the label
// the embedded model gives the same mean as a full vector, and a
// strongly negative mean reads as negative, a strongly positive one as
// positive (the model is ordered).
func TestStanceOfTones(t *testing.T) {
	m := DefaultStance()
	for _, tt := range []struct {
		scores []float64
		want   Class
	}{
		{[]float64{-0.9, -0.8, -0.95}, Neg},
		{[]float64{0.1, -0.1, 0}, Neu},
		{[]float64{0.95, 0.9}, Pos},
	} {
		var tones []Tone
		for _, s := range tt.scores {
			tones = append(tones, Tone{Score: s, Label: Neu})
		}
		if got := m.OfTones(tones); got != tt.want {
			t.Errorf("OfTones(%v) = %s, want %s", tt.scores, got, tt.want)
		}
	}
	if got := m.OfTones(nil); got != Neu {
		t.Errorf("OfTones(nil) = %s, want neu", got)
	}
}
