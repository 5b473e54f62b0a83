package frame

// Loaded language in an event: the words each outlet chose that a reader
// of news would call loaded ("fierce", "bogus", "slammed"), scored word by
// word by the model of corpus/nlp/loaded (trained on BASIL's annotations
// of lexical bias), and what they make of the distinctive terms.
//
// Framing terms are the distinctive terms (terms.go: an outlet's own
// voice against the event's other outlets, log-odds with an informative
// prior) whose occurrences are loaded: the mean over the term's uses of
// its most loaded word's score reaches the model's threshold. They are
// ranked by the evidence that they are loaded and distinctive
// (framingEvidence), and are what an outlet's wording adds to the story,
// "de-escalate" against "propaganda campaign", as distinct from what it
// covers (topical terms: "border", "talks"); the report lists them first.
//
// Loaded words are every loaded word the outlet used in its own voice,
// with counts, the rate per 1,000 words of its own voice, and example
// sentences; the loaded words it quoted are listed apart, with whose they
// are.
//
// Emphasis is what each outlet puts first: the entities, framing terms
// and loaded words of its headline and lead paragraph.
//
// Limits: the model finds about one loaded word in six that BASIL's
// annotators marked, and about one flagged word in eight is one they
// marked (held-out F1 0.14; corpus/nlp/loaded/README.md); a rare word
// scores high. Read the words with their sentences.

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// maxLoadedWords caps the loaded words listed per outlet and voice.
const maxLoadedWords = 15

// loadedScores returns each token's loaded score for d (0 for tokens that
// are no words), scored once per event.
func loadedScores(m *loaded.Model, d *nlp.Doc) []float64 {
	out := make([]float64, len(d.Tokens))
	for _, o := range m.Score(d) {
		out[o.Tok] = o.Score
	}
	return out
}

// gramLoaded is an occurrence's loaded score: its most loaded word's.
func (c *Framer) gramLoaded(d *nlp.Doc, g gram) float64 {
	sc := c.scores[d]
	if sc == nil {
		return 0
	}
	best := 0.0
	for t := g.tok0; t <= g.tok1 && t < len(sc); t++ {
		best = max(best, sc[t])
	}
	return best
}

// framingEvidence ranks framing terms: how far the mean loaded score of
// the term's uses lies above the model's threshold, in log-odds, plus its
// distinctiveness in units of the z of two-sided 5% significance:
//
//	logit(loaded) - logit(threshold) + z / 1.96
//
// A term twice as distinctive as another is not worth more to a reader
// if its uses are barely loaded, nor a loaded word that every outlet
// uses alike (z near 0). The sum was chosen, among z alone, the mean
// score alone, the expected number of loaded uses, z × mean score, and
// z × (the log-odds margin + 1), by the lift of each outlet's first one
// and first three framing terms on BASIL's training years, each year
// framed by a model not fitted on it (corpus/nlp/loaded/README.md). With
// ten terms shown the rankings could not be told apart there: an outlet
// has fewer than ten framing terms in a three-article event.
func framingEvidence(loaded, threshold, z float64) float64 {
	return logit(loaded) - logit(threshold) + z/1.96
}

// logit is the log-odds of p, p clamped to [1e-6, 1-1e-6].
func logit(p float64) float64 {
	p = min(max(p, 1e-6), 1-1e-6)
	return math.Log(p / (1 - p))
}

// termLoaded is the mean loaded score of a term's uses by one side.
func termLoaded(tc *termCounts, id int) float64 {
	if tc.count[id] == 0 {
		return 0
	}
	return tc.loaded[id] / float64(tc.count[id])
}

// framing returns outlet o's framing terms: its distinctive terms in its
// own voice that are loaded, ranked by framingEvidence.
func (c *Framer) framing(et *eventTerms, o string) []FramingTerm {
	me := et.by[o]
	rest := restSide(et, me)
	ranked := c.score(et, outletSide(me), rest, false)
	var cand []scored
	for _, s := range ranked {
		if l := termLoaded(me, s.id); l >= c.model.Threshold {
			// pick ranks by zr: for framing terms it holds their evidence,
			// to the same 1e-9 (z stays what the report shows).
			s.zr = math.Round(framingEvidence(l, c.model.Threshold, s.z) * 1e9)
			cand = append(cand, s)
		}
	}
	out := []FramingTerm{}
	for _, s := range c.pick(et, cand, 1, c.opts.Top) {
		out = append(out, FramingTerm{
			Outlet: o, Term: et.forms[s.id].top(), N: s.n,
			Count: s.ya, OthersCount: s.yb, Z: round(s.z, 4),
			Significant: significant(s.z),
			Loaded:      round(termLoaded(me, s.id), 3),
			Voice:       VoiceOwn,
			Examples:    examples(me.where[s.id]),
		})
	}
	return out
}

