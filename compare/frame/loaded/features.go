package loaded

// Features: what the model knows about a word occurrence. Each is a number
// a reader can check by hand: a lexicon rating, membership of a cue list,
// a part-of-speech tag, a count in the news background, whether the word
// is inside quotation marks. The model is a weighted sum of them (see
// model.go), so "why is this word loaded" is answered by the few features
// that add most to its sum (Explain).

import (
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/jonreiter/govader"
)

// The features, in the order of a feature vector and of the weights file.
const (
	fValencePos   = iota // VADER rating / 4 when positive
	fValenceNeg          // -VADER rating / 4 when negative
	fIntensifier         // degree adverbs: "utterly", "wildly"
	fBooster             // certainty: "clearly", "obviously"
	fHedge               // distance: "reportedly", "so-called"
	fFactive             // "admit", "reveal"
	fAssertive           // "claim", "insist"
	fImplicative         // "fail", "manage"
	fReportVerb          // "slam", "boast", "complain"
	fSuperlative         // JJS, RBS
	fComparative         // JJR, RBR
	fAdjective           // JJ*
	fAdverb              // RB*
	fVerb                // VB*
	fNoun                // NN, NNS
	fProper              // NNP, NNPS, or capitalised inside a sentence
	fStop                // a stop word
	fRarity              // Background.Rarity
	fRareModifier        // rarity of an adjective or adverb
	fUnseen              // in fewer than MinDocs background documents
	fSlant               // Background.Slant
	fQuoted              // inside a direct quotation
	fScareQuote          // inside a quotation of at most scareWords words
	fSentenceTone        // |VADER compound| of the sentence
	fOwnValence          // |VADER rating| / 4 outside quotations
	fOwnRarity           // rarity outside quotations
	fNextToRated         // the largest |VADER rating| / 4 of the words either side
	numFeatures
)

// scareWords is the longest quotation whose words count as scare quotes:
// a phrase set in quotation marks ("so-called “reforms”") rather than a
// statement quoted.
const scareWords = 4

// Feature describes one feature.
type Feature struct {
	Name        string // as in the weights file
	Description string // what it measures, for a reader
}

var featureTable = [numFeatures]Feature{
	fValencePos:   {"valence_pos", "positive in the VADER lexicon (rating/4)"},
	fValenceNeg:   {"valence_neg", "negative in the VADER lexicon (-rating/4)"},
	fIntensifier:  {"intensifier", "an intensifier (Quirk et al. 1985)"},
	fBooster:      {"booster", "asserts certainty (Hyland 2005)"},
	fHedge:        {"hedge", "a hedge or distancing word (Hyland 2005)"},
	fFactive:      {"factive", "a factive verb (Kiparsky & Kiparsky 1970)"},
	fAssertive:    {"assertive", "an assertive verb (Hooper 1975)"},
	fImplicative:  {"implicative", "an implicative verb (Karttunen 1971)"},
	fReportVerb:   {"report_verb", "an evaluative reporting verb (Caldas-Coulthard 1994)"},
	fSuperlative:  {"superlative", "a superlative"},
	fComparative:  {"comparative", "a comparative"},
	fAdjective:    {"adjective", "an adjective"},
	fAdverb:       {"adverb", "an adverb"},
	fVerb:         {"verb", "a verb"},
	fNoun:         {"noun", "a common noun"},
	fProper:       {"proper", "a name"},
	fStop:         {"stop", "a stop word"},
	fRarity:       {"rarity", "rare in general news (0 common to 1 unseen)"},
	fRareModifier: {"rare_modifier", "a rare adjective or adverb (rarity)"},
	fUnseen:       {"unseen", "in fewer than 5 of 37,554 news articles"},
	fSlant:        {"slant", "used more by left- and right-rated outlets than center ones (log ratio)"},
	fQuoted:       {"quoted", "inside a direct quotation"},
	fScareQuote:   {"scare_quote", "inside a short quotation (scare quotes)"},
	fSentenceTone: {"sentence_tone", "in a sentence of strong tone (|VADER compound|)"},
	fOwnValence:   {"own_valence", "rated in the VADER lexicon, in the outlet's own voice (|rating|/4)"},
	fOwnRarity:    {"own_rarity", "rare in general news, in the outlet's own voice (rarity)"},
	fNextToRated:  {"next_to_rated", "next to a word rated in the VADER lexicon (|rating|/4)"},
}

