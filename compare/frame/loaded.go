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
// Limits: the model finds about one loaded word in five that BASIL's
// annotators marked, and about one flagged word in six is one they
// marked (held-out F1 0.18; corpus/nlp/loaded/README.md); a rare word
// scores high. Read the words with their sentences.

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

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
			Outlet: o, Term: outletForm(et, me, s.id), N: s.n,
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
		for _, voice := range []string{VoiceOwn, VoiceQuoted, VoiceReported} {
			ol := OutletLoaded{Outlet: o, Voice: voice, Words: []LoadedWord{}}
			byWord := map[string]*LoadedWord{}
			words := 0
			for _, d := range docs {
				if d.Outlet != o {
					continue
				}
				words += c.prep[d].words(voice)
				sc, qs, roles := c.scores[d], c.prep[d].quotes, c.prep[d].roles
				for ti, score := range sc {
					if score < c.model.Threshold || voiceOf(qs[ti]) != voice || roles[ti]&roleFurniture != 0 {
						continue // furniture is no word choice (furniture.go)
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
			if voice != VoiceOwn && ol.Count == 0 {
				continue
			}
			out = append(out, ol)
		}
	}
	return out
}

// emphasis lists, per outlet, what its headlines and lead paragraphs hold:
// the entities (those of the headline first, found by the names the
// article uses anywhere, since annotation reads only the text), and the
// framing terms and loaded words of its own voice: a word the lead quotes
// is the speaker's, not the outlet's (voice.go).
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
		var own []string // the headlines and the lead paragraphs' own voice, for finding framing terms
		for _, d := range docs {
			if d.Outlet != o {
				continue
			}
			add(&e.Headlines, "h", strings.TrimSpace(d.Title))
			own = append(own, d.Title)
			lead := leadEnd(d)
			// The dateline's place and the outlet's own name say where it
			// filed from, not what it leads with (furniture.go).
			roles, qs := c.prep[d].roles, c.prep[d].quotes
			for _, name := range headlineNames(d, roles) {
				add(&e.Entities, "e", name)
			}
			for _, m := range d.Entities {
				if m.Start < lead && !furnitureSpan(d, roles, m.Start, m.End) {
					add(&e.Entities, "e", m.Name)
				}
			}
			var words []string
			for ti := range d.Tokens {
				if d.Tokens[ti].Start >= lead {
					break
				}
				if qs[ti] == tokOwn {
					words = append(words, d.TokenText(ti))
				} else {
					words = append(words, "\x00") // a quote or reported speech breaks a phrase
				}
			}
			own = append(own, strings.Join(words, " "))
			if docLanguage(d) != "en" {
				continue // the loaded-word model reads English (languages.go)
			}
			for ti, score := range c.scores[d] {
				if d.Tokens[ti].Start >= lead {
					break
				}
				if score >= c.model.Threshold && qs[ti] == tokOwn {
					add(&e.LoadedWords, "w", strings.ToLower(d.TokenText(ti)))
				}
			}
		}
		for _, f := range framing {
			if f.Outlet == o && slices.ContainsFunc(own, func(s string) bool { return containsWords(s, f.Term) }) {
				add(&e.FramingTerms, "f", f.Term)
			}
		}
		// A one-word name that a longer name listed ends with is that
		// name's short form ("Sakamoto", "Kaori Sakamoto").
		e.Entities = slices.DeleteFunc(e.Entities, func(n string) bool {
			return !strings.Contains(n, " ") && slices.ContainsFunc(e.Entities, func(m string) bool { return strings.HasSuffix(m, " "+n) })
		})
		out = append(out, e)
	}
	return out
}

// headlineNames returns the names of d's entities that its headline gives,
// in the headline's order: each capitalised form the article writes a name
// in (outside its furniture), found in the title as whole words ("Ryan"
// in "Biden-Ryan Debate" of an article that writes "Ryan"). A capitalised
// headline word the article never uses as a name is none: "Price" in "Gas
// Price Rises" is no Jim Price's unless the article calls him "Price".
func headlineNames(d *nlp.Doc, roles []uint8) []string {
	type at struct {
		pos, end int
		name     string
	}
	var found []at
	seen := map[string]bool{}
	for _, m := range d.Entities {
		form := d.Text[m.Start:m.End]
		if seen[form] || !isCapitalised(form) || furnitureSpan(d, roles, m.Start, m.End) {
			continue
		}
		seen[form] = true
		if i := wordIndex(d.Title, form); i >= 0 {
			found = append(found, at{i, i + len(form), m.Name})
		}
	}
	// The longest form at a place wins: "Paul Ryan" over "Ryan".
	sort.Slice(found, func(i, j int) bool {
		if found[i].pos != found[j].pos {
			return found[i].pos < found[j].pos
		}
		return found[i].end > found[j].end
	})
	var names []string
	end := 0
	for _, f := range found {
		if f.pos < end {
			continue
		}
		end = f.end
		names = append(names, f.name)
	}
	return names
}

// wordIndex returns where words stands in s as whole words (no letter or
// digit on either side), or -1.
func wordIndex(s, words string) int {
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], words)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(words):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		off = i + 1
	}
	return -1
}

// containsWords reports whether s holds words as whole words, in any
// case: "rage" is not in "outrageous".
func containsWords(s, words string) bool {
	return wordIndex(strings.ToLower(s), strings.ToLower(words)) >= 0
}

// leadEnd is the byte offset where d's lead paragraph ends.
func leadEnd(d *nlp.Doc) int {
	if len(d.Paragraphs) == 0 {
		return 0
	}
	return d.Paragraphs[0].End
}
