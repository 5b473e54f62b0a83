package frame

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

// word is a token prepared for counting.
type word struct {
	tok    int    // index into Doc.Tokens
	key    string // the stem, or the acronym as written
	form   string // the surface form to show: lower case unless a proper noun
	stop   bool
	proper bool
	// first is the sentence's first word, whose capital says nothing.
	first bool
	// title is a capitalised word of a title before a person's name: part
	// of phrases, no term of its own (see furniture.go).
	title bool
	// quote is the index in Doc.Quotes of the direct quote the word is
	// in, or tokOwn or tokReported outside quotes (voice.go).
	quote int
}

// runs splits a document into runs of words: maximal sequences of word
// tokens inside one sentence with no punctuation between them. N-grams never
// cross a run boundary. runs[i] belongs to sentence sents[i].
//
// Furniture and numbers (furniture.go) end a run and are no words of it.
func runs(d *nlp.Doc, sw nlp.Stopwords, st nlp.Stemmer) (out [][]word, sents []int) {
	return runsWith(d, sw, st, prepare(d))
}

// runsWith is runs with the document's token roles and quotes already
// worked out.
func runsWith(d *nlp.Doc, sw nlp.Stopwords, st nlp.Stemmer, p *prepared) (out [][]word, sents []int) {
	roles, quotes := p.roles, p.quotes
	other := otherLanguage(d)
	// Every run is a stretch of one array of the document's words, which
	// holds at most a word per token and so is never moved: a slice per
	// run grown word by word was a tenth of the bytes a cold comparison
	// allocated.
	all := make([]word, 0, len(d.Tokens))
	for si, s := range d.Sentences {
		start := len(all)
		first := true
		flush := func() {
			if len(all) > start {
				out = append(out, all[start:len(all):len(all)])
				sents = append(sents, si)
				start = len(all)
			}
		}
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			text := d.TokenText(ti)
			if !nlp.IsWord(text) || isContraction(text) || roles[ti]&(roleFurniture|roleNumber) != 0 {
				// A possessive ends a run too: "NATO’s eastward expansion"
				// holds the phrase "eastward expansion", not "NATO s eastward".
				flush()
				continue
			}
			if len(all) > start && all[len(all)-1].quote != quotes[ti] {
				flush() // a run is in one voice
			}
			var w word
			if other != nil {
				w = makeOtherWord(ti, text, d.Tokens[ti].Tag, other)
			} else {
				w = makeWord(ti, text, d.Tokens[ti].Tag, sw, st)
			}
			if ti > s.TokStart && !w.proper && unicode.IsUpper([]rune(text)[0]) {
				// Capitalised inside a sentence: a demonym or a name the
				// tagger missed ("Russian", "Western"); keep the case.
				w.form = strings.Trim(text, "'’-")
			}
			w.first, first = first, false
			w.title = roles[ti]&roleTitle != 0
			w.quote = quotes[ti]
			all = append(all, w)
		}
		flush()
	}
	return out, sents
}

func makeWord(ti int, text, tag string, sw nlp.Stopwords, st nlp.Stemmer) word {
	t := nlp.NormTerm(text, tag, sw, st)
	return word{tok: ti, key: t.Key, form: t.Form, stop: t.Stop, proper: t.Proper}
}

// makeOtherWord prepares a word of a language of corpus/nlp/lang: its key
// is its Snowball stem in that language, marked with the language so that
// it never meets another language's word ("es:ucrani"); stop words are
// that language's.
func makeOtherWord(ti int, text, tag string, l *lang.Language) word {
	folded := lang.Fold(strings.Trim(text, "'’-"))
	w := word{tok: ti, key: l.Code + ":" + l.Stem(folded), form: folded, stop: l.IsStop(folded) || folded == ""}
	if tag == "NNP" {
		w.form, w.proper = strings.Trim(text, "'’-"), true
	}
	return w
}

// isContraction reports whether a token is the clitic of a contraction or
// a possessive ("'s", "’re", "'ll", "n't"), which is no word of its own:
// "re" of "we're" is no term.
func isContraction(tok string) bool {
	t := strings.ToLower(strings.ReplaceAll(tok, "’", "'"))
	switch t {
	case "'s", "'re", "'ll", "'ve", "'m", "'d", "n't", "'t":
		return true
	}
	return false
}
