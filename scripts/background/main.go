// Command background builds the general-news background that the
// loaded-language model measures a word's rarity and slant against, and
// that framing can use as a prior: in how many articles of a large news
// corpus each term appears, overall and by the AllSides rating of the
// outlet (left, center, right).
//
//	go run ./scripts/background [-in FILE] [-out FILE] [-min-docs N] [-keys stem|topic]
//
// The input is the Article-Bias-Prediction corpus (Baly et al., EMNLP
// 2020; Apache-2.0) as one JSON object a line, gzip-compressed, with the
// fields text and bias (../shared/data/abp/articles.jsonl.gz beside the
// module by default). Each article's paragraphs are tokenised by the same
// tokenizer the annotator uses (prose, without tagging), and each word
// token becomes its term key as nlp.NormTerm makes it. Terms in fewer than
// -min-docs articles are left out. The output (the format is described in
// corpus/nlp/loaded/background.go) has its terms sorted, so the same
// input gives the same bytes. It takes about a minute on one core.
//
// With -keys topic the terms are alignment's keys instead (align.TopicKeys:
// the plain Porter2 stem, hyphenated compounds as their parts), for the
// document frequencies that event alignment's measurements of a
// background IDF read (compare/align/testdata/background-topic.tsv).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/scripts/internal/abp"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "background:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("background", flag.ContinueOnError)
	in := fs.String("in", abp.DefaultPath, "the Article-Bias-Prediction articles, JSON Lines, gzip-compressed")
	out := fs.String("out", "corpus/nlp/loaded/background.tsv", "the background file to write")
	minDocs := fs.Int("min-docs", loaded.MinDocs, "leave out terms found in fewer articles")
	keys := fs.String("keys", "stem", "the term keys: stem (nlp.NormTerm's, for the loaded-language model and framing) or topic (align.TopicKeys, for event alignment)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *keys != "stem" && *keys != "topic" {
		return fmt.Errorf("-keys must be stem or topic, got %q", *keys)
	}
	if *minDocs < 1 {
		return fmt.Errorf("-min-docs must be at least 1, got %d", *minDocs)
	}
	b, err := count(*in, *keys == "topic")
	if err != nil {
		return err
	}
	all := b.Terms()
	b.Prune(*minDocs)
	fmt.Fprintf(stderr, "background: %d articles, %d words, %d terms, %d in %d or more articles\n", b.Docs(), b.Words(), all, b.Terms(), *minDocs)
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	head := []string{
		"General-news background of corpus/nlp/loaded: term document frequencies.",
		"Source: Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0; see SOURCE.md.",
		"Built by: go run ./scripts/background (-min-docs " + fmt.Sprint(*minDocs) + ").",
		"Columns: term key, documents, occurrences, documents of left-, center-, right-rated outlets; row * holds the totals.",
	}
	if *keys == "topic" {
		head[0] = "General-news background of compare/align's IDF measurements: document frequencies of alignment's term keys (align.TopicKeys)."
		head[1] = "Source: Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0; see corpus/nlp/loaded/SOURCE.md."
		head[2] = "Built by: go run ./scripts/background -keys topic -out compare/align/testdata/background-topic.tsv (-min-docs " + fmt.Sprint(*minDocs) + ")."
	}
	err = b.Write(w, head...)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

var ratings = map[string]loaded.Rating{"left": loaded.Left, "center": loaded.Center, "right": loaded.Right}

func count(path string, topic bool) (*loaded.Background, error) {
	b := &loaded.Background{}
	st := nlp.Stemmer{}
	var keys, parts []string
	err := abp.Each(path, func(a *abp.Article) error {
		rat, ok := ratings[a.Bias]
		if !ok {
			return &corpus.ParseError{Source: path, Line: a.Line, Err: fmt.Errorf("bias %q is not left, center or right", a.Bias)}
		}
		keys = keys[:0]
		for _, para := range a.Paragraphs {
			for _, w := range para {
				if topic {
					parts = align.TopicKeys(w, st, parts[:0])
					for _, k := range parts {
						if termLike(k) {
							keys = append(keys, k)
						}
					}
					continue
				}
				if k := loaded.Key(w, st); termLike(k) {
					keys = append(keys, k)
				}
			}
		}
		b.Add(rat, keys)
		if len(st) > 1<<20 {
			clear(st) // bound the stem cache on a long run
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// termLike keeps keys that start with a letter or digit, hold a letter and
// nothing but letters, digits, hyphens, apostrophes, dots and the "~" of a
// word keyed apart from its stem (nlp.Stemmer), at most 40 bytes: words, not numbers, URLs, handles, symbols or the ellipsis the
// tokenizer leaves on a word ("...and").
func termLike(k string) bool {
	if len(k) == 0 || len(k) > 40 {
		return false
	}
	if r := []rune(k)[0]; !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	letter := false
	for _, r := range k {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), strings.ContainsRune("-'’.~", r):
		default:
			return false
		}
	}
	return letter
}
