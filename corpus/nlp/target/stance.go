package target

// Article stance: the author's attitude toward an entity in one article,
// as BASIL's annotators judged it, learned from their annotations over
// features of the whole article (below), of which cross-validation kept
// only the mean of the mentions' tones.
//
// Features, per article and entity (its mentions by name and the pronouns
// resolved to it: its "targets"), each a number a reader can check:
//
//	mean            the mean of the targets' scores (P(pos) − P(neg) of
//	                the per-mention classifier): the stance before this
//	                model
//	own_mean        the same over the targets in the outlet's own voice
//	                (outside every direct quotation); 0 when none
//	quoted_mean     the same over the targets inside a quotation that
//	                another speaker says about the entity; 0 when none
//	share_neg,      the share of the targets labelled neg, and pos
//	share_pos
//	own_share_neg,  the same over own-voice targets
//	own_share_pos
//	own_tone        the mean VADER compound, quotes and names masked, of
//	                the sentences that hold a target
//	loaded          loaded words (corpus/nlp/loaded, at its threshold)
//	                in own voice per sentence that holds a target
//	loaded_neg,     the VADER values (as positive numbers) of those loaded
//	loaded_pos      words that are negative, and positive, per sentence
//	headline        1 when the headline names the entity
//	headline_tone   the headline's VADER compound, names masked, when it
//	                names the entity; else 0
//	mentions        ln(1 + targets)
//	main            1 when no entity of the article has more targets
//	speaks          ln(1 + the quotations the entity is the speaker of)
//	neg_mentions,   ln(1 + the targets labelled neg), and pos
//	pos_mentions
//	p_neg, p_pos    the mean of the targets' P(neg), and P(pos)
//	headline_news   the news lexicon's tone (news.go) of the headline's
//	                other words, when it names the entity; else 0
//	min, max        the lowest and the highest target score
//	sentence_mean   the mean over the sentences of the mean of each
//	                sentence's targets (a sentence counts once)
//	own_acted,      over own-voice targets, the mean of the per-mention
//	own_acted_news  features of what is done to the entity (features.go:
//	                the group "acted"), positive less negative, VADER's
//	                values and the news lexicon's
//
// Which of them the model uses is the model file's list (stance.json);
// the rest stay computable for the measurements of README.md, which lists
// each hypothesis with its figures.
//
// Model: an ordinal (proportional-odds, ordinal.go) or a multinomial
// logistic regression over the chosen features, each standardised by the
// training pairs' mean and standard deviation; the label is the most
// probable class. Training (stancetrain.go) weights the classes against
// their frequency and chooses the penalty and that weighting by
// leave-one-year-out cross-validation on BASIL's training years. The
// shipped model is ordinal over "mean" alone: nothing else did better
// under cross-validation.
//
// Limits: the annotators judged the author's attitude from the whole
// article, framing and selection included; these features see only the
// words around the entity, so an article that says nothing openly
// negative of an entity but chooses facts against it reads as neutral.

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// stanceFeatureNames are every feature the stance code computes, in the
// order of its vectors.
var stanceFeatureNames = []string{
	"mean", "own_mean", "quoted_mean",
	"share_neg", "share_pos", "own_share_neg", "own_share_pos",
	"own_tone", "loaded", "loaded_neg", "loaded_pos",
	"headline", "headline_tone", "mentions", "main", "speaks",
	"neg_mentions", "pos_mentions", "p_neg", "p_pos",
	"headline_news", "min", "max", "sentence_mean",
	"own_acted", "own_acted_news",
}

// StanceFeatureNames returns the names of every feature the stance code
// computes; a model uses some of them.
func StanceFeatureNames() []string { return slices.Clone(stanceFeatureNames) }

// StanceVersion names the embedded stance model.
const StanceVersion = "stance/1"

// StanceModel is the article stance classifier.
type StanceModel struct {
	Version string `json:"version"`
	// Source names the training data, Terms its licence, Recipe the
	// command that wrote the file.
	Source string `json:"source"`
	Terms  string `json:"terms"`
	Recipe string `json:"recipe"`
	// Training describes the data and the cross-validated figures.
	Training StanceTraining `json:"training"`
	// Features are the names of the features used, from
	// StanceFeatureNames; Mean and Scale standardise each.
	Features []string  `json:"features"`
	Mean     []float64 `json:"mean"`
	Scale    []float64 `json:"scale"`
	Classes  []string  `json:"classes"`
	// Weights[c] is class c's bias followed by one weight per feature.
	Weights [][]float64 `json:"weights,omitempty"`
	// Ordinal holds the cuts and weights of a proportional-odds model.
	Cuts   *[2]float64 `json:"cuts,omitempty"`
	Slopes []float64   `json:"slopes,omitempty"`
	Lambda float64     `json:"lambda"`
	// Balance is the class-weight exponent of the training loss.
	Balance float64 `json:"balance"`

	index []int // Features' positions in the full vector
}

