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
func runs(d *nlp.Doc, wm *wordMaker) (out [][]word, sents []int) {
	return runsWith(d, wm, prepare(d))
}

// runsWith is runs with the document's token roles and quotes already
// worked out.
func runsWith(d *nlp.Doc, wm *wordMaker, p *prepared) (out [][]word, sents []int) {
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
				w = wm.word(ti, text, d.Tokens[ti].Tag)
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

// wordMaker makes the words of one worker's documents as makeWord does,
// with one set of stop words, and keeps each token text's word: a
// document repeats its words, and a corpus's documents share most of
// theirs, so a look-up by the text replaces most calls to nlp.NormTerm
// (lower case, stop words, stems: two fifths of preparing a document). A
// word depends on its text and on whether its tag starts with NNP alone,
// so what is kept never changes one. The strings kept are copies, not
// slices of a document's text, since a Framer's wordMakers outlive the
// documents of a chunk; each table keeps at most maxKeptWords texts. It
// is not safe for concurrent use.
type wordMaker struct {
	sw nlp.Stopwords
	st nlp.Stemmer
	// kept holds the words made, without their token, by text: [0] for
	// tags that start with NNP, [1] for the others.
	kept [2]map[string]word
}

// maxKeptWords bounds each of a wordMaker's tables (about 10 MB each,
// full): news holds tens of thousands of distinct token texts in a
// language, most of them in every few hundred articles.
const maxKeptWords = 1 << 16

func newWordMaker(sw nlp.Stopwords, st nlp.Stemmer) *wordMaker {
	return &wordMaker{sw: sw, st: st, kept: [2]map[string]word{{}, {}}}
}

// word is makeWord(ti, text, tag, wm.sw, wm.st).
func (wm *wordMaker) word(ti int, text, tag string) word {
	k := 1
	if strings.HasPrefix(tag, "NNP") {
		k = 0
	}
	w, ok := wm.kept[k][text]
	if !ok {
		w = makeWord(0, text, tag, wm.sw, wm.st)
		if len(wm.kept[k]) < maxKeptWords {
			kw := w
			kw.key, kw.form = strings.Clone(w.key), strings.Clone(w.form)
			wm.kept[k][strings.Clone(text)] = kw
		}
	}
	w.tok = ti
	return w
}

// wordMakers hands each worker a wordMaker of its own, kept from one
// document or event to the next, and a Framer's from one chunk of events
// to the next.
type wordMakers chan *wordMaker

func newWordMakers(n int, sw nlp.Stopwords) wordMakers {
	s := make(wordMakers, n)
	for range n {
		s <- newWordMaker(sw, nlp.Stemmer{})
	}
	return s
}

func (s wordMakers) get() *wordMaker   { return <-s }
func (s wordMakers) put(wm *wordMaker) { s <- wm }

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
	if strings.IndexByte(tok, '\'') < 0 && !strings.Contains(tok, "’") {
		return false // every clitic has an apostrophe; most tokens have none
	}
	t := strings.ToLower(strings.ReplaceAll(tok, "’", "'"))
	switch t {
	case "'s", "'re", "'ll", "'ve", "'m", "'d", "n't", "'t":
		return true
	}
	return false
}
