// Command subjectivity builds the distributional subjectivity scores of
// the loaded-language model (corpus/nlp/loaded/distributional.go holds
// the algorithm): word vectors from the co-occurrences of a large news
// corpus (PPMI and truncated SVD), and a score per word of how much its
// company resembles that of the sentiment lexicon's, the opinion
// lexicon's and the cue lists' words.
//
//	go run ./scripts/subjectivity [-in FILE] [-out FILE] [-window N] [-dims N] [-seed-rating R]
//
// The input is the Article-Bias-Prediction corpus (Baly et al., EMNLP
// 2020; Apache-2.0) as one JSON object a line, gzip-compressed, with the
// field text (../shared/data/abp/articles.jsonl.gz beside the module by
// default). Each paragraph is tokenised by the tokenizer the annotator
// uses and lower-cased; a word with a digit counts as one word "0". The
// output is the same bytes on every run with the same input. It takes a
// few minutes on one core and about 1 GB of memory.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/scripts/internal/abp"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "subjectivity:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("subjectivity", flag.ContinueOnError)
	in := fs.String("in", abp.DefaultPath, "the Article-Bias-Prediction articles, JSON Lines, gzip-compressed")
	out := fs.String("out", "corpus/nlp/loaded/subjectivity.tsv", "the scores file to write")
	o := loaded.DefaultSubjectivityOptions()
	fs.IntVar(&o.Window, "window", o.Window, "words either side that count as context")
	fs.IntVar(&o.Dims, "dims", o.Dims, "dimensions of the word vectors")
	fs.Float64Var(&o.SeedRating, "seed-rating", o.SeedRating, "least |VADER rating| of a seed word")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c, docs, err := read(*in)
	if err != nil {
		return err
	}
	s, err := loaded.BuildSubjectivity(c, nlp.Ratings(), loaded.OpinionWords(), o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "subjectivity: %d articles, %d words; %d words scored, %d of them seeds; out-of-fold average precision of the seeds %.3f (base rate %.3f)\n",
		docs, c.Tokens(), len(s.Words), s.Seeds, s.AP, float64(s.Seeds)/float64(len(s.Words)))
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	err = s.Write(w,
		"Distributional subjectivity of corpus/nlp/loaded: how much a word's company in news resembles that of subjective words.",
		"Source: Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0; seeds: the VADER lexicon (MIT), the opinion lexicon of Hu and Liu (CC BY 4.0) and cues.go; see SOURCE.md.",
		fmt.Sprintf("Built by: go run ./scripts/subjectivity (window %d, %d context words, %d dimensions, seeds |VADER| >= %g, an opinion word or a cue word, lambda %g; seed AP %.3f).",
			o.Window, o.Contexts, o.Dims, o.SeedRating, o.Lambda, s.AP),
		"Columns: lower-case word, out-of-fold probability that it is subjective, from PPMI-SVD vectors (distributional.go).",
	)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// read counts the corpus's words in lower case, every word with a digit
// as "0".
func read(path string) (*loaded.Corpus, int, error) {
	c := &loaded.Corpus{}
	docs := 0
	var words []string
	err := abp.Each(path, func(a *abp.Article) error {
		docs++
		for _, para := range a.Paragraphs {
			words = words[:0]
			for _, t := range para {
				t = strings.ToLower(strings.ReplaceAll(t, "’", "'"))
				if strings.ContainsFunc(t, unicode.IsDigit) {
					t = "0"
				}
				words = append(words, t)
			}
			c.Add(words)
		}
		return nil
	})
	return c, docs, err
}
