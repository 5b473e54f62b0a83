package compare

import (
	"math"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// maxN is the longest n-gram counted.
const maxN = 3

// ToneBins is the number of equal bins of Tone.Histogram over [-1, 1].
const ToneBins = 10

// gram is one occurrence of a term in a document.
type gram struct {
	key  string // stems joined by spaces
	form string // surface words joined by spaces
	n    int
	sent int
}

// grams lists the unigrams, bigrams and trigrams of a document. A unigram is
// any word that is not a stop word. A bigram joins two such words; a trigram
// starts and ends with one and may hold a stop word between ("secretary of
// state", "rather than escalate"). N-grams stay inside a run of words, so
// they never cross punctuation or a sentence end.
func grams(d *corpus.Doc, sw Stopwords, st stemmer) []gram {
	var out []gram
	rs, sents := runs(d, sw, st)
	for ri, r := range rs {
		for i := range r {
			if r[i].stop {
				continue
			}
			out = append(out, gram{key: r[i].key, form: r[i].form, n: 1, sent: sents[ri]})
			for n := 2; n <= maxN && i+n <= len(r); n++ {
				last := r[i+n-1]
				if last.stop {
					continue
				}
				keys := make([]string, n)
				forms := make([]string, n)
				for k := 0; k < n; k++ {
					keys[k], forms[k] = r[i+k].key, r[i+k].form
				}
				out = append(out, gram{key: strings.Join(keys, " "), form: strings.Join(forms, " "), n: n, sent: sents[ri]})
			}
		}
	}
	return out
}

// background holds corpus-wide term counts for the prior and document
// frequencies for TF-IDF.
type background struct {
	count map[string]int
	total [maxN + 1]int
	df    map[string]int // unigram document frequency
	docs  int
	minPi [maxN + 1]float64
}

// pi returns the background share of a term among terms of its length,
// never zero.
func (b *background) pi(key string, n int) float64 {
	if c := b.count[key]; c > 0 && b.total[n] > 0 {
		return float64(c) / float64(b.total[n])
	}
	return b.minPi[n]
}

func (b *background) idf(key string) float64 {
	return math.Log(float64(b.docs+1)/float64(b.df[key]+1)) + 1
}

// outletCounts is one outlet's terms in one event.
type outletCounts struct {
	outlet string
	count  map[string]int
	total  [maxN + 1]int
	words  int
	// where lists, per term, the first sentences that use it.
	where map[string][]sentRef
}

type sentRef struct {
	doc  *corpus.Doc
	sent int
}

// frame computes the terms, tone and similarity of one event.
func (c *comparer) frame(ev *Event, docs []*corpus.Doc) {
	byOutlet := map[string]*outletCounts{}
	forms := map[string]map[string]int{}
	ngram := map[string]int{}
	eventCount := map[string]int{}
	for _, d := range docs {
		oc := byOutlet[d.Outlet]
		if oc == nil {
			oc = &outletCounts{outlet: d.Outlet, count: map[string]int{}, where: map[string][]sentRef{}}
			byOutlet[d.Outlet] = oc
		}
		oc.words += d.WordCount
		for _, g := range c.gramsOf(d) {
			oc.count[g.key]++
			oc.total[g.n]++
			eventCount[g.key]++
			ngram[g.key] = g.n
			if forms[g.key] == nil {
				forms[g.key] = map[string]int{}
			}
			forms[g.key][g.form]++
			refs := oc.where[g.key]
			if len(refs) < 3 && (len(refs) == 0 || refs[len(refs)-1] != (sentRef{d, g.sent})) {
				oc.where[g.key] = append(refs, sentRef{d, g.sent})
			}
		}
	}
	outlets := ev.Outlets
	for _, o := range outlets {
		ev.Terms = append(ev.Terms, c.distinctive(byOutlet, o, eventCount, ngram, forms)...)
	}
	ev.Sentiment = tones(outlets, docs)
	ev.Similarity = c.similarity(outlets, byOutlet)
}

// distinctive scores every term of outlet o against the other outlets of
// the event and returns the top ones, most distinctive first.
func (c *comparer) distinctive(by map[string]*outletCounts, o string, eventCount map[string]int, ngram map[string]int, forms map[string]map[string]int) []Term {
	me := by[o]
	var rest outletCounts
	rest.count = map[string]int{}
	for name, oc := range by {
		if name == o {
			continue
		}
		rest.words += oc.words
		for n := 1; n <= maxN; n++ {
			rest.total[n] += oc.total[n]
		}
	}
	type scored struct {
		key  string
		n    int
		y, r int
		z    float64
		pi   float64
	}
	var all []scored
	for key, y := range me.count {
		n := ngram[key]
		if n > 1 && eventCount[key] < 2 {
			continue // a phrase is kept only where the event repeats it
		}
		r := eventCount[key] - y
		ni, nj := float64(me.total[n]), float64(rest.total[n])
		alpha0 := c.opts.PriorWeight * (ni + nj)
		pi := c.bg.pi(key, n)
		_, z := logOdds(float64(y), ni, float64(r), nj, alpha0*pi, alpha0)
		all = append(all, scored{key, n, y, r, z, pi})
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if math.Abs(a.z-b.z) > 1e-9 {
			return a.z > b.z
		}
		if a.n != b.n {
			return a.n > b.n // the phrase before its words
		}
		if a.pi != b.pi {
			return a.pi < b.pi // the rarer term in the background
		}
		return a.key < b.key
	})
	var out []Term
	for _, s := range all {
		if len(out) == c.opts.Top || s.z <= 0 {
			break
		}
		t := Term{
			Outlet: o, Term: topForm(forms[s.key]), N: s.n,
			Count: s.y, OthersCount: s.r,
			Rate:       round(per1000(s.y, me.words), 3),
			OthersRate: round(per1000(s.r, rest.words), 3),
			Z:          round(s.z, 4),
			P:          round(twoSidedP(s.z), 6),
		}
		for _, ref := range me.where[s.key] {
			sn := ref.doc.Sentences[ref.sent]
			t.Examples = append(t.Examples, Example{Article: ref.doc.ID, Start: sn.Start, End: sn.End, Text: ref.doc.SentenceText(ref.sent)})
		}
		out = append(out, t)
	}
	return out
}

