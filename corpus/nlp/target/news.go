package target

// The news lexicon: words learned from the annotations of NewsMTSC's
// training part, for the words of news that VADER's social-media list does
// not rate ("accused", "resigned", "indicted") or rates for another
// register.
//
// Scoring: each word has two values, from the training targets whose
// sentence holds it (counted once per target):
//
//	tone(w)   = ln((pos_w + a·P(pos)) / (neg_w + a·P(neg))) − ln(P(pos) / P(neg))
//	charge(w) = ln((pos_w + neg_w + a·P(polar)) / (neu_w + a·P(neu))) − ln(P(polar) / P(neu))
//
// tone says which way the sentences that use the word lean toward their
// targets, charge whether they lean at all ("said" is neutral news
// language, "slammed" is not). a = newsPrior pseudo-uses spread by the
// classes' shares pull a rare word toward 0; a word is kept when it has at
// least newsMinUses uses and one value of at least newsMinValue. A word is
// keyed by its Porter2 stem, lower case ("accus" for "accused",
// "accusing"); stop words, proper nouns and the words of names are never
// keys, so no value is learned about a person, a party or a place. In a
// sentence, a word in the three words after "not", "no", "never", "nor",
// "without" or "n't" has its tone multiplied by -0.74, VADER's negation
// factor.
//
// Limits: a word is rated by the sentences it was annotated in, whatever
// its role there; the classifier weighs it by where it stands relative to
// the target. 6,000 sentences of US political news of the 2010s teach
// the vocabulary of that news; elsewhere more words are unrated.

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Learning constants of the news lexicon (see above). The prior weight and
// the minimum uses keep a word seen a handful of times near 0; they were
// set by cross-validation on the training part (scripts/traintarget),
// where macro-F1 moved by less than 0.01 between 5 and 20 pseudo-uses and
// 3 and 8 uses.
const (
	newsPrior    = 10.0
	newsMinUses  = 5
	newsMinValue = 0.1
)

// Word is a stem's values in the news lexicon.
type Word struct {
	Tone, Charge float64
}

// Lexicon maps a word's stem to its learned values.
type Lexicon map[string]Word

// lexKey is a word of a sentence that can carry a learned value, with its
// offsets and whether a negation comes in the three words before.
type lexKey struct {
	stem       string
	start, end int
	negated    bool
}

var negators = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "n’t": true, "nor": true, "without": true}

var stopwords = sync.OnceValue(nlp.DefaultStopwords)

// lexKeys returns the words of sentence si that can carry a learned value:
// words with a letter, not stop words, not proper nouns, not inside a
// span of mask.
func lexKeys(d *nlp.Doc, si int, mask []corpus.Span, st nlp.Stemmer) []lexKey {
	sw := stopwords()
	s := d.Sentences[si]
	var out []lexKey
	lastNeg := -10
	for i := s.TokStart; i < s.TokEnd; i++ {
		t := d.Tokens[i]
		text := d.TokenText(i)
		if negators[strings.ToLower(text)] {
			lastNeg = i
			continue
		}
		if !strings.ContainsFunc(text, unicode.IsLetter) || masked(mask, t.Start, t.End) {
			continue
		}
		term := nlp.NormTerm(text, t.Tag, sw, st)
		if term.Stop || term.Proper || term.Key == "" {
			continue
		}
		out = append(out, lexKey{stem: term.Key, start: t.Start, end: t.End, negated: i-lastNeg <= 3})
	}
	return out
}

// newsNegation is VADER's factor for a negated word (N_SCALAR).
const newsNegation = -0.74

// values returns the sentence's words the lexicon rates, as valences of
// their tone (negation applied) and of their charge.
func (lex Lexicon) values(keys []lexKey) (tone, charge []nlp.Valence) {
	for _, k := range keys {
		w, ok := lex[k.stem]
		if !ok {
			continue
		}
		v := w.Tone
		if k.negated {
			v *= newsNegation
		}
		if v != 0 {
			tone = append(tone, nlp.Valence{Start: k.start, End: k.end, Word: k.stem, Rating: w.Tone, Value: v})
		}
		if w.Charge != 0 {
			charge = append(charge, nlp.Valence{Start: k.start, End: k.end, Word: k.stem, Rating: w.Charge, Value: w.Charge})
		}
	}
	return tone, charge
}

