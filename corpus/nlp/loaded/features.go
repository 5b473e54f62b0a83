package loaded

// Features: what the model knows about a word occurrence. Each is a number
// a reader can check by hand: a lexicon rating, membership of a cue list,
// a part-of-speech tag, a count in the news background, whether the word
// is inside quotation marks. The model is a weighted sum of them (see
// model.go), so "why is this word loaded" is answered by the few features
// that add most to its sum (Explain).

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp"
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
	fProper              // an entity mention, an acronym, a word of mixed case, or NNP or capitalised inside a sentence
	fStop                // a stop word
	fRarity              // Background.Rarity, 0 for a word with a digit
	fRareModifier        // rarity of an adjective or adverb
	fUnseen              // in fewer than MinDocs background documents (numbers aside)
	fSlant               // Background.Slant, in [-2, 2]
	fQuoted              // inside a direct quotation
	fScareQuote          // inside a quotation of at most scareWords words
	fHyphenated          // a hyphenated compound: "gaffe-prone"
	fSubjective          // SubjectivityLexicon score in [0, 1], 0 for a word it lacks
	fOpinionNeg          // a negative word of the opinion lexicon (Hu & Liu 2004)
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

// featureTable names and describes the features. The descriptions are
// short enough for a report's "why": the scales are in the comments of
// the constants, the sources of the lists in cues.go.
var featureTable = [numFeatures]Feature{
	fValencePos:   {"valence_pos", "a positive word (VADER)"},
	fValenceNeg:   {"valence_neg", "a negative word (VADER)"},
	fIntensifier:  {"intensifier", "an intensifier"},
	fBooster:      {"booster", "asserts certainty"},
	fHedge:        {"hedge", "a hedge or distancing word"},
	fFactive:      {"factive", "a factive verb (takes its claim as fact)"},
	fAssertive:    {"assertive", "an assertive verb"},
	fImplicative:  {"implicative", "an implicative verb"},
	fReportVerb:   {"report_verb", "an evaluative reporting verb"},
	fSuperlative:  {"superlative", "a superlative"},
	fComparative:  {"comparative", "a comparative"},
	fAdjective:    {"adjective", "an adjective"},
	fAdverb:       {"adverb", "an adverb"},
	fVerb:         {"verb", "a verb"},
	fNoun:         {"noun", "a common noun"},
	fProper:       {"proper", "a name"},
	fStop:         {"stop", "a stop word"},
	fRarity:       {"rarity", "rare in general news"},
	fRareModifier: {"rare_modifier", "a rare adjective or adverb"},
	fUnseen:       {"unseen", "almost never in general news"},
	fSlant:        {"slant", "used more by partisan outlets than center ones"},
	fQuoted:       {"quoted", "inside a quotation"},
	fScareQuote:   {"scare_quote", "in scare quotes (a short quotation)"},
	fHyphenated:   {"hyphenated", "a hyphenated compound"},
	fSubjective:   {"subjective", "keeps the company of subjective words in news"},
	fOpinionNeg:   {"opinion_neg", "a negative opinion word (Hu & Liu)"},
}

// Features returns the model's features in the order of a feature
// vector.
func Features() []Feature { return slices.Clone(featureTable[:]) }

// featurizer computes feature vectors; it is shared and read-only.
type featurizer struct {
	bg   *Background
	subj SubjectivityLexicon
	opin OpinionLexicon
	lex  map[string]float64 // VADER: lower-case word -> rating in [-4, 4]
	cues [numFeatures]map[string]bool
	stop nlp.Stopwords

	mu    sync.RWMutex
	words map[wordKey]wordFeatures // see word
}

var defaultFeaturizer = sync.OnceValue(func() *featurizer {
	return newFeaturizer(News(), NewsSubjectivity(), OpinionWords(), nlp.Ratings())
})