// StanceTraining says what a stance model was trained on and how it did.
type StanceTraining struct {
	Data  string `json:"data"`
	Pairs int    `json:"pairs"`
	// Count is the training pairs by class (neg, neu, pos).
	Count [nClasses]int `json:"count"`
	Folds []int         `json:"folds"`
	// CVMacroF1 is the macro-F1 of the out-of-fold predictions, each fold
	// (year) predicted by the model trained on the others.
	CVMacroF1 float64 `json:"cv_macro_f1"`
	// BaselineMacroF1 is the mean mention score read by the per-mention
	// model's thresholds, on the same pairs.
	BaselineMacroF1 float64 `json:"baseline_macro_f1"`
}

//go:embed stance.json
var stanceJSON []byte

// DefaultStance returns the embedded stance model (stance.json). It
// panics if the embedded file is broken, which a test rules out.
var DefaultStance = sync.OnceValue(func() *StanceModel {
	m, err := ReadStanceModel(stanceJSON)
	if err != nil {
		panic("target: embedded stance.json: " + err.Error())
	}
	return m
})

// ReadStanceModel reads a stance model file; its features must be among
// those the code computes.
func ReadStanceModel(data []byte) (*StanceModel, error) {
	var m StanceModel
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if err := m.prepare(); err != nil {
		return nil, err
	}
	return &m, nil
}

func (m *StanceModel) prepare() error {
	if err := m.setIndex(); err != nil {
		return err
	}
	k := len(m.Features)
	if len(m.Mean) != k || len(m.Scale) != k {
		return fmt.Errorf("%d features, %d means, %d scales", k, len(m.Mean), len(m.Scale))
	}
	for j := range k {
		if !(m.Scale[j] > 0) || math.IsInf(m.Scale[j], 0) || math.IsNaN(m.Mean[j]) || math.IsInf(m.Mean[j], 0) {
			return fmt.Errorf("feature %q: mean %v, scale %v; want finite, scale above 0", m.Features[j], m.Mean[j], m.Scale[j])
		}
	}
	if m.Cuts != nil {
		if len(m.Slopes) != k {
			return fmt.Errorf("%d slopes, want %d", len(m.Slopes), k)
		}
		if !(m.Cuts[0] <= m.Cuts[1]) {
			return fmt.Errorf("cuts %v: want the first at most the second", *m.Cuts)
		}
		return nil
	}
	return checkWeights(m.Weights, k)
}

// setIndex finds the model's features in the full vector.
func (m *StanceModel) setIndex() error {
	m.index = m.index[:0]
	for _, f := range m.Features {
		i := slices.Index(stanceFeatureNames, f)
		if i < 0 {
			return fmt.Errorf("feature %q: the code computes %v", f, stanceFeatureNames)
		}
		m.index = append(m.index, i)
	}
	return nil
}

// input returns the standardised inputs of the model from a full vector.
func (m *StanceModel) input(full []float64) []float64 {
	x := make([]float64, len(m.index))
	for j, i := range m.index {
		x[j] = (full[i] - m.Mean[j]) / m.Scale[j]
	}
	return x
}

// Probs returns P(neg), P(neu), P(pos) for a full feature vector (in the
// order of StanceFeatureNames).
func (m *StanceModel) Probs(full []float64) [nClasses]float64 {
	x := m.input(full)
	if m.Cuts != nil {
		s := 0.0
		for f, v := range x {
			s += m.Slopes[f] * v
		}
		return ordinalProbs(s, *m.Cuts)
	}
	return linearProbs(m.Weights, x)
}

// uses reports whether the model reads a feature whose name starts with
// prefix: the costly ones (loaded words, per-mention features) are
// computed only then.
func (m *StanceModel) uses(prefix string) bool {
	for _, f := range m.Features {
		if strings.HasPrefix(f, prefix) {
			return true
		}
	}
	return false
}

// OfTones returns the stance toward an entity read from the tones of its
// targets alone (mentions and references, in one article or pooled over
// an outlet's articles): the features they give (mean, share_neg,
// share_pos, mentions) are computed, the others are set to their
// training mean, so they move no probability.
func (m *StanceModel) OfTones(tones []Tone) Class {
	full := make([]float64, len(stanceFeatureNames))
	for j, i := range m.index {
		full[i] = m.Mean[j]
	}
	if len(tones) == 0 {
		return Neu
	}
	var sum float64
	var lab [nClasses]int
	for _, t := range tones {
		sum += t.Score
		lab[t.Label]++
	}
	n := float64(len(tones))
	for _, i := range m.index {
		switch stanceFeatureNames[i] {
		case "mean":
			full[i] = sum / n
		case "share_neg":
			full[i] = float64(lab[Neg]) / n
		case "share_pos":
			full[i] = float64(lab[Pos]) / n
		case "mentions":
			full[i] = math.Log1p(n)
		}
	}
	return m.Classify(full)
}

