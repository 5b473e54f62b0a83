// Command casing builds the list of words that general news writes in
// lower case (corpus/nlp/lowercase.txt): the words that, where a capital
// says something (inside a sentence, not after an opening quotation mark,
// a colon, a dash or a bracket), are written in lower case at least
// nine times in ten, over at least 20 such uses. Annotation reads a
// capitalised one-word name at a sentence's start as the common word it
// is in general news ("Bombastic", "Real" of "Real estate") when the
// article gives no other sign that it is a name (corpus/nlp/entity.go,
// dropCapitalisedWords). This is the word-frequency half of truecasing
// (Lita, Ittycheriah, Roukos & Kambhatla 2003, "tRuEcasIng", ACL).
//
//	go run ./scripts/casing [-in FILE] [-out FILE]
//
// The input is the Article-Bias-Prediction corpus (Baly et al., EMNLP
// 2020; Apache-2.0), as one JSON object a line, gzip-compressed
// (../shared/data/abp/articles.jsonl.gz beside the module by default),
// tokenised by the same tokenizer the annotator uses. The output is
// sorted, so the same input gives the same bytes. It takes about a minute
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
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/scripts/internal/abp"
)

// minUses and minLowerShare are the rule above.
const (
	minUses       = 20
	minLowerShare = 0.9
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "casing:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("casing", flag.ContinueOnError)
	in := fs.String("in", abp.DefaultPath, "the Article-Bias-Prediction articles, JSON Lines, gzip-compressed")
	out := fs.String("out", "corpus/nlp/lowercase.txt", "the word list to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c := counts{lower: map[string]int{}, capital: map[string]int{}}
	docs := 0
	err := abp.Each(*in, func(a *abp.Article) error {
		// The paragraphs' tokens with their punctuation, which says where
		// a sentence or a quotation begins (a.Paragraphs holds words only).
		for _, p := range corpus.Paragraphs(a.Text) {
			if err := c.addText(a.Text[p.Start:p.End]); err != nil {
				return err
			}
		}
		docs++
		return nil
	})
	if err != nil {
		return err
	}
	words := c.lowerWords()
	fmt.Fprintf(stderr, "casing: %d articles, %d words written in lower case at least %.0f%% of %d uses or more\n", docs, len(words), 100*minLowerShare, minUses)
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Words general news writes in lower case: at least %.0f%% of at least %d uses where a capital says something (rule: scripts/casing).\n", 100*minLowerShare, minUses)
	fmt.Fprintf(bw, "# Counted over the Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0, %d articles.\n", docs)
	fmt.Fprintf(bw, "# Built by: go run ./scripts/casing\n")
	for _, word := range words {
		fmt.Fprintln(bw, word)
	}
	err = bw.Flush()
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// counts holds, per lower-case word, its uses in lower case and with a
// capital where a capital says something.
type counts struct{ lower, capital map[string]int }

// addText counts the words of one paragraph's text, tokenized as
// annotation tokenizes it with the punctuation kept: the words alone
// (nlp.Words) hide where sentences begin, and every sentence's first word
// had counted as capitalised inside one, which kept the adverbs that open
// sentences ("Afterward", "Meanwhile", "Additionally") off the list.
func (c counts) addText(text string) error {
	toks, err := nlp.Tokens(text)
	if err != nil {
		return err
	}
	c.add(toks)
	return nil
}

// add counts the words of one paragraph, given as its tokens with their
// punctuation, as annotation's
// dropCapitalisedWords reads them: the first word of a sentence, and the
// first after a quotation mark, a colon, a dash or a bracket, says
// nothing by its capital; a word in capitals throughout is an acronym or
// a shout, and is not counted. A closing mark counts too: after `.”` a
// sentence starts ("“We will.” Afterward, the council met"), and reading
// its first word as capitalised inside a sentence had kept the adverbs
// that open sentences ("Afterward", "Meanwhile", "Additionally") off the
// list, so that annotation took them for names.
func (c counts) add(para []string) {
	first := true
	for _, w := range para {
		if !nlp.IsWord(w) {
			switch w {
			case ".", "!", "?", "—", "–", "-", "--", ":", "“", "”", "\"", "‘", "’", "'", "(":
				first = true
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			c.lower[w]++
		case !first && strings.ContainsFunc(w, unicode.IsLower):
			c.capital[strings.ToLower(w)]++
		}
		// A word the tokenizer left its full stop on ("Yes." before a
		// closing mark) may end a sentence: the next word's capital says
		// nothing (an abbreviation's, "Mr.", only costs a use not counted).
		first = strings.HasSuffix(w, ".")
	}
}

// lowerWords returns, sorted, the words the rule keeps.
func (c counts) lowerWords() []string {
	var out []string
	for _, w := range slices.Sorted(maps.Keys(c.lower)) {
		l, k := c.lower[w], c.capital[w]
		if l+k >= minUses && float64(l) >= minLowerShare*float64(l+k) {
			out = append(out, w)
		}
	}
	return out
}