// Features returns the model's features in the order of a feature
// vector.
func Features() []Feature { return featureTable[:] }

// featurizer computes feature vectors; it is shared and read-only.
type featurizer struct {
	bg      *Background
	lex     map[string]float64 // VADER: lower-case word -> rating in [-4, 4]
	lexStem map[string]float64 // stem -> the rating of largest magnitude among its words
	cues    [numFeatures]map[string]bool
	stop    nlp.Stopwords
}

var defaultFeaturizer = sync.OnceValue(func() *featurizer {
	return newFeaturizer(News(), govader.NewSentimentIntensityAnalyzer().Lexicon)
})

func newFeaturizer(bg *Background, lex map[string]float64) *featurizer {
	f := &featurizer{bg: bg, lex: lex, lexStem: map[string]float64{}, stop: nlp.DefaultStopwords()}
	st := nlp.Stemmer{}
	for w, v := range lex {
		if !nlp.IsWord(w) {
			continue // emoticons
		}
		k := st.Stem(w)
		if old, ok := f.lexStem[k]; !ok || abs(v) > abs(old) || abs(v) == abs(old) && v < old {
			f.lexStem[k] = v
		}
	}
	for feat, list := range map[int]map[string]bool{
		fIntensifier: intensifiers, fBooster: boosters, fHedge: hedges, fFactive: factives,
		fAssertive: assertives, fImplicative: implicatives, fReportVerb: reportVerbs,
	} {
		f.cues[feat] = map[string]bool{}
		for w := range list {
			f.cues[feat][st.Stem(w)] = true
		}
	}
	return f
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// docContext is what the features of one document need beyond its
// tokens: per token, its sentence and its quotation.
type docContext struct {
	sent   []int  // token -> sentence
	quoted []bool // token inside a quotation
	scare  []bool // token inside a quotation of at most scareWords words
	entity []bool // token inside a named entity mention
	st     nlp.Stemmer
}

func newDocContext(d *nlp.Doc) *docContext {
	c := &docContext{
		sent:   make([]int, len(d.Tokens)),
		quoted: make([]bool, len(d.Tokens)),
		scare:  make([]bool, len(d.Tokens)),
		entity: make([]bool, len(d.Tokens)),
		st:     nlp.Stemmer{},
	}
	for _, e := range d.Entities {
		for ti := firstTokenAt(d, e.Start); ti < len(d.Tokens) && d.Tokens[ti].Start < e.End; ti++ {
			c.entity[ti] = true
		}
	}
	for si, s := range d.Sentences {
		for ti := s.TokStart; ti < s.TokEnd && ti < len(d.Tokens); ti++ {
			c.sent[ti] = si
		}
	}
	for _, q := range d.Quotes {
		lo := firstTokenAt(d, q.Start)
		hi := lo
		words := 0
		for hi < len(d.Tokens) && d.Tokens[hi].Start < q.End {
			if nlp.IsWord(d.TokenText(hi)) {
				words++
			}
			hi++
		}
		for ti := lo; ti < hi; ti++ {
			c.quoted[ti] = true
			c.scare[ti] = c.scare[ti] || words <= scareWords
		}
	}
	return c
}

// firstTokenAt returns the index of the first token ending after off.
func firstTokenAt(d *nlp.Doc, off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Tokens[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// isScored reports whether a token gets a score: a word, not the clitic
// of a contraction or possessive ("'s", "n't"), which is no word choice.
func isScored(text string) bool {
	if !nlp.IsWord(text) {
		return false
	}
	switch strings.ToLower(strings.ReplaceAll(text, "’", "'")) {
	case "'s", "'re", "'ll", "'ve", "'m", "'d", "n't", "'t", "s":
		return false
	}
	return true
}

// vector fills x (len numFeatures) with the features of token ti.
func (f *featurizer) vector(d *nlp.Doc, c *docContext, ti int, x []float64) {
	clear(x)
	tok := d.Tokens[ti]
	text := strings.ReplaceAll(d.Text[tok.Start:tok.End], "’", "'")
	lower := strings.ToLower(text)
	term := nlp.NormTerm(text, tok.Tag, f.stop, c.st)
	key := term.Key

	v, ok := f.lex[lower]
	if !ok {
		v = f.lexStem[key]
	}
	if v > 0 {
		x[fValencePos] = v / 4
	} else {
		x[fValenceNeg] = -v / 4
	}
	for feat := fIntensifier; feat <= fReportVerb; feat++ {
		if f.cues[feat][key] {
			x[feat] = 1
		}
	}
	tag := tok.Tag
	var sent nlp.Sentence
	if len(d.Sentences) > 0 {
		sent = d.Sentences[c.sent[ti]]
	}
	// A name: inside an entity mention, an acronym, or tagged or
	// capitalised as a name inside a sentence. The tagger calls many a
	// sentence's capitalised first word a name ("Bombastic", "Strikingly"),
	// so there only the entity mentions count.
	proper := c.entity[ti] || term.Proper && nlp.IsAcronym(text)
	if !proper && ti > sent.TokStart {
		r := []rune(text)
		proper = strings.HasPrefix(tag, "NNP") || len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z'
	}
	switch {
	case proper:
		x[fProper] = 1
	case tag == "JJS" || tag == "RBS":
		x[fSuperlative] = 1
	case tag == "JJR" || tag == "RBR":
		x[fComparative] = 1
	}
	if !proper {
		switch {
		case strings.HasPrefix(tag, "JJ"):
			x[fAdjective] = 1
		case strings.HasPrefix(tag, "RB"):
			x[fAdverb] = 1
		case strings.HasPrefix(tag, "VB"):
			x[fVerb] = 1
		case tag == "NN" || tag == "NNS":
			x[fNoun] = 1
		}
	}
	if term.Stop {
		x[fStop] = 1
	}
	r := f.bg.Rarity(key)
	x[fRarity] = r
	if x[fAdjective] == 1 || x[fAdverb] == 1 || x[fSuperlative] == 1 || x[fComparative] == 1 {
		x[fRareModifier] = r
	}
	if f.bg.DFKey(key) == 0 {
		x[fUnseen] = 1
	}
	x[fSlant] = f.bg.Slant(key)
	if c.quoted[ti] {
		x[fQuoted] = 1
	}
	if c.scare[ti] {
		x[fScareQuote] = 1
	}
	x[fSentenceTone] = abs(sent.Tone)
	if !c.quoted[ti] {
		x[fOwnValence] = abs(v) / 4
		x[fOwnRarity] = r
	}
	for _, nj := range [2]int{ti - 1, ti + 1} {
		if nj >= sent.TokStart && nj < sent.TokEnd && nj >= 0 && nj < len(d.Tokens) {
			x[fNextToRated] = max(x[fNextToRated], abs(f.rating(d.TokenText(nj), c.st))/4)
		}
	}
}

// rating returns a word's VADER rating: of the word in lower case, else
// of the strongest word with its stem, else 0.
func (f *featurizer) rating(text string, st nlp.Stemmer) float64 {
	lower := strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	if v, ok := f.lex[lower]; ok {
		return v
	}
	if !nlp.IsWord(lower) {
		return 0
	}
	return f.lexStem[st.Stem(lower)]
}
