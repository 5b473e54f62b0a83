package target

// Training the article stance on BASIL's annotations (Fan et al. 2019):
// each article's author_feeling_<entity>, the annotators' reading of the
// author's attitude toward each main entity, on the training years only.
//
//	pairs ─matchEntities─▶ the article's entities the annotators' name
//	  stands for; a pair whose entity the article's mentions do not hold
//	  is left out of training (the tool says neutral of it)
//	for each λ in Lambdas:
//	    for each year k: standardise and fit on the other years (classes
//	    weighted inversely to their frequency), predict year k
//	    macro-F1 of the pooled out-of-fold predictions
//	λ* = the best (ties to the larger penalty); final weights = fit on
//	every training year with λ*
//
// Deterministic: pairs in the order of their articles and the annotators'
// keys give the same weights, bit for bit.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded/basil"
	"golang.org/x/text/unicode/norm"
)

// StancePair is one annotated article-entity pair with its full feature
// vector (StanceFeatureNames).
type StancePair struct {
	Article int    // index into the articles
	Entity  string // the annotators' name
	Year    int    // the cross-validation fold
	Label   Class
	// Found reports whether the article's entities hold the annotated
	// one; X is all zeros when not.
	Found bool
	X     []float64
}

// StancePairs reads every author_feeling_* of the articles (docs[i] is
// arts[i] annotated) with the features of the entity it names, scored by
// m (the per-mention model).
func StancePairs(arts []basil.Article, docs []*nlp.Doc, m *Model) ([]StancePair, error) {
	if len(arts) != len(docs) {
		return nil, fmt.Errorf("%d articles, %d documents", len(arts), len(docs))
	}
	var out []StancePair
	for i, a := range arts {
		d := docs[i]
		sd := newStanceDoc(d, m.Mentions(d), m.References(d), m, nil)
		for _, f := range a.Feelings {
			p := StancePair{Article: i, Entity: f.Entity, Year: a.Year, Label: feelingClass(f.Feeling)}
			names := matchEntities(d, f.Entity)
			p.Found = len(names) > 0
			set := map[string]bool{}
			for _, n := range names {
				set[n] = true
			}
			p.X = sd.features(set)
			out = append(out, p)
		}
	}
	return out, nil
}

func feelingClass(f string) Class {
	switch f {
	case "neg", "str-neg":
		return Neg
	case "pos", "str-pos":
		return Pos
	}
	return Neu
}

// StanceTrainOptions are the choices TrainStance makes.
type StanceTrainOptions struct {
	// Features are the feature names used, from StanceFeatureNames.
	Features []string
	// Lambdas are the L2 penalties tried.
	Lambdas []float64
	// Balances are the class-weight exponents tried: a pair of class c
	// weighs (n / (3 · n_c))^b, 0 for plain likelihood, 1 for classes of
	// equal total weight.
	Balances []float64
	// Ordinal fits the proportional-odds model (ordinal.go) rather than
	// the multinomial one.
	Ordinal bool
}

// DefaultStanceTrainOptions returns the options the embedded model was
// trained with.
func DefaultStanceTrainOptions() StanceTrainOptions {
	return StanceTrainOptions{
		Features: []string{"mean"},
		Lambdas:  []float64{0.001, 0.01, 0.03, 0.1, 0.3, 1},
		Balances: []float64{0, 0.25, 0.5, 0.75, 1},
		Ordinal:  true,
	}
}

