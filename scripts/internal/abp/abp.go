// Package abp reads the Article-Bias-Prediction corpus (Baly et al., EMNLP
// 2020; ramybaly/Article-Bias-Prediction, Apache-2.0) as the repository's
// build scripts use it: ../shared/data/abp/articles.jsonl.gz, one JSON
// object a line, each article's text split into paragraphs and words the
// way framediff's annotator splits them. The scripts that build the
// embedded background counts, term keys and subjectivity scores read it
// through here, so that all three count the same words.
package abp

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// DefaultPath is the corpus as ../shared holds it, seen from the module root.
const DefaultPath = "../shared/data/abp/articles.jsonl.gz"

// Article is the part of a line that the scripts read.
type Article struct {
	Line int    // 1-based line of the file
	Text string // as published
	Bias string // AllSides' rating of the outlet: left, center or right
	// Paragraphs holds each paragraph's words (nlp.Words), in order.
	Paragraphs [][]string
}

// Each calls fn for every article of the gzip-compressed JSON Lines file at
// path, in file order, and stops at the first error, fn's or the file's: a
// line that is not a JSON object, or text the tokenizer refuses, is a
// *corpus.ParseError naming the file and line.
func Each(path string, fn func(*Article) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var a Article
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Text string `json:"text"`
			Bias string `json:"bias"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return &corpus.ParseError{Source: path, Line: line, Err: err}
		}
		a = Article{Line: line, Text: rec.Text, Bias: rec.Bias, Paragraphs: a.Paragraphs[:0]}
		for _, p := range corpus.Paragraphs(rec.Text) {
			words, err := nlp.Words(rec.Text[p.Start:p.End])
			if err != nil {
				return &corpus.ParseError{Source: path, Line: line, Err: err}
			}
			a.Paragraphs = append(a.Paragraphs, words)
		}
		if err := fn(&a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}