func newFeaturizer(bg *Background, subj SubjectivityLexicon, opin OpinionLexicon, lex map[string]float64) *featurizer {
	f := &featurizer{bg: bg, subj: subj, opin: opin, lex: lex, stop: nlp.DefaultStopwords()}
	f.cues[fIntensifier], f.cues[fBooster], f.cues[fHedge] = intensifiers, boosters, hedges
	f.cues[fFactive], f.cues[fAssertive], f.cues[fImplicative], f.cues[fReportVerb] = factives, assertives, implicatives, reportVerbs
	return f
}

// bases returns a lower-case word and the base forms it may be an
// inflection of, most likely first: "ripped" gives "ripped", "ripp",
// "rip", "rippe"; "denies" gives "denies", "deny", "deni", "denie". Word
// lists and the lexicon hold base forms, so a word is looked up under
// each in turn. Unlike a stemmer, this never joins two different words
// ("several" is not "severe").
func bases(lower string) []string {
	out := []string{lower}
	for _, suf := range []string{"ies", "ied", "es", "s", "ed", "ing", "d"} {
		stem, ok := strings.CutSuffix(lower, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		switch suf {
		case "ies", "ied":
			out = append(out, stem+"y")
		case "s", "d":
			out = append(out, stem)
		default:
			out = append(out, stem)
			if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
				out = append(out, stem[:n-1]) // "ripp" -> "rip"
			}
			out = append(out, stem+"e") // "argu" -> "argue"
		}
	}
	return out
}

// lookup returns the first of a word's bases (see bases) that holds in m.
func lookup[V any](m map[string]V, forms []string) (V, bool) {
	for _, f := range forms {
		if v, ok := m[f]; ok {
			return v, true
		}
	}
	var zero V
	return zero, false
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
}