// TrainStance fits the stance model to the found pairs (see the algorithm
// atop this file) and returns it with the out-of-fold prediction of each
// pair (Neu for a pair not found), in the order of pairs.
func TrainStance(pairs []StancePair, opts StanceTrainOptions) (*StanceModel, []Class, error) {
	if len(opts.Lambdas) == 0 || len(opts.Features) == 0 {
		return nil, nil, fmt.Errorf("training needs features and penalties")
	}
	m := &StanceModel{Version: StanceVersion, Features: opts.Features}
	for c := range nClasses {
		m.Classes = append(m.Classes, c.String())
	}
	years := map[int]bool{}
	var found []StancePair
	for _, p := range pairs {
		if p.Found {
			found = append(found, p)
			years[p.Year] = true
			m.Training.Count[p.Label]++
		}
	}
	folds := slices.Sorted(maps.Keys(years))
	if len(folds) < 2 {
		return nil, nil, fmt.Errorf("training needs at least two years, have %v", folds)
	}
	bestF1, bestLambda, bestBalance := -1.0, 0.0, 0.0
	var bestOOF []Class
	for _, balance := range opts.Balances {
		for _, lambda := range opts.Lambdas {
			oof := make([]Class, len(pairs))
			for i := range oof {
				oof[i] = Neu
			}
			for _, k := range folds {
				var train []StancePair
				for _, p := range found {
					if p.Year != k {
						train = append(train, p)
					}
				}
				fm, err := fitStance(train, opts, lambda, balance)
				if err != nil {
					return nil, nil, err
				}
				for i, p := range pairs {
					if p.Found && p.Year == k {
						oof[i] = fm.Classify(p.X)
					}
				}
			}
			gold := make([]Class, len(pairs))
			for i, p := range pairs {
				gold[i] = p.Label
			}
			if f := MacroF1(gold, oof); f > bestF1+1e-12 {
				bestF1, bestLambda, bestBalance, bestOOF = f, lambda, balance, oof
			}
		}
	}
	fm, err := fitStance(found, opts, bestLambda, bestBalance)
	if err != nil {
		return nil, nil, err
	}
	m.Mean, m.Scale, m.Weights, m.Cuts, m.Slopes, m.Lambda, m.Balance = fm.Mean, fm.Scale, fm.Weights, fm.Cuts, fm.Slopes, bestLambda, bestBalance
	if err := m.prepare(); err != nil {
		return nil, nil, err
	}
	m.Training.Pairs = len(pairs)
	m.Training.Folds = folds
	m.Training.CVMacroF1 = round(bestF1, 4)
	return m, bestOOF, nil
}

// fitStance standardises the chosen features over train and fits the
// weights, each class weighted by n / (classes · its count).
func fitStance(train []StancePair, opts StanceTrainOptions, lambda, balance float64) (*StanceModel, error) {
	features := opts.Features
	m := &StanceModel{Features: features, Weights: make([][]float64, nClasses)}
	for c := range m.Weights {
		m.Weights[c] = make([]float64, len(features)+1)
	}
	m.Mean = make([]float64, len(features))
	m.Scale = make([]float64, len(features))
	if err := m.setIndex(); err != nil {
		return nil, err
	}
	var count [nClasses]int
	for _, p := range train {
		count[p.Label]++
	}
	n := float64(len(train))
	for j, i := range m.index {
		sum, sq := 0.0, 0.0
		for _, p := range train {
			sum += p.X[i]
		}
		mean := sum / n
		for _, p := range train {
			sq += (p.X[i] - mean) * (p.X[i] - mean)
		}
		sd := math.Sqrt(sq / n)
		if sd == 0 {
			sd = 1
		}
		m.Mean[j], m.Scale[j] = round(mean, 6), round(sd, 6)
	}
	rows := make([]Row, len(train))
	for i, p := range train {
		rows[i] = Row{X: m.input(p.X), Label: p.Label, Weight: math.Pow(n/float64(int(nClasses)*count[p.Label]), balance)}
	}
	if opts.Ordinal {
		cuts, w, err := FitOrdinal(rows, lambda)
		if err != nil {
			return nil, err
		}
		m.Weights, m.Cuts, m.Slopes = nil, &cuts, w
		return m, nil
	}
	w, err := Fit(rows, lambda)
	if err != nil {
		return nil, err
	}
	m.Weights = w
	return m, nil
}

