package frame

// Quote accounting.
//
// Scoring: the direct quotes found during annotation (corpus/nlp/quote.go),
// per outlet: how many quotations (a quote running over several
// paragraphs counts once), how many quoted words (letters-and-digits runs,
// as Article.Words counts them) and their share of the outlet's words in the
// event; per speaker the quotations, the words, and the speaker's share of
// the outlet's quoted words. Speakers are ranked by words. Only lists the
// named speakers no other outlet of the event quotes. A claim that only
// one outlet quotes someone is checked against the others' text, as an
// omission is: the speaker is quoted elsewhere when another outlet has a
// speaker of the same surname ("David Brat" and "Dave Brat", "Raúl
// Labrador" and "Labrador"), or writes the surname with a verb of saying
// where an attribution stands, among the five words right after one of
// its quotations or right before it (",” Brat said", "said Mr. Bauer:
// “"), though annotation gave the quote no speaker or another one. A name
// merely mentioned near a quotation ("told Dana Whitfield that", "after
// Ferris said he backs it") is further away and does not count. Only a
// person is looked for so: a body's last word ("House" of the White
// House) stands in too many attributions that are not its own. Over
// basil-dev the check took back 21 of 237 claims, each read: 17 where
// another outlet quotes the same person ("David Brat", "Raúl Labrador",
// "William Kristol", "John Roberts Jr."), 3 unclear and 1 true claim
// lost to a bag of words (a reporter's surname with "said" right before
// another speaker's quote).
//
// Limits: indirect speech is not counted, so an outlet that paraphrases
// Lavrov gives him no quoted words. A quote whose speaker could not be
// resolved is counted under the empty name.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	near := quoteSurroundings(outlets, docs)
	people := map[string]bool{}
	for _, d := range docs {
		for _, m := range d.Entities {
			if m.Type == nlp.Person {
				people[m.Name] = true
			}
		}
	}
	for i := range out {
		for _, sp := range out[i].Speakers {
			if sp.Name != "" && len(quotedBy[sp.Name]) == 1 && !quotedElsewhere(sp.Name, out[i].Outlet, near, people[sp.Name]) {
				out[i].Only = append(out[i].Only, sp.Name)
			}
		}
		sort.Strings(out[i].Only)
	}
	return out
}

// quoteContext is the number of words on each side of a quotation where
// its attribution is looked for.
const quoteContext = 5

// quoteWords are, per outlet, its quote speakers by surname (folded,
// lower case) and the words around each of its quotations.
type quoteWords struct {
	surnames map[string][]string
	around   [][]string
}

func quoteSurroundings(outlets []string, docs []*nlp.Doc) map[string]*quoteWords {
	out := make(map[string]*quoteWords, len(outlets))
	for _, o := range outlets {
		qw := &quoteWords{surnames: map[string][]string{}}
		for _, d := range docs {
			if d.Outlet != o {
				continue
			}
			for _, q := range d.Quotes {
				if q.Speaker != "" {
					k := surnameKey(q.Speaker)
					qw.surnames[k] = append(qw.surnames[k], q.Speaker)
				}
				// A few hundred bytes hold the five words on each side.
				lo, hi := max(0, q.Start-200), min(len(d.Text), q.End+200)
				before := strings.Fields(strings.ToLower(fold(d.Text[lo:q.Start])))
				after := strings.Fields(strings.ToLower(fold(d.Text[q.End:hi])))
				qw.around = append(qw.around, before[max(0, len(before)-quoteContext):], after[:min(len(after), quoteContext)])
			}
		}
		out[o] = qw
	}
	return out
}

// surnameKey is the last word of a speaker's name, folded and lower case.
func surnameKey(name string) string {
	last, _ := nlp.Surname(name)
	return strings.ToLower(strings.TrimSpace(fold(last)))
}

// quotedElsewhere reports whether an outlet other than o quotes speaker,
// by the rule atop quotes.go; person says whether the speaker is a person,
// whose attribution is looked for beside the quotations too.
func quotedElsewhere(speaker, o string, near map[string]*quoteWords, person bool) bool {
	key := surnameKey(speaker)
	if key == "" {
		return false
	}
	for other, qw := range near {
		if other == o {
			continue
		}
		for _, s := range qw.surnames[key] {
			if sameBearer(speaker, s) {
				return true
			}
		}
		if !person {
			continue
		}
		for _, ws := range qw.around {
			if attributed(ws, speaker, key) {
				return true
			}
		}
	}
	return false
}

// sameBearer reports whether two names of one surname may name one
// person: one of them is the surname alone, their first words start with
// the same letter ("Dave Brat" and "David Brat", "Raul" and "Raúl",
// "Mike" and "Michael"), which keeps "Sasha Obama" from "Barack Obama",
// or one first name is a pet form of the other ("Dick Durbin" and
// "Richard Durbin", nlp.PetNames: one outlet's house style writes the
// formal name, and "only" one outlet had been said to quote the senator
// both quoted).
func sameBearer(a, b string) bool {
	fa, fb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(fa) < 2 || len(fb) < 2 {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(fa[0])
	rb, _ := utf8.DecodeRuneInString(fb[0])
	return unicode.ToLower(ra) == unicode.ToLower(rb) || nlp.PetNames(a, b)
}

// attributed reports whether the words ws, beside a quotation, hold a
// verb of saying and the surname key of speaker, not after another
// person's first name ("said Tom Ferris" is not Ana Ferris).
func attributed(ws []string, speaker, key string) bool {
	if !slices.ContainsFunc(ws, nlp.ReportsSpeech) {
		return false
	}
	for i, w := range ws {
		if w != key {
			continue
		}
		if i == 0 || nlp.IsHonorific(ws[i-1]) || nlp.ReportsSpeech(ws[i-1]) || sameBearer(speaker, ws[i-1]+" "+key) {
			return true
		}
	}
	return false
}
