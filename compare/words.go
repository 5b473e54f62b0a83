package compare

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/kljensen/snowball/english"
)

//go:embed stopwords.txt
var builtinStopwords string

// Stopwords is a set of lower-case words left out of term statistics and
// alignment vectors.
type Stopwords map[string]bool

// DefaultStopwords is the built-in list, stopwords.txt in this package.
var DefaultStopwords = mustStopwords(builtinStopwords)

func mustStopwords(s string) Stopwords {
	sw, err := ReadStopwords("stopwords.txt", strings.NewReader(s))
	if err != nil {
		panic("compare: built-in stop words: " + err.Error())
	}
	return sw
}

// ReadStopwords reads a stop-word file: one word per line, matched without
// regard to case; "#" starts a comment; blank lines are ignored. The list
// replaces the built-in one (start from stopwords.txt to extend it).
func ReadStopwords(name string, r io.Reader) (Stopwords, error) {
	sw := Stopwords{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if i := strings.Index(l, "#"); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l != "" {
			sw[strings.ToLower(l)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return sw, nil
}

// word is a token prepared for counting.
type word struct {
	tok    int    // index into Doc.Tokens
	key    string // the stem, or the acronym as written
	form   string // the surface form to show: lower case unless a proper noun
	stop   bool
	proper bool
	// first is the sentence's first word, whose capital says nothing.
	first bool
}

// stemmer caches stems; it is not safe for concurrent use.
type stemmer map[string]string

func (s stemmer) stem(lower string) string {
	if v, ok := s[lower]; ok {
		return v
	}
	v := english.Stem(lower, true)
	s[lower] = v
	return v
}

// runs splits a document into runs of words: maximal sequences of word
// tokens inside one sentence with no punctuation between them. N-grams never
// cross a run boundary. runs[i] belongs to sentence sents[i].
func runs(d *nlp.Doc, sw Stopwords, st stemmer) (out [][]word, sents []int) {
	for si, s := range d.Sentences {
		var cur []word
		first := true
		flush := func() {
			if len(cur) > 0 {
				out = append(out, cur)
				sents = append(sents, si)
				cur = nil
			}
		}
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			text := d.TokenText(ti)
			if !nlp.IsWord(text) || text == "’s" || text == "'s" {
				// A possessive ends a run too: "NATO’s eastward expansion"
				// holds the phrase "eastward expansion", not "NATO s eastward".
				flush()
				continue
			}
			w := makeWord(ti, text, d.Tokens[ti].Tag, sw, st)
			if ti > s.TokStart && !w.proper && unicode.IsUpper([]rune(text)[0]) {
				// Capitalised inside a sentence: a demonym or a name the
				// tagger missed ("Russian", "Western"); keep the case.
				w.form = strings.Trim(text, "'’-")
			}
			w.first, first = first, false
			cur = append(cur, w)
		}
		flush()
	}
	return out, sents
}

func makeWord(ti int, text, tag string, sw Stopwords, st stemmer) word {
	text = strings.Trim(strings.ReplaceAll(text, "’", "'"), "'-")
	lower := strings.ToLower(text)
	// "Mr." and "Sen." are the stop words "mr" and "sen".
	w := word{tok: ti, stop: sw[lower] || lower == "" || strings.HasSuffix(lower, ".") && sw[strings.TrimSuffix(lower, ".")]}
	proper := strings.HasPrefix(tag, "NNP")
	switch {
	case isAcronym(text):
		// "US" must not become the stop word "us"; "U.S." is "US".
		w.key, w.form, w.stop, w.proper = strings.ReplaceAll(text, ".", ""), text, false, true
	case proper:
		w.key, w.form, w.proper = st.stem(lower), text, true
	default:
		w.key, w.form = st.stem(lower), lower
	}
	return w
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// isContent reports whether a token is a content word for alignment: a noun,
// verb, adjective or number that is not a stop word.
func isContent(w word, tag string) bool {
	if w.stop || len(w.key) < 2 {
		return false
	}
	switch {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "VB"), strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "FW":
		return true
	}
	return false
}
