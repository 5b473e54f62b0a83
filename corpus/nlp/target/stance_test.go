package target

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
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

// TestStanceVoice: the features keep the outlet's own voice, others'
// quotations about the entity and the entity's own quotations apart, and
// read the headline, on a fictional report of 12 February 2022.
func TestStanceVoice(t *testing.T) {
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{
		ID: "t", Outlet: "Harbour Ledger", Language: "en",
		Title: "Lavrov Accuses West of Propaganda Campaign",
		Text: "Foreign Minister Sergei Lavrov said on Saturday that the United States was waging \"a propaganda campaign against Russia.\"\n\n" +
			"\"Lavrov is lying about the troops,\" Secretary of State Antony Blinken told reporters in Honolulu.\n\n" +
			"Blinken urged Moscow to de-escalate.",
	})
	if err != nil {
		t.Fatal(err)
	}
	m := Default()
	tones := m.Mentions(d)
	sd := newStanceDoc(d, tones, m.References(d), m, nil)
	feature := func(x []float64, name string) float64 { return x[slices.Index(stanceFeatureNames, name)] }
	var own, quoted []float64 // Lavrov's mentions outside and inside Blinken's quotation
	for i, e := range d.Entities {
		if e.Name != "Sergey Lavrov" {
			continue
		}
		if strings.HasPrefix(d.Text[e.Start-1:], "\"") {
			quoted = append(quoted, tones[i].Score)
		} else {
			own = append(own, tones[i].Score)
		}
	}
	if len(own) != 1 || len(quoted) != 1 {
		t.Fatalf("Lavrov's mentions: %d own, %d quoted; want 1 and 1 (entities %+v)", len(own), len(quoted), d.Entities)
	}
	lavrov := sd.features(map[string]bool{"Sergey Lavrov": true})
	blinken := sd.features(map[string]bool{"Antony Blinken": true})
	for _, tt := range []struct {
		name      string
		x         []float64
		feature   string
		want, tol float64
	}{
		{"Lavrov, own voice", lavrov, "own_mean", own[0], 1e-12},
		{"Lavrov, in Blinken's quotation", lavrov, "quoted_mean", quoted[0], 1e-12},
		{"Lavrov, all", lavrov, "mean", (own[0] + quoted[0]) / 2, 1e-12},
		{"Lavrov speaks once", lavrov, "speaks", math.Log(2), 1e-12},
		{"Lavrov in the headline", lavrov, "headline", 1, 0},
		{"Lavrov, two mentions", lavrov, "mentions", math.Log(3), 1e-12},
		{"Blinken speaks once", blinken, "speaks", math.Log(2), 1e-12},
		{"Blinken is quoted by nobody", blinken, "quoted_mean", 0, 0},
		{"Blinken is not in the headline", blinken, "headline", 0, 0},
		{"Blinken's headline tone", blinken, "headline_tone", 0, 0},
	} {
		if got := feature(tt.x, tt.feature); math.Abs(got-tt.want) > tt.tol {
			t.Errorf("%s: %s = %v, want %v", tt.name, tt.feature, got, tt.want)
		}
	}
	// The headline's tone is read with the entity's name masked.
	if got, want := feature(lavrov, "headline_tone"), nlp.Sentiment("       Accuses West of Propaganda Campaign", nil).Compound; math.Abs(got-want) > 1e-12 {
		t.Errorf("headline_tone %v, want VADER's %v with the name masked", got, want)
	}
}

// FuzzReadStanceModel: any input either fails or gives a model whose
// probabilities, for any vector, are three numbers in [0, 1] summing to 1.
func FuzzReadStanceModel(f *testing.F) {
	f.Add(stanceJSON, 0.3)
	f.Add([]byte(`{"features":["mean"],"mean":[0],"scale":[1],"cuts":[-1,1],"slopes":[1]}`), -0.5)
	f.Add([]byte(`{"features":["nope"]}`), 0.0)
	f.Fuzz(func(t *testing.T, data []byte, v float64) {
		m, err := ReadStanceModel(data)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		full := make([]float64, len(stanceFeatureNames))
		for i := range full {
			full[i] = v
		}
		p := m.Probs(full)
		sum := p[0] + p[1] + p[2]
		for _, q := range p {
			if q < 0 || q > 1 {
				t.Fatalf("P %v", p)
			}
		}
		if !math.IsNaN(sum) && math.Abs(sum-1) > 1e-9 {
			t.Fatalf("P %v sums to %v", p, sum)
		}
	})
}

// FuzzHeadline: any title (titles come from untrusted pages) gives a
// headline tone in [-1, 1], masked spans inside the title and on word
// edges, and a finite news-lexicon tone.
func FuzzHeadline(f *testing.F) {
	f.Add("Lavrov Accuses West of Propaganda Campaign")
	f.Add("Blinken: “Lavrov’s claims are not true”")
	f.Add("LavrovLavrov Lavrov\xff")
	d := &nlp.Doc{
		Article:  corpus.Article{Text: "Sergei Lavrov spoke."},
		Entities: []nlp.Mention{{Start: 0, End: 13, Name: "Sergey Lavrov", Type: "PERSON"}},
	}
	lex := Default().Lexicon
	f.Fuzz(func(t *testing.T, title string) {
		d.Title = title
		tone, mask, ok := headline(d, map[string]bool{"Sergey Lavrov": true})
		if !ok {
			return
		}
		if tone < -1 || tone > 1 {
			t.Fatalf("tone %v", tone)
		}
		for _, s := range mask {
			if s.Start < 0 || s.End > len(title) || s.Start >= s.End || !wordEdge(title, s.Start, s.End) {
				t.Fatalf("mask %+v in %q", s, title)
			}
		}
		if v := headlineNews(title, mask, lex); math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("news tone %v", v)
		}
	})
}

// BenchmarkStances: the stances of an annotated article whose mentions
// and references are already scored, as inspect reads them.
func BenchmarkStances(b *testing.B) {
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{
		ID: "b", Outlet: "Harbour Ledger", Language: "en", Title: "Blinken Urges Moscow to De-escalate",
		Text: strings.Repeat("Secretary of State Antony Blinken said on Saturday in Honolulu that Russia should pull back its troops. "+
			"\"We are ready for diplomacy,\" he told reporters. Foreign Minister Sergei Lavrov said the United States was waging a propaganda campaign.\n\n", 10),
	})
	if err != nil {
		b.Fatal(err)
	}
	m := Default()
	tones, refs := m.Mentions(d), m.References(d)
	b.ResetTimer()
	for b.Loop() {
		m.Stances(d, tones, refs)
	}
}