func newDocContext(d *nlp.Doc) *docContext {
	c := &docContext{
		sent:   make([]int, len(d.Tokens)),
		quoted: make([]bool, len(d.Tokens)),
		scare:  make([]bool, len(d.Tokens)),
		entity: make([]bool, len(d.Tokens)),
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

// opensSentence reports whether token ti is the first word of its
// sentence, or of a quotation or clause that opens with a capital: only
// punctuation comes before it in the sentence, or it follows an opening
// quotation mark or a colon.
func opensSentence(d *nlp.Doc, sent nlp.Sentence, ti int) bool {
	for j := ti - 1; j >= sent.TokStart && j >= 0; j-- {
		prev := d.TokenText(j)
		if nlp.IsWord(prev) {
			return false
		}
		if strings.ContainsAny(prev, "“‘\"':") {
			return true
		}
	}
	return true
}

// vector fills x (len numFeatures) with the features of token ti: those
// of the word as written with its tag (wordFeatures, the same wherever it
// occurs), then those of this occurrence (its sentence, quotation and
// entity mention).
func (f *featurizer) vector(d *nlp.Doc, c *docContext, ti int, x []float64) {
	tok := d.Tokens[ti]
	w := f.word(d.Text[tok.Start:tok.End], tok.Tag)
	copy(x, w.x[:])
	var sent nlp.Sentence
	if len(d.Sentences) > 0 {
		sent = d.Sentences[c.sent[ti]]
	}
	// A name: inside an entity mention, an acronym or a word of mixed
	// case ("YouTube"), or tagged or
	// capitalised as a name inside a sentence. The tagger calls many a
	// sentence's capitalised first word a name ("Reckless", "Clearly"),
	// so there only the entity mentions count.
	proper := c.entity[ti] || w.named
	if !proper && !opensSentence(d, sent, ti) {
		proper = w.capital
	}
	tag := tok.Tag
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
	if x[fAdjective] == 1 || x[fAdverb] == 1 || x[fSuperlative] == 1 || x[fComparative] == 1 {
		x[fRareModifier] = x[fRarity]
	}
	if c.quoted[ti] {
		x[fQuoted] = 1
	}
	if c.scare[ti] {
		x[fScareQuote] = 1
	}
}

// wordFeatures are the features of a word as written with its
// part-of-speech tag, wherever it occurs: x holds its lexicon, cue-list,
// stop-word, background and spelling features (the others 0), named
// whether its letters make it a name wherever it stands, capital whether
// its tag or a capital letter makes it one where no sentence opens.
type wordFeatures struct {
	x       [numFeatures]float64
	named   bool
	capital bool
}

// innerCapital reports whether a capital letter follows a lower-case one
// in word.
func innerCapital(word string) bool {
	lower := false
	for _, r := range word {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// wordKey is a word as written and its tag.
type wordKey struct{ text, tag string }

// maxWords bounds the featurizer's cache of wordFeatures (about 300 bytes
// an entry with its key): a news corpus's vocabulary with its tags stays
// below it; words past it are computed each time, as before.
const maxWords = 1 << 18

// word returns the features of a word as written with its tag, computed
// once per featurizer: a comparison scores every word of every event it
// frames, and looking a word's bases up in the lexicons and the
// background every time was most of the cost of scoring (9% of the CPU of
// a cold comparison of 10,000 articles). The features depend on the word,
// the tag and the featurizer's read-only lists alone, so the cache
// changes no score.
func (f *featurizer) word(text, tag string) wordFeatures {
	k := wordKey{text, tag}
	f.mu.RLock()
	w, ok := f.words[k]
	f.mu.RUnlock()
	if ok {
		return w
	}
	w = f.newWord(text, tag)
	f.mu.Lock()
	if len(f.words) < maxWords {
		if f.words == nil {
			f.words = map[wordKey]wordFeatures{}
		}
		// The text is a slice of an article's: kept as a key, it would
		// keep the whole article.
		f.words[wordKey{strings.Clone(text), strings.Clone(tag)}] = w
	}
	f.mu.Unlock()
	return w
}

func (f *featurizer) newWord(raw, tag string) wordFeatures {
	var w wordFeatures
	x := w.x[:]
	text := strings.ReplaceAll(raw, "’", "'")
	lower := strings.ToLower(text)
	term := nlp.NormTerm(text, tag, f.stop, nlp.Stemmer{})
	key := term.Key

	forms := bases(lower)
	x[fSubjective], _ = lookup(f.subj, forms)
	// Only the negative half is a feature: the positive half ("work",
	// "support", "led") is mostly the plain words of news, and a feature
	// for either half gave a cross-validated AP of 0.063 against 0.066 for
	// the negative half alone. Both halves seed the distributional
	// subjectivity.
	if p, _ := f.opin.Polarity(lower); p.Neg {
		x[fOpinionNeg] = 1
	}
	v, _ := lookup(f.lex, forms)
	if v > 0 {
		x[fValencePos] = v / 4
	} else {
		x[fValenceNeg] = -v / 4
	}
	for feat := fIntensifier; feat <= fReportVerb; feat++ {
		// The verb lists match verbs only: "forces" and "an attack" are
		// no implicative or reporting verbs.
		if _, ok := lookup(f.cues[feat], forms); ok && (feat < fFactive || strings.HasPrefix(tag, "VB")) {
			x[feat] = 1
		}
	}
	// An acronym, or a capital after a lower-case letter ("McCain",
	// "YouTube", a handle such as "HarbourCamGuy"): a name even where a
	// sentence or a quotation opens, where a capital says nothing.
	w.named = term.Proper && nlp.IsAcronym(text) || innerCapital(text)
	r := []rune(text)
	w.capital = strings.HasPrefix(tag, "NNP") || len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z'
	if term.Stop {
		x[fStop] = 1
	}
	rarity := f.bg.Rarity(key)
	if strings.ContainsFunc(text, unicode.IsDigit) {
		rarity = 0 // "82nd", "1990s": how rare a number is says nothing of word choice
	}
	x[fRarity] = rarity
	if rarity > 0 && f.bg.DFKey(key) == 0 {
		x[fUnseen] = 1
	}
	x[fSlant] = f.bg.Slant(key)
	if strings.Contains(strings.Trim(text, "-"), "-") {
		x[fHyphenated] = 1
	}
	return w
}
