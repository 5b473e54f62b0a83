package loaded

// The opinion lexicon of Hu and Liu (2004; Liu, Hu and Cheng 2005): some
// 6,800 English words that carry an opinion, 4,783 negative ("bogus",
// "fierce", "ridiculous") and 2,006 positive. Recasens et al. (2013) and
// Spinde et al. (2021) both use it to find the biased word of a sentence.
// It complements VADER's lexicon, which was rated on social media text and
// leaves out many words of written argument that carry a judgement in
// news. Source and licence (CC BY 4.0) in SOURCE.md.
//
// File format (opinion.tsv), tab-separated, "#" comments: a lower-case
// word and "pos" or "neg". A word listed under both (the lexicon lists
// "envious" so) has both.

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
)

// Polarity is a word's entry in an opinion lexicon.
type Polarity struct{ Pos, Neg bool }

// OpinionLexicon maps lower-case words to their polarity.
type OpinionLexicon map[string]Polarity

//go:embed opinion.tsv
var opinionFile string

var opinionWords = sync.OnceValue(func() OpinionLexicon {
	l, err := ReadOpinion("opinion.tsv", strings.NewReader(opinionFile))
	if err != nil {
		panic("loaded: embedded opinion lexicon: " + err.Error())
	}
	return l
})

// OpinionWords returns the embedded opinion lexicon. It is shared and
// read-only.
func OpinionWords() OpinionLexicon { return opinionWords() }

// Polarity returns the entry of a word (any case) or of its base form,
// and whether the lexicon holds either. The lexicon lists most
// inflections as words of their own but not all ("accuse", "accusing",
// no "accused"), so a past or plural form is also looked up by its base
// (see bases). An "-ing" form is not: it is often a noun or adjective
// of its own meaning, and "doping" is not "dope" nor "striking" "strike".
func (l OpinionLexicon) Polarity(word string) (Polarity, bool) {
	lower := strings.ToLower(word)
	if strings.HasSuffix(lower, "ing") {
		p, ok := l[lower]
		return p, ok
	}
	return lookup(l, bases(lower))
}

// ReadOpinion reads an opinion lexicon in the format described atop
// opinion.go. A malformed line is a *corpus.ParseError naming it.
func ReadOpinion(name string, r io.Reader) (OpinionLexicon, error) {
	out := OpinionLexicon{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		word, pol, ok := strings.Cut(l, "\t")
		if !ok || word == "" || word != strings.ToLower(word) {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("want a lower-case word, a tab and pos or neg")}
		}
		p := out[word]
		switch pol {
		case "pos":
			p.Pos = true
		case "neg":
			p.Neg = true
		default:
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("polarity %q is not pos or neg", pol)}
		}
		out[word] = p
	}
	if err := sc.Err(); err != nil {
		return nil, &corpus.ParseError{Source: name, Err: err}
	}
	return out, nil
}
