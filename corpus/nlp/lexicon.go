package nlp

import (
	"maps"

	"github.com/jdkato/prose/v3"
)

// Ratings returns a fresh copy of the sentiment lexicon VADER scores with:
// each lower-case word's rating, from -4 (most negative) to +4. Models that
// use a word's rating as a feature read it here, so that this package
// stays the only one that loads the lexicon.
func Ratings() map[string]float64 { return maps.Clone(vader().Lexicon) }

// Words splits text into word tokens with prose's tokenizer, without
// tagging, segmentation or entity extraction: for counting words in bulk
// (a background corpus) the way annotation tokenizes them, dashes set
// apart (dashes.go). Punctuation tokens are left out.
func Words(text string) ([]string, error) {
	toks, err := Tokens(text)
	if err != nil {
		return nil, err
	}
	out := toks[:0]
	for _, w := range toks {
		if IsWord(w) {
			out = append(out, w)
		}
	}
	return out, nil
}

// Tokens is Words with the punctuation tokens kept: what a count that
// must know where sentences and quotations begin reads (scripts/casing).
func Tokens(text string) ([]string, error) {
	spaced, _ := spaceDashes(text)
	doc, err := prose.NewDocument(spaced, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, text[t.Start:t.End()])
	}
	return out, nil
}
