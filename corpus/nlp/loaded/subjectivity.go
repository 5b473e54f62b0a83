package loaded

// The embedded distributional subjectivity scores (distributional.go
// builds them; `go run ./scripts/subjectivity` writes subjectivity.tsv
// from the Article-Bias-Prediction corpus, source and licence in
// SOURCE.md).
//
// File format, tab-separated, "#" comments: a lower-case word and its
// score in [0, 1], words in byte order.
//
//	bogus	0.412
//	border	0.003

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
)

// SubjectivityLexicon maps lower-case words to their distributional
// subjectivity score.
type SubjectivityLexicon map[string]float64

//go:embed subjectivity.tsv
var subjectivityFile string

var newsSubjectivity = sync.OnceValue(func() SubjectivityLexicon {
	l, err := ReadSubjectivity("subjectivity.tsv", strings.NewReader(subjectivityFile))
	if err != nil {
		panic("loaded: embedded subjectivity: " + err.Error())
	}
	return l
})

// NewsSubjectivity returns the embedded scores. They are shared and
// read-only.
func NewsSubjectivity() SubjectivityLexicon { return newsSubjectivity() }

// Score returns the score of a word (any case) or of its first base form
// the lexicon holds ("slammed" as "slam"), and whether it holds one.
func (l SubjectivityLexicon) Score(word string) (float64, bool) {
	return lookup(l, bases(strings.ToLower(word)))
}

// Write writes s in the format ReadSubjectivity reads, after the comment
// lines given, scores to 3 decimals.
func (s *Subjectivity) Write(w io.Writer, comments ...string) error {
	bw := bufio.NewWriter(w)
	for _, c := range comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	for i, word := range s.Words {
		fmt.Fprintf(bw, "%s\t%.3f\n", word, s.Scores[i])
	}
	return bw.Flush()
}

// ReadSubjectivity reads a subjectivity file (the format is described
// atop subjectivity.go). A malformed line is a *corpus.ParseError naming
// it.
func ReadSubjectivity(name string, r io.Reader) (SubjectivityLexicon, error) {
	out := SubjectivityLexicon{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		word, val, ok := strings.Cut(l, "\t")
		if !ok || word == "" {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("want a word, a tab and a score")}
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || !(v >= 0 && v <= 1) { // NaN fails both
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("score %q is not a number in [0, 1]", val)}
		}
		if _, dup := out[word]; dup {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("word %q listed twice", word)}
		}
		out[word] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}