// Classify returns the most probable class of a full feature vector.
func (m *StanceModel) Classify(full []float64) Class {
	return argmax(m.Probs(full))
}

func argmax(p [nClasses]float64) Class {
	best := Neu
	for c := range nClasses {
		if p[c] > p[best] {
			best = c
		}
	}
	return best
}

// stanceDoc is what the stance features read from one document, computed
// once for all its entities.
type stanceDoc struct {
	d      *nlp.Doc
	tones  []Tone
	refs   []Reference
	own    []nlp.Polarity // OwnVoiceTones
	loaded []loaded.Occurrence
	lex    Lexicon
	reader *Reader        // nil: own_acted and own_acted_news are not computed
	count  map[string]int // targets per entity name, for "main"
}

// newStanceDoc prepares d for the features of the model sm (all of them
// when sm is nil), with m the per-mention model.
func newStanceDoc(d *nlp.Doc, tones []Tone, refs []Reference, m *Model, sm *StanceModel) *stanceDoc {
	s := &stanceDoc{d: d, tones: tones, refs: refs, own: d.OwnVoiceTones(), lex: m.Lexicon, count: map[string]int{}}
	if sm == nil || sm.uses("loaded") {
		s.loaded = loaded.Default().Score(d)
	}
	if sm == nil || sm.uses("own_acted") {
		s.reader = m.NewReader(d)
	}
	for _, e := range d.Entities {
		s.count[e.Name]++
	}
	for _, r := range refs {
		if r.Resolved() {
			s.count[r.Entity]++
		}
	}
	return s
}

// quoteAt returns the quotation holding byte off, or -1.
func (s *stanceDoc) quoteAt(off int) int {
	for i, q := range s.d.Quotes {
		if q.Start <= off && off < q.End {
			return i
		}
	}
	return -1
}

// features computes the full feature vector of the entity known by the
// names given (one name, or several an annotator's name stands for).
func (s *stanceDoc) features(names map[string]bool) []float64 {
	x := make([]float64, len(stanceFeatureNames))
	type tgt struct {
		start, end, sent int
		t                Tone
	}
	var ts []tgt
	for i, e := range s.d.Entities {
		if names[e.Name] && !Setting(s.d, e) {
			ts = append(ts, tgt{e.Start, e.End, e.Sent, s.tones[i]})
		}
	}
	for _, r := range s.refs {
		if names[r.Entity] {
			ts = append(ts, tgt{r.Start, r.End, r.Sent, r.Tone})
		}
	}
	if len(ts) == 0 {
		return x
	}
	var sum, own, quoted, pNeg, pPos float64
	var nOwn, nQuoted int
	var lab, ownLab [nClasses]int
	var sents []int
	for _, t := range ts {
		sum += t.t.Score
		pNeg += t.t.P[Neg]
		pPos += t.t.P[Pos]
		lab[t.t.Label]++
		sents = append(sents, t.sent)
		q := s.quoteAt(t.start)
		switch {
		case q < 0:
			own += t.t.Score
			nOwn++
			ownLab[t.t.Label]++
			if s.reader != nil {
				// What is done to the entity, in the outlet's own voice.
				f := s.reader.Features(corpus.Span{Start: t.start, End: t.end})
				x[24] += f[2*int(gActed)] - f[2*int(gActed)+1]
				x[25] += f[fNews+2*int(gActed)] - f[fNews+2*int(gActed)+1]
			}
		case !names[s.d.Quotes[q].Speaker]:
			quoted += t.t.Score
			nQuoted++
		}
	}
	n := float64(len(ts))
	x[0] = sum / n
	// The extremes, and the mean over sentences: each sentence's targets
	// averaged first, so a sentence naming the entity thrice counts once.
	lo, hi := 1.0, -1.0
	bySent := map[int][2]float64{}
	for _, t := range ts {
		lo, hi = min(lo, t.t.Score), max(hi, t.t.Score)
		v := bySent[t.sent]
		bySent[t.sent] = [2]float64{v[0] + t.t.Score, v[1] + 1}
	}
	x[21], x[22] = lo, hi
	keys := slices.Sorted(maps.Keys(bySent))
	for _, k := range keys {
		x[23] += bySent[k][0] / bySent[k][1]
	}
	x[23] /= float64(len(keys))
	if nOwn > 0 {
		x[24] /= float64(nOwn)
		x[25] /= float64(nOwn)
		x[1] = own / float64(nOwn)
		x[5] = float64(ownLab[Neg]) / float64(nOwn)
		x[6] = float64(ownLab[Pos]) / float64(nOwn)
	}
	if nQuoted > 0 {
		x[2] = quoted / float64(nQuoted)
	}
	x[3] = float64(lab[Neg]) / n
	x[4] = float64(lab[Pos]) / n
	// Own voice in the entity's sentences: VADER's tone with quotes masked,
	// and the loaded words with the values VADER gives them there.
	slices.Sort(sents)
	sents = slices.Compact(sents)
	var tone, nLoaded, neg, pos float64
	for _, si := range sents {
		p := s.own[si]
		tone += p.Compound
		sent := s.d.Sentences[si]
		for _, o := range s.loaded {
			if !o.Loaded || o.Quoted || o.Start < sent.Start || o.End > sent.End {
				continue
			}
			nLoaded++
			for _, w := range p.Words {
				if w.Start < o.End && o.Start < w.End {
					if w.Value < 0 {
						neg -= w.Value
					} else {
						pos += w.Value
					}
				}
			}
		}
	}
	k := float64(len(sents))
	x[7], x[8], x[9], x[10] = tone/k, nLoaded/k, neg/k, pos/k
	if h, mask, ok := headline(s.d, names); ok {
		x[11], x[12] = 1, h
		x[20] = headlineNews(s.d.Title, mask, s.lex)
	}
	x[13] = math.Log1p(n)
	top := 0
	for _, c := range s.count {
		top = max(top, c)
	}
	mine := 0
	for name := range names {
		mine += s.count[name]
	}
	if mine >= top {
		x[14] = 1
	}
	speaks := 0
	for _, q := range s.d.Quotes {
		if names[q.Speaker] && !q.Continues {
			speaks++
		}
	}
	x[15] = math.Log1p(float64(speaks))
	x[16], x[17] = math.Log1p(float64(lab[Neg])), math.Log1p(float64(lab[Pos]))
	x[18], x[19] = pNeg/n, pPos/n
	return x
}

