package frame

// Framing lexicons.
//
// Scoring: a lexicon maps categories (conflict, diplomacy, ...) to words
// and phrases. Each outlet's articles in an event are matched run by run
// (no match crosses punctuation) against each category's entries, longest
// entry first, matches not overlapping within a category; a word may count
// in several categories. Per outlet and category: the count, the rate per
// 1,000 words, and z of the log-odds ratio of the outlet's rate against the
// other outlets' pooled, with the uninformative prior α = ½ (Haldane):
//
//	z = (log((y_i+½)/(n_i−y_i+½)) − log((y_j+½)/(n_j−y_j+½))) / sqrt(1/(y_i+½) + 1/(y_j+½))
//
// with y the category's matches and n the words, both in the outlet's
// own voice (voice.go): a match with a quoted word is not counted.
//
// Limits: counting words is not reading frames: "attack" in "heart attack"
// counts as conflict. The matching sentences are what to read.

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

//go:embed lexicon.txt
var builtinLexicon string

// maxLexiconWords is the number of matched words listed per category and
// outlet.
const maxLexiconWords = 5

// Lexicon maps framing categories to words and phrases.
type Lexicon struct {
	// Name says where the lexicon came from, for the report.
	Name string
	// Categories are the category names, sorted.
	Categories []string
	index      map[string]*lexIndex // category -> its entries by how they match
	// starts holds what every category's index holds, so that a word
	// that starts no entry of any category, as most words do, is asked
	// once and not once per category (its byFirst entries are not kept).
	starts lexIndex
}

// lexIndex finds a category's entries matching at a word without trying
// every entry.
type lexIndex struct {
	byFirst  map[string][]lexEntry // stem entries by their first stem, longest first
	exact    map[string]bool
	prefixes []string
}

// lexEntry is one word or phrase: the stems of its words, a prefix for an
// entry ending in "*", or an exact word for an entry starting with "=".
type lexEntry struct {
	keys   []string
	prefix string
	exact  string
}

// DefaultLexicon returns the built-in lexicon, lexicon.txt in this
// package, read afresh: it is small, and no caller can change another's.
func DefaultLexicon() *Lexicon {
	l, err := ReadLexicon("built-in", strings.NewReader(builtinLexicon))
	if err != nil {
		panic("frame: built-in lexicon: " + err.Error())
	}
	return l
}

// ReadLexicon reads a lexicon file: "[category]" lines start a category,
// the lines after it are its entries, one word or phrase per line, any
// case, matched by stem; an entry ending in "*" matches words starting
// with it, one starting with "=" that word exactly ("=accord" without
// "according"); "#" starts a comment and blank lines are ignored. An entry before any category, an
// empty category name or a "*" inside a phrase is a *corpus.ParseError
// naming the line.
func ReadLexicon(name string, r io.Reader) (*Lexicon, error) {
	l := &Lexicon{Name: name}
	entries := map[string][]lexEntry{} // category -> entries
	st := nlp.Stemmer{}
	cat := ""
	seen := map[string]map[string]bool{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if i := strings.Index(s, "#"); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "[") {
			if !strings.HasSuffix(s, "]") || strings.TrimSpace(s[1:len(s)-1]) == "" {
				return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("bad category line %q: want [name]", s)}
			}
			cat = strings.Join(strings.Fields(strings.ToLower(s[1:len(s)-1])), " ")
			if seen[cat] == nil {
				seen[cat] = map[string]bool{}
				l.Categories = append(l.Categories, cat)
			}
			continue
		}
		if cat == "" {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("entry %q comes before any [category] line", s)}
		}
		words := strings.Fields(strings.ToLower(s))
		var e lexEntry
		w := words[0]
		if strings.ContainsAny(s, "*=") && (len(words) > 1 || len(w) == 1 || strings.Count(w, "*")+strings.Count(w, "=") > 1) {
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("entry %q: \"*\" ends and \"=\" starts a single word only", s)}
		}
		switch {
		case strings.HasSuffix(w, "*"):
			e.prefix = strings.TrimSuffix(w, "*")
		case strings.HasPrefix(w, "="):
			e.exact = w[1:]
		case strings.ContainsAny(w, "*="):
			return nil, &corpus.ParseError{Source: name, Line: line, Err: fmt.Errorf("entry %q: \"*\" ends and \"=\" starts a single word only", s)}
		default:
			for _, w := range words {
				e.keys = append(e.keys, makeWord(0, w, "", nil, st).key)
			}
		}
		id := e.prefix + "*" + e.exact + "=" + strings.Join(e.keys, " ")
		if seen[cat][id] {
			continue
		}
		seen[cat][id] = true
		entries[cat] = append(entries[cat], e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(l.Categories) == 0 {
		return nil, &corpus.ParseError{Source: name, Err: fmt.Errorf("no [category] lines")}
	}
	sort.Strings(l.Categories)
	l.index = map[string]*lexIndex{}
	l.starts = lexIndex{byFirst: map[string][]lexEntry{}, exact: map[string]bool{}}
	for cat, es := range entries {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].keys) > len(es[j].keys) })
		ix := &lexIndex{byFirst: map[string][]lexEntry{}, exact: map[string]bool{}}
		for _, e := range es {
			switch {
			case e.prefix != "":
				ix.prefixes = append(ix.prefixes, e.prefix)
			case e.exact != "":
				ix.exact[e.exact] = true
			default:
				ix.byFirst[e.keys[0]] = append(ix.byFirst[e.keys[0]], e)
			}
		}
		l.index[cat] = ix
		for k := range ix.byFirst {
			l.starts.byFirst[k] = nil
		}
		for k := range ix.exact {
			l.starts.exact[k] = true
		}
		l.starts.prefixes = append(l.starts.prefixes, ix.prefixes...)
	}
	return l, nil
}