// covered reports whether every byte of s lies in a span of mask.
func covered(mask []corpus.Span, s corpus.Span) bool {
	for off := s.Start; off < s.End; {
		next := off
		for _, m := range mask {
			if m.Start <= off && off < m.End {
				next = max(next, m.End)
			}
		}
		if next == off {
			return false
		}
		off = next
	}
	return true
}

func masked(mask []corpus.Span, start, end int) bool {
	for _, m := range mask {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// LexiconCounts counts, per stem, the training targets of each class whose
// sentence holds it (once per target, however often the word is used).
type LexiconCounts struct {
	Words map[string]*[nClasses]int
	Total [nClasses]int
}

// Add counts the sample's target, of class c.
func (lc *LexiconCounts) Add(s Sample, c Class) {
	if lc.Words == nil {
		lc.Words = map[string]*[nClasses]int{}
	}
	lc.Total[c]++
	seen := map[string]bool{}
	for _, k := range s.keys {
		if seen[k.stem] {
			continue
		}
		seen[k.stem] = true
		n := lc.Words[k.stem]
		if n == nil {
			n = new([nClasses]int)
			lc.Words[k.stem] = n
		}
		n[c]++
	}
}

// Lexicon turns the counts into values (see the formulas above).
func (lc *LexiconCounts) Lexicon() Lexicon {
	all := float64(lc.Total[Neg] + lc.Total[Neu] + lc.Total[Pos])
	pPos, pNeg := float64(lc.Total[Pos])/all, float64(lc.Total[Neg])/all
	pPolar := pPos + pNeg
	lex := Lexicon{}
	for w, n := range lc.Words {
		if n[Neg]+n[Neu]+n[Pos] < newsMinUses {
			continue
		}
		pos, neg, neu := float64(n[Pos]), float64(n[Neg]), float64(n[Neu])
		var v Word
		if t := math.Log((pos+newsPrior*pPos)/(neg+newsPrior*pNeg)) - math.Log(pPos/pNeg); math.Abs(t) >= newsMinValue {
			v.Tone = t
		}
		if c := math.Log((pos+neg+newsPrior*pPolar)/(neu+newsPrior*(1-pPolar))) - math.Log(pPolar/(1-pPolar)); math.Abs(c) >= newsMinValue {
			v.Charge = c
		}
		if v != (Word{}) {
			lex[w] = v
		}
	}
	return lex.rounded()
}

// rounded rounds the values to the 4 decimals lexicon.tsv keeps, so that
// a lexicon scores the same before it is written and after it is read.
func (lex Lexicon) rounded() Lexicon {
	for k, w := range lex {
		lex[k] = Word{Tone: round4(w.Tone), Charge: round4(w.Charge)}
	}
	return lex
}

func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// WriteTo writes the lexicon as lines "stem<TAB>tone<TAB>charge", sorted
// by stem, values to 4 decimals, after a comment that says what they are.
func (lex Lexicon) WriteTo(w io.Writer) (int64, error) {
	keys := make([]string, 0, len(lex))
	for k := range lex {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteString("# The news lexicon of corpus/nlp/target (news.go), written by scripts/traintarget\n")
	b.WriteString("# from the NewsMTSC training part (MIT licence). Per Porter2 stem: tone, the smoothed\n")
	b.WriteString("# ln odds of positive against negative tone toward the targets of the sentences that\n")
	b.WriteString("# use it; charge, the same for positive or negative against neutral.\n")
	b.WriteString("# stem\ttone\tcharge\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\t%.4f\n", k, lex[k].Tone, lex[k].Charge)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// ReadLexicon reads what WriteTo wrote.
func ReadLexicon(r io.Reader) (Lexicon, error) {
	lex := Lexicon{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, &ParseError{line, fmt.Errorf("want stem<TAB>tone<TAB>charge, got %q", l)}
		}
		tone, err1 := strconv.ParseFloat(f[1], 64)
		charge, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			return nil, &ParseError{line, fmt.Errorf("want numbers, got %q", l)}
		}
		lex[f[0]] = Word{Tone: tone, Charge: charge}
	}
	return lex, sc.Err()
}
