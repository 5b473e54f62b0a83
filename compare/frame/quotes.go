package frame

// Quote accounting.
//
// Scoring: the direct quotes found during annotation (corpus/nlp/quote.go),
// per outlet: how many quotations (a quote running over several
// paragraphs counts once), how many quoted words (letters-and-digits runs,
// as Article.Words counts them) and their share of the outlet's words in the
// event; per speaker the quotations, the words, and the speaker's share of
// the outlet's quoted words. Speakers are ranked by words. Only lists the
// named speakers no other outlet of the event quotes.
//
// Limits: indirect speech is not counted, so an outlet that paraphrases
// Lavrov gives him no quoted words. A quote whose speaker could not be
// resolved is counted under the empty name.

import (
	"sort"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// maxQuoted is the number of quotations listed per speaker.
const maxQuoted = 3

func (c *Framer) quotes(outlets []string, docs []*nlp.Doc) []OutletQuotes {
	out := make([]OutletQuotes, 0, len(outlets))
	quotedBy := map[string]map[string]bool{} // speaker -> outlets
	for _, o := range outlets {
		oq := OutletQuotes{Outlet: o, Speakers: []Speaker{}, Only: []string{}}
		by := map[string]*Speaker{}
		words := 0
		for _, d := range docs {
			if d.Outlet != o {
				continue
			}
			words += d.WordCount
			for _, q := range d.Quotes {
				name := q.Speaker
				sp := by[name]
				if sp == nil {
					sp = &Speaker{Name: name, Quoted: []QuoteExample{}}
					by[name] = sp
				}
				n := corpus.CountWords(d.Text[q.Start:q.End])
				sp.Words += n
				oq.Words += n
				if !q.Continues {
					sp.Quotes++
					oq.Quotes++
				}
				if len(sp.Quoted) < maxQuoted {
					sp.Quoted = append(sp.Quoted, QuoteExample{Article: d.ID, Start: q.Start, End: q.End, Text: d.Text[q.Start:q.End], Cue: q.Cue})
				}
				if name != "" {
					if quotedBy[name] == nil {
						quotedBy[name] = map[string]bool{}
					}
					quotedBy[name][o] = true
				}
			}
		}
		for _, sp := range by {
			if oq.Words > 0 {
				sp.Share = round(float64(sp.Words)/float64(oq.Words), 4)
			}
			oq.Speakers = append(oq.Speakers, *sp)
		}
		sort.Slice(oq.Speakers, func(i, j int) bool {
			a, b := oq.Speakers[i], oq.Speakers[j]
			if (a.Name == "") != (b.Name == "") {
				return b.Name == "" // the unresolved last
			}
			if a.Words != b.Words {
				return a.Words > b.Words
			}
			return a.Name < b.Name
		})
		if words > 0 {
			oq.Share = round(float64(oq.Words)/float64(words), 4)
		}
		out = append(out, oq)
	}
	for i := range out {
		for _, sp := range out[i].Speakers {
			if sp.Name != "" && len(quotedBy[sp.Name]) == 1 {
				out[i].Only = append(out[i].Only, sp.Name)
			}
		}
		sort.Strings(out[i].Only)
	}
	return out
}