// mayStart reports whether an entry of some category may match at a word
// with key and lower case lower: when it does not, no category's match
// does.
func (l *Lexicon) mayStart(key, lower string) bool {
	if _, ok := l.starts.byFirst[key]; ok || l.starts.exact[lower] {
		return true
	}
	for _, p := range l.starts.prefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// match returns the length in words of the longest entry of the index
// matching at r[i], or 0; lower is r[i]'s form in lower case.
func (ix *lexIndex) match(r []word, i int, lower string) int {
	for _, e := range ix.byFirst[r[i].key] {
		if i+len(e.keys) > len(r) {
			continue
		}
		ok := true
		for k, key := range e.keys[1:] {
			if r[i+1+k].key != key {
				ok = false
				break
			}
		}
		if ok {
			return len(e.keys)
		}
	}
	if ix.exact[lower] {
		return 1
	}
	for _, p := range ix.prefixes {
		if strings.HasPrefix(lower, p) {
			return 1
		}
	}
	return 0
}

// lexicon counts the lexicon's categories per outlet of an event.
func (c *Framer) lexicon(outlets []string, docs []*nlp.Doc) []LexiconCount {
	lex := c.lex
	type acc struct {
		n     int
		words map[string]int
	}
	counts := map[string]map[string]*acc{} // category -> outlet
	words := map[string]int{}
	for _, cat := range lex.Categories {
		counts[cat] = map[string]*acc{}
		for _, o := range outlets {
			counts[cat][o] = &acc{words: map[string]int{}}
		}
	}
	var starts []int
	for _, d := range docs {
		// The outlet's own voice, as for terms and loaded words: a
		// quoted "propaganda campaign" is the speaker's wording, and a
		// reported one the speaker's claim.
		words[d.Outlet] += c.prep[d].words(VoiceOwn)
		for _, r := range c.runs[d] {
			lower := make([]string, len(r))
			starts = starts[:0] // the words an entry of some category may start at
			for i := range r {
				lower[i] = strings.ToLower(r[i].form)
				if lex.mayStart(r[i].key, lower[i]) {
					starts = append(starts, i)
				}
			}
			if len(starts) == 0 {
				continue
			}
			for _, cat := range lex.Categories {
				a, ix := counts[cat][d.Outlet], lex.index[cat]
				if ix == nil {
					continue // a category without entries matches nothing
				}
				// A match takes its words: the next may start after them.
				next := 0
				for _, i := range starts {
					if i < next {
						continue
					}
					n := ix.match(r, i, lower[i])
					if n == 0 {
						continue
					}
					if ownVoice(r[i : i+n]) {
						a.n++
						a.words[strings.Join(lower[i:i+n], " ")]++
					}
					next = i + n
				}
			}
		}
	}
	total := 0
	for _, o := range outlets {
		total += words[o]
	}
	out := []LexiconCount{}
	for _, cat := range lex.Categories {
		all := 0
		for _, o := range outlets {
			all += counts[cat][o].n
		}
		for _, o := range outlets {
			a := counts[cat][o]
			lc := LexiconCount{Category: cat, Outlet: o, Count: a.n, Rate: round(per1000(a.n, words[o]), 3), Words: []WordCount{}}
			if ni, nj := words[o], total-words[o]; ni > 0 && nj > 0 {
				_, z := logOdds(float64(a.n), float64(ni), 0.5, 1, float64(all-a.n), float64(nj), 0.5, 1)
				lc.Z = round(z, 4)
			}
			for w, n := range a.words {
				lc.Words = append(lc.Words, WordCount{Word: w, Count: n})
			}
			sort.Slice(lc.Words, func(i, j int) bool {
				if lc.Words[i].Count != lc.Words[j].Count {
					return lc.Words[i].Count > lc.Words[j].Count
				}
				return lc.Words[i].Word < lc.Words[j].Word
			})
			if len(lc.Words) > maxLexiconWords {
				lc.Words = lc.Words[:maxLexiconWords]
			}
			out = append(out, lc)
		}
	}
	return out
}

// ownVoice reports whether every word of ws is in the outlet's own voice.
func ownVoice(ws []word) bool {
	for _, w := range ws {
		if w.quote != tokOwn {
			return false
		}
	}
	return true
}
