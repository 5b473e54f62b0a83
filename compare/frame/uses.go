package frame

// Uses: how often each outlet of an event used some given terms and loaded
// words in its own voice, counted exactly as the event's distinctive terms
// and loaded words are (terms.go, loaded.go), whether or not they made the
// event's lists. A view across events (compare/profile) needs these counts
// in every event an outlet shares, not only in the events where a term
// was among its top ones: pooling only the listed counts would keep the
// events that favour the outlet and drop the others.
//
// Complexity: linear in the event's tokens, as preparing it for framing
// is; the loaded-word model runs only when loaded words are asked for.

import (
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// Uses is one outlet's own voice in one event: the words it wrote in it,
// and its uses of the terms and loaded words a Counter was asked for.
type Uses struct {
	Outlet string
	// Words is the number of words the outlet wrote in its own voice, the
	// denominator of Term.Rate and OutletLoaded.Rate.
	Words int
	// Terms counts the uses of each term asked for, by its key (KeyOf);
	// Loaded the uses of each word asked for that the model scored loaded,
	// by the word in lower case; LoadedAll every loaded word's uses, as
	// OutletLoaded.Count does. A term or word not used is absent. The
	// keys are the Counter's copies of the strings it was given, never
	// slices of an article's text, so that counts kept do not keep the
	// texts.
	Terms     map[string]int
	Loaded    map[string]int
	LoadedAll int
}

// Counter counts the uses of a fixed set of terms and loaded words in
// events. It is safe for concurrent use if each goroutine passes its own
// nlp.Stemmer.
type Counter struct {
	sw nlp.Stopwords
	// terms and words map each key and word asked for to its copy, the
	// string a count is kept under (Uses.Terms, Uses.Loaded).
	terms  map[string]string
	words  map[string]string
	model  *loaded.Model
	loaded bool
}

// NewCounter returns a Counter of the terms with the given keys (KeyOf)
// and of the given loaded words (lower case). sw are the stop words the
// comparison used; nil means nlp.DefaultStopwords. withLoaded also scores
// every word with the loaded-word model, for LoadedAll and Loaded.
func NewCounter(sw nlp.Stopwords, terms, loadedWords []string, withLoaded bool) *Counter {
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	c := &Counter{sw: sw, terms: map[string]string{}, words: map[string]string{}, loaded: withLoaded || len(loadedWords) > 0}
	// Copied: a word a caller took from a report may be a slice of its
	// article's text.
	for _, k := range terms {
		k = strings.Clone(k)
		c.terms[k] = k
	}
	for _, w := range loadedWords {
		w = strings.Clone(strings.ToLower(w))
		c.words[w] = w
	}
	if c.loaded {
		c.model = loaded.Default()
	}
	return c
}

// Count counts the uses in one event's documents, one Uses per outlet,
// sorted by outlet. st caches stems; it is not safe to share between
// goroutines.
func (c *Counter) Count(docs []*nlp.Doc, st nlp.Stemmer) []Uses {
	by := map[string]*Uses{}
	wm := newWordMaker(c.sw, st)
	for _, d := range docs {
		u := by[d.Outlet]
		if u == nil {
			u = &Uses{Outlet: d.Outlet, Terms: map[string]int{}, Loaded: map[string]int{}}
			by[d.Outlet] = u
		}
		p := prepare(d)
		u.Words += p.words(VoiceOwn)
		if len(c.terms) > 0 {
			r, sents := runsWith(d, wm, p)
			for _, g := range grams(d, r, sents) {
				if k, ok := c.terms[g.key]; ok && g.quote == tokOwn {
					u.Terms[k]++
				}
			}
		}
		if c.loaded {
			for ti, score := range loadedScores(c.model, d) {
				if score < c.model.Threshold || p.quotes[ti] != tokOwn {
					continue
				}
				u.LoadedAll++
				if w, ok := c.words[strings.ToLower(d.TokenText(ti))]; ok {
					u.Loaded[w]++
				}
			}
		}
	}
	out := make([]Uses, 0, len(by))
	for _, u := range by {
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Outlet < out[j].Outlet })
	return out
}

// KeyOf returns the key a term is counted by, from any of its surface
// forms as a report shows it ("Sanctions", "propaganda campaign", "U.S."):
// each word's stem in lower case, or an acronym without its dots, joined
// by spaces, as the terms of an event are keyed.
func KeyOf(term string, st nlp.Stemmer) string {
	ws := strings.Fields(term)
	for i, w := range ws {
		ws[i] = nlp.NormTerm(w, "", nil, st).Key
	}
	return strings.Join(ws, " ")
}