func per1000(count, words int) float64 {
	if words == 0 {
		return 0
	}
	return 1000 * float64(count) / float64(words)
}

// tones summarises sentence tone per outlet.
func tones(outlets []string, docs []*corpus.Doc) []Tone {
	out := make([]Tone, 0, len(outlets))
	for _, o := range outlets {
		var scores []float64
		for _, d := range docs {
			if d.Outlet != o {
				continue
			}
			for _, s := range d.Sentences {
				scores = append(scores, s.Tone)
			}
		}
		t := Tone{Outlet: o, Sentences: len(scores), Histogram: make([]int, ToneBins), Words: []ToneWord{}}
		if len(scores) == 0 {
			out = append(out, t)
			continue
		}
		var pos, neg int
		for _, s := range scores {
			switch {
			case s >= 0.05:
				pos++
			case s <= -0.05:
				neg++
			}
			bin := int((s + 1) / 2 * ToneBins)
			if bin >= ToneBins {
				bin = ToneBins - 1
			}
			if bin < 0 {
				bin = 0
			}
			t.Histogram[bin]++
		}
		n := float64(len(scores))
		t.Mean = round(floats.Sum(scores)/n, 4)
		t.Positive = round(float64(pos)/n, 4)
		t.Negative = round(float64(neg)/n, 4)
		t.Neutral = round(1-t.Positive-t.Negative, 4)
		out = append(out, t)
	}
	return out
}

// similarity is the outlet-by-outlet cosine similarity of unigram TF-IDF
// vectors over one vocabulary for the event. TF-IDF weights are never
// negative, so the cosine lies in [0, 1]; the diagonal is 1.
func (c *comparer) similarity(outlets []string, by map[string]*outletCounts) Similarity {
	var vocab []string
	seen := map[string]bool{}
	for _, o := range outlets {
		for k := range by[o].count {
			if !seen[k] && !strings.Contains(k, " ") {
				seen[k] = true
				vocab = append(vocab, k)
			}
		}
	}
	sort.Strings(vocab)
	vecs := make([]*mat.VecDense, len(outlets))
	for i, o := range outlets {
		data := make([]float64, len(vocab))
		for j, k := range vocab {
			if tf := by[o].count[k]; tf > 0 {
				data[j] = (1 + math.Log(float64(tf))) * c.bg.idf(k)
			}
		}
		if len(data) == 0 {
			data = []float64{0}
		}
		vecs[i] = mat.NewVecDense(len(data), data)
	}
	sim := Similarity{Outlets: outlets, Cosine: make([][]float64, len(outlets)), JSD: [][]float64{}, Tone: [][]float64{}}
	for i := range outlets {
		sim.Cosine[i] = make([]float64, len(outlets))
		for j := range outlets {
			if i == j {
				sim.Cosine[i][j] = 1
				continue
			}
			ni, nj := mat.Norm(vecs[i], 2), mat.Norm(vecs[j], 2)
			if ni == 0 || nj == 0 {
				continue
			}
			cos := mat.Dot(vecs[i], vecs[j]) / (ni * nj)
			sim.Cosine[i][j] = round(math.Min(1, math.Max(0, cos)), 4)
		}
	}
	return sim
}