// quotedTerms returns the words outlet o chose to quote that set it
// apart: its distinctive terms among quoted words against the words the
// event's other outlets quote, each with who said them.
func (c *Framer) quotedTerms(et *eventTerms, o string) []Term {
	me := et.by[o]
	if me == nil {
		return nil
	}
	rest := restSide(et, me)
	ranked := c.score(et, outletSide(me), rest, false)
	var out []Term
	for _, s := range c.pick(et, ranked, 1, c.opts.Top) {
		t := termOf(et, o, me, rest, s, VoiceQuoted)
		seen := map[string]bool{}
		for _, r := range me.where[s.id] {
			if sp := speakerOf(r.doc, r.quote); sp != "" && !seen[sp] {
				seen[sp] = true
				t.Speakers = append(t.Speakers, sp)
			}
		}
		sort.Strings(t.Speakers)
		out = append(out, t)
	}
	return out
}

// loadedWords lists, per outlet and voice, the loaded words it used.
func (c *Framer) loadedWords(outlets []string, docs []*nlp.Doc) []OutletLoaded {
	out := []OutletLoaded{}
	for _, o := range outlets {
		for _, quoted := range []bool{false, true} {
			ol := OutletLoaded{Outlet: o, Voice: VoiceOwn, Words: []LoadedWord{}}
			if quoted {
				ol.Voice = VoiceQuoted
			}
			byWord := map[string]*LoadedWord{}
			words := 0
			for _, d := range docs {
				if d.Outlet != o {
					continue
				}
				words += c.prep[d].words(quoted)
				sc, qs := c.scores[d], c.prep[d].quotes
				for ti, score := range sc {
					if score < c.model.Threshold || (qs[ti] >= 0) != quoted {
						continue
					}
					key := strings.ToLower(d.TokenText(ti))
					lw := byWord[key]
					if lw == nil {
						lw = &LoadedWord{Word: key}
						byWord[key] = lw
					}
					lw.Count++
					lw.Score = max(lw.Score, round(score, 3))
					si := d.SentenceAt(d.Tokens[ti].Start)
					if len(lw.Examples) < maxExamples && (len(lw.Examples) == 0 || lw.Examples[len(lw.Examples)-1].Start != d.Sentences[si].Start) {
						lw.Examples = append(lw.Examples, sentenceExample(d, si, d.Tokens[ti].Start, d.Tokens[ti].End))
					}
					if sp := speakerOf(d, qs[ti]); sp != "" && !slices.Contains(lw.Speakers, sp) {
						lw.Speakers = append(lw.Speakers, sp)
					}
				}
			}
			for _, lw := range byWord {
				sort.Strings(lw.Speakers)
				ol.Words = append(ol.Words, *lw)
				ol.Count += lw.Count
			}
			sort.Slice(ol.Words, func(i, j int) bool {
				a, b := ol.Words[i], ol.Words[j]
				if a.Count != b.Count {
					return a.Count > b.Count
				}
				if a.Score != b.Score {
					return a.Score > b.Score
				}
				return a.Word < b.Word
			})
			if len(ol.Words) > maxLoadedWords {
				ol.Words = ol.Words[:maxLoadedWords]
			}
			ol.Rate = round(per1000(ol.Count, words), 3)
			ol.VoiceWords = words
			if quoted && ol.Count == 0 {
				continue
			}
			out = append(out, ol)
		}
	}
	return out
}

// emphasis lists, per outlet, what its headlines and lead paragraphs hold:
// the entities, the framing terms and the loaded words.
func (c *Framer) emphasis(outlets []string, docs []*nlp.Doc, framing []FramingTerm) []Emphasis {
	out := []Emphasis{}
	for _, o := range outlets {
		e := Emphasis{Outlet: o, Headlines: []string{}, Entities: []string{}, FramingTerms: []string{}, LoadedWords: []string{}}
		seen := map[string]bool{}
		add := func(list *[]string, kind, s string) {
			if s != "" && !seen[kind+s] {
				seen[kind+s] = true
				*list = append(*list, s)
			}
		}
		var leads []string // the lead paragraphs, for finding framing terms
		for _, d := range docs {
			if d.Outlet != o {
				continue
			}
			add(&e.Headlines, "h", strings.TrimSpace(d.Title))
			lead := leadEnd(d)
			if len(d.Paragraphs) > 0 {
				leads = append(leads, d.Text[d.Paragraphs[0].Start:d.Paragraphs[0].End])
			}
			// The dateline's place and the outlet's own name say where it
			// filed from, not what it leads with (furniture.go).
			roles := c.prep[d].roles
			for _, m := range d.Entities {
				if m.Start < lead && !furnitureSpan(d, roles, m.Start, m.End) {
					add(&e.Entities, "e", m.Name)
				}
			}
			for ti, score := range c.scores[d] {
				if d.Tokens[ti].Start >= lead {
					break
				}
				if score >= c.model.Threshold {
					add(&e.LoadedWords, "w", strings.ToLower(d.TokenText(ti)))
				}
			}
		}
		hay := strings.ToLower(strings.Join(e.Headlines, " ") + " " + strings.Join(leads, " "))
		for _, f := range framing {
			if f.Outlet == o && strings.Contains(hay, strings.ToLower(f.Term)) {
				add(&e.FramingTerms, "f", f.Term)
			}
		}
		out = append(out, e)
	}
	return out
}

// leadEnd is the byte offset where d's lead paragraph ends.
func leadEnd(d *nlp.Doc) int {
	if len(d.Paragraphs) == 0 {
		return 0
	}
	return d.Paragraphs[0].End
}
