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
