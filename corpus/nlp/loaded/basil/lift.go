package basil

// Lift: do an outlet's framing terms point at the sentences annotators
// found loaded?
//
// For one outlet-event (in BASIL, one article), the terms' share is the
// share of their occurrences that lie in sentences holding a lexical-bias
// span; the base share is the same for all the article's content words
// (words with a letter that are not stop words). Lift is the terms' share
// over the base share: 1 when the terms sit in loaded sentences no more
// than words in general do, 3 when three times as much. The figure is the
// mean over outlet-events; those whose terms never occur, or whose article
// has no lexical-bias span (the base share is 0), are left out.
//
// An occurrence of a term is a run of consecutive word tokens whose
// stems (nlp.NormTerm keys) are the term's, so "sanctions" counts for the
// term "sanction" and phrases match word by word; a punctuation token
// breaks a run. An occurrence lies in a sentence when its first word
// starts there.

import (
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Terms is one outlet-event's terms: the article and its annotation, and
// the words or phrases (as written, any case) to measure.
type Terms struct {
	Article *Article
	Doc     *nlp.Doc // the article annotated
	Terms   []string
}

// Lift returns the mean lift of the outlet-events' terms (see the comment
// atop lift.go) and the number of outlet-events it is the mean of. sw
// says which words are no content words; nil means nlp.DefaultStopwords.
func Lift(items []Terms, sw nlp.Stopwords) (lift float64, n int) {
	return meanLift(items, sw, (*Article).LexicalSentences)
}

// LiftUnquoted is Lift against the sentences that hold a lexical-bias
// span the annotators did not mark as inside a quotation
// (Article.LexicalSentencesUnquoted): the loaded wording of the outlet's
// own voice, which is what framing terms are drawn from.
func LiftUnquoted(items []Terms, sw nlp.Stopwords) (lift float64, n int) {
	return meanLift(items, sw, (*Article).LexicalSentencesUnquoted)
}

func meanLift(items []Terms, sw nlp.Stopwords, sentences func(*Article) []corpus.Span) (lift float64, n int) {
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	st := nlp.Stemmer{}
	sum := 0.0
	for _, it := range items {
		r, ok := itemLift(it, sw, st, sentences(it.Article))
		if ok {
			sum += r
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return sum / float64(n), n
}

func itemLift(it Terms, sw nlp.Stopwords, st nlp.Stemmer, loadedSents []corpus.Span) (float64, bool) {
	d := it.Doc
	in := func(off int) bool { return inSpans(loadedSents, off) }

	keys := make([]string, len(d.Tokens)) // "" for a non-word
	contentAll, contentIn := 0, 0
	for i, t := range d.Tokens {
		text := d.Text[t.Start:t.End]
		if !nlp.IsWord(text) {
			continue
		}
		term := nlp.NormTerm(text, t.Tag, sw, st)
		keys[i] = term.Key
		if !term.Stop && strings.IndexFunc(text, unicode.IsLetter) >= 0 {
			contentAll++
			if in(t.Start) {
				contentIn++
			}
		}
	}
	if contentAll == 0 || contentIn == 0 {
		return 0, false
	}
	termsAll, termsIn := 0, 0
	for _, term := range it.Terms {
		words := strings.Fields(term)
		want := make([]string, len(words))
		for i, w := range words {
			want[i] = nlp.NormTerm(w, "", nil, st).Key
		}
		if len(want) == 0 {
			continue
		}
	tokens:
		for i := 0; i+len(want) <= len(keys); i++ {
			for j, k := range want {
				if keys[i+j] != k {
					continue tokens
				}
			}
			termsAll++
			if in(d.Tokens[i].Start) {
				termsIn++
			}
		}
	}
	if termsAll == 0 {
		return 0, false
	}
	share := float64(termsIn) / float64(termsAll)
	base := float64(contentIn) / float64(contentAll)
	return share / base, true
}

func inSpans(spans []corpus.Span, off int) bool {
	for _, s := range spans {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}
