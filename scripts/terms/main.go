// Command terms builds the term keys of corpus/nlp (termkeys.tsv): for
// each word whose key is not its plain Porter2 stem, the key that keeps
// it with its own inflections and apart from other words (the rule and
// the algorithm are atop corpus/nlp/lemma.go).
//
//	go run ./scripts/terms [-in FILE] [-out FILE]
//
// The vocabulary is the lower-case words of the Article-Bias-Prediction
// corpus (Baly et al., EMNLP 2020; Apache-2.0; 37,554 articles), as one
// JSON object a line, gzip-compressed (../shared/data/abp/articles.jsonl.gz
// beside the module by default), tokenised by the same tokenizer the
// annotator uses, each word written in lower case counted once per
// article. The output is
// sorted, so the same input gives the same bytes. It takes under a minute
// on one core.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/scripts/internal/abp"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "terms:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("terms", flag.ContinueOnError)
	in := fs.String("in", abp.DefaultPath, "the Article-Bias-Prediction articles, JSON Lines, gzip-compressed")
	out := fs.String("out", "corpus/nlp/termkeys.tsv", "the term-key file to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	v, names, docs, err := vocabulary(*in)
	if err != nil {
		return err
	}
	keys := v.TermKeys(names)
	fmt.Fprintf(stderr, "terms: %d articles, %d words in lower case, %d with a capital, %d keyed apart from their Porter2 stem\n", docs, len(v), len(names), len(keys))
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Term keys of corpus/nlp: words whose key is not their plain Porter2 stem (rule: corpus/nlp/lemma.go).\n")
	fmt.Fprintf(bw, "# Vocabulary: Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0, %d articles; words in %d or more.\n", docs, nlp.TermMinDocs)
	fmt.Fprintf(bw, "# Built by: go run ./scripts/terms\n")
	fmt.Fprintf(bw, "# Columns: word, key.\n")
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		fmt.Fprintf(bw, "%s\t%s\n", k, keys[k])
	}
	err = bw.Flush()
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// vocabulary counts, for each word, the articles it appears in written in
// lower case and, apart, with a capital (as a name or at a sentence's
// start).
func vocabulary(path string) (v, names nlp.Vocabulary, docs int, err error) {
	v, names = nlp.Vocabulary{}, nlp.Vocabulary{}
	seen, capital := map[string]bool{}, map[string]bool{}
	err = abp.Each(path, func(a *abp.Article) error {
		clear(seen)
		clear(capital)
		for _, para := range a.Paragraphs {
			for _, w := range para {
				// Only words written in lower case: a name ("Peele",
				// "Bragg") is not the lemma of "peeled" or "bragged".
				if l := strings.ToLower(w); w == l {
					seen[w] = true
				} else {
					capital[l] = true
				}
			}
		}
		for w := range seen {
			v[w]++
		}
		for w := range capital {
			names[w]++
		}
		docs++
		return nil
	})
	return v, names, docs, err
}