// headline reports whether the article's title names the entity (a word
// sequence of one of its mentions, or the last word of one of its names,
// standing as whole words) and, if so, VADER's compound of the title
// with those words masked.
func headline(d *nlp.Doc, names map[string]bool) (float64, []corpus.Span, bool) {
	title := d.Title
	if len(title) > maxTitle {
		title = title[:maxTitle]
	}
	if title == "" {
		return 0, nil, false
	}
	forms := map[string]bool{}
	for _, e := range d.Entities {
		if names[e.Name] {
			forms[d.Text[e.Start:e.End]] = true
			if f := strings.Fields(e.Name); len(f) > 0 {
				forms[f[len(f)-1]] = true
			}
		}
	}
	var mask []corpus.Span
	for f := range forms {
		if utf8.RuneCountInString(f) < 2 {
			continue
		}
		for off := 0; ; {
			i := strings.Index(title[off:], f)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(f)
			if wordEdge(title, start, end) {
				mask = append(mask, corpus.Span{Start: start, End: end})
			}
			off = end
		}
	}
	if len(mask) == 0 {
		return 0, nil, false
	}
	slices.SortFunc(mask, func(a, b corpus.Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	return nlp.Sentiment(title, mask).Compound, mask, true
}

// headlineNews sums the news lexicon's tones (news.go) of the title's
// words outside mask, each read in lower case (headlines capitalise every
// word), a word in the three after a negation turned by newsNegation.
func headlineNews(title string, mask []corpus.Span, lex Lexicon) float64 {
	if len(title) > maxTitle {
		title = title[:maxTitle]
	}
	sw, st := stopwords(), nlp.Stemmer{}
	sum, lastNeg, i := 0.0, -10, 0
	for off := 0; off < len(title); {
		r, size := utf8.DecodeRuneInString(title[off:])
		if !unicode.IsLetter(r) {
			off += size
			continue
		}
		end := off
		for end < len(title) {
			r, size := utf8.DecodeRuneInString(title[end:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' {
				break
			}
			end += size
		}
		word := strings.ToLower(title[off:end])
		switch {
		case negators[word]:
			lastNeg = i
		case !masked(mask, off, end):
			if t := nlp.NormTerm(word, "NN", sw, st); !t.Stop && t.Key != "" {
				v := lex[t.Key].Tone
				if i-lastNeg <= 3 {
					v *= newsNegation
				}
				sum += v
			}
		}
		i++
		off = end
	}
	return sum
}

// maxTitle bounds the title read, as titles come from untrusted pages.
const maxTitle = 1000

// wordEdge reports whether title[start:end] stands as whole words.
func wordEdge(title string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(title[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(title) {
		r, _ := utf8.DecodeRuneInString(title[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