// TrainStanceBASIL trains on the pairs of BASIL's articles of the years
// given and describes the data, source and terms in the model.
func TrainStanceBASIL(pairs []StancePair, years []int, opts StanceTrainOptions) (*StanceModel, []Class, error) {
	var train []StancePair
	for _, p := range pairs {
		if slices.Contains(years, p.Year) {
			train = append(train, p)
		}
	}
	m, oof, err := TrainStance(train, opts)
	if err != nil {
		return nil, nil, err
	}
	base := Default()
	gold := make([]Class, len(train))
	old := make([]Class, len(train))
	arts := map[int]bool{}
	for i, p := range train {
		gold[i], old[i] = p.Label, Neu
		if p.Found {
			old[i] = base.StanceOf(p.X[0])
		}
		arts[p.Article] = true
	}
	m.Training.BaselineMacroF1 = round(MacroF1(gold, old), 4)
	m.Source = "BASIL (Fan et al., In Plain Sight: Media Bias Through the Lens of Factual Reporting, EMNLP 2019; launchnlp/BASIL): article-level author_feeling_* annotations"
	m.Terms = "BASIL is a research release without a licence: this model is for research and evaluation use; see README.md beside it"
	m.Recipe = "go run ./scripts/trainstance"
	m.Training.Data = fmt.Sprintf("BASIL articles of %d-%d (%d articles, %d article-entity pairs; each year one cross-validation fold)", years[0], years[len(years)-1], len(arts), len(train))
	return m, oof, nil
}

// Encode renders the model file: indented JSON, fields in a fixed order,
// and a final newline.
func (m *StanceModel) Encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// nameWords folds a name into its lower-case words without accents:
// "Kevil_McCarthy" -> kevil, mccarthy; "Calderón" -> calderon.
func nameWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// matchEntities returns the names of d's entities that the annotators'
// name stands for, trying in turn:
//
//  1. the whole name, through the alias table ("Internal_Revenue_Service"
//     is IRS) or as the initials of its words with a capital
//     ("National_Security_Agency_programs" is NSA), letters compared
//     without case, accents or hyphens ("Walmart" is Wal-Mart);
//  2. for a name of several words, its last word against an entity's last
//     word, by stem: a surname ("Kevil_McCarthy" is Kevin McCarthy);
//  3. each word of the name written with a capital (or its alias: "GOP"
//     is the Republican Party), by stem, against an entity's first or last
//     word ("Obama_administration" is Barack Obama, "Senate_Republicans"
//     the Senate and the Republican Party, "Democrats" Democratic).
//
// A name the article's entities do not hold matches none: the tool has no
// tone toward what it does not find ("police", "plaintiffs").
func matchEntities(d *nlp.Doc, annotated string) []string {
	aliases := nlp.DefaultAliases()
	st := nlp.Stemmer{}
	spaced := strings.ReplaceAll(annotated, "_", " ")
	want := nameWords(spaced)
	if len(want) == 0 {
		return nil
	}
	stems := func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			out[i] = st.Stem(w)
		}
		return out
	}
	type entity struct {
		name  string
		flat  string   // letters and digits only
		stems []string // of its words
	}
	var ents []entity
	seen := map[string]bool{}
	for _, m := range d.Entities {
		if !seen[m.Name] {
			seen[m.Name] = true
			w := nameWords(m.Name)
			ents = append(ents, entity{m.Name, strings.Join(w, ""), stems(w)})
		}
	}
	pick := func(ok func(e entity) bool) []string {
		var out []string
		for _, e := range ents {
			if len(e.stems) > 0 && ok(e) {
				out = append(out, e.name)
			}
		}
		return out
	}
	canon, _ := aliases.Canonical(spaced)
	initials := ""
	for _, part := range strings.Fields(spaced) {
		if r := []rune(part); unicode.IsUpper(r[0]) {
			initials += string(unicode.ToLower(r[0]))
		}
	}
	whole := map[string]bool{strings.Join(want, ""): true, strings.Join(nameWords(canon), ""): true}
	if len(initials) >= 2 {
		whole[initials] = true
	}
	if out := pick(func(e entity) bool { return whole[e.flat] }); len(out) > 0 {
		return out
	}
	if len(want) > 1 {
		last := st.Stem(want[len(want)-1])
		if out := pick(func(e entity) bool { return e.stems[len(e.stems)-1] == last }); len(out) > 0 {
			return out
		}
	}
	capital := map[string]bool{}
	for _, part := range strings.Fields(spaced) {
		if r := []rune(part); !unicode.IsUpper(r[0]) {
			continue
		}
		c, _ := aliases.Canonical(part)
		for _, w := range append(nameWords(part), nameWords(c)...) {
			capital[st.Stem(w)] = true
		}
	}
	return pick(func(e entity) bool { return capital[e.stems[0]] || capital[e.stems[len(e.stems)-1]] })
}
