package frame

// Voice: whose words these are. What an outlet writes in its own voice is
// its framing; what it quotes is someone else's wording that it chose to
// print. RT's "propaganda campaign" is Sergey Lavrov's phrase, quoted;
// another outlet may use the same phrase as its own. Distinctive terms,
// framing terms and loaded words are counted in the outlet's own voice;
// the words it quotes are reported apart, with who said them.
//
// A token is quoted when it lies inside a direct quote that annotation
// found (corpus/nlp: quote marks, across sentences and paragraphs); the
// quote's speaker is whose words they are. Indirect speech ("Lavrov said
// the campaign was propaganda") is the outlet's own voice: the wording is
// the outlet's.

import (
	"sort"

	"github.com/framediff/framediff/corpus/nlp"
)

// Voices of a term, as the report names them.
const (
	VoiceOwn    = "own"
	VoiceQuoted = "quoted"
)

// prepared is what the framing of an event reads of each document more
// than once: its tokens' roles (furniture.go), the quote each token is
// in, and how many of its words are in its own voice and in quotes.
type prepared struct {
	roles       []uint8
	quotes      []int
	ownWords    int
	quotedWords int
}

func prepare(d *nlp.Doc) *prepared {
	p := &prepared{roles: tokenRoles(d), quotes: quoteOf(d)}
	for i := range d.Tokens {
		if !nlp.IsWord(d.TokenText(i)) {
			continue
		}
		if p.quotes[i] >= 0 {
			p.quotedWords++
		} else {
			p.ownWords++
		}
	}
	return p
}

// words returns the number of words in one voice: its own, or quoted.
func (p *prepared) words(quoted bool) int {
	if quoted {
		return p.quotedWords
	}
	return p.ownWords
}

// quoteOf returns, for each token of d, the index in d.Quotes of the
// direct quote holding it, or -1 where the outlet speaks in its own voice.
func quoteOf(d *nlp.Doc) []int {
	out := make([]int, len(d.Tokens))
	for i := range out {
		out[i] = -1
	}
	for k, q := range d.Quotes {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= q.Start })
		for ; i < len(d.Tokens) && d.Tokens[i].End <= q.End; i++ {
			out[i] = k
		}
	}
	return out
}

// speakerOf returns who said quote q of d, or "" when annotation found no
// speaker.
func speakerOf(d *nlp.Doc, q int) string {
	if q < 0 || q >= len(d.Quotes) {
		return ""
	}
	return d.Quotes[q].Speaker
}
