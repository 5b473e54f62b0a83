package profile

// Counts kept: what a profile holds of each matched event's counts until it
// is built.
//
// frame.Counter counts, in an event, every outlet's uses of every term and
// loaded word that framing listed anywhere in the comparison (the
// vocabulary). Outlet o's findings read, in each event it shares, only
// o's uses of its own candidates (the terms and loaded words listed for o
// in some event, and the chosen terms) and the other outlets' uses of the
// same, which are the event's total less o's. So an event keeps:
//
//	per outlet   its words, and its uses of its own candidates
//	per event    the words and the uses, summed over its outlets, of the
//	             candidates of any of its outlets
//
// each count under the position of its term in the sorted vocabulary, in
// two sorted arrays: 8 bytes a count, where a map of every counted term
// held a key and a count in a hash table for each.
//
// The counts a finding reads are the same integers as before, so every
// pooled figure is the same (TestCountsKeepWhatFindingsRead).

import (
	"slices"

	"github.com/framediff/framediff/compare/frame"
)

// vocabulary is a sorted list of keys (or loaded words) and each one's
// position in it.
type vocabulary struct {
	keys []string
	id   map[string]int32
}

func newVocabulary(set map[string]bool) vocabulary {
	v := vocabulary{keys: sortedKeys(set), id: make(map[string]int32, len(set))}
	for i, k := range v.keys {
		v.id[k] = int32(i)
	}
	return v
}

// idSet is a set of positions in a vocabulary.
type idSet []uint64

func newIDSet(n int) idSet { return make(idSet, (n+63)/64) }

func (s idSet) add(id int32) { s[id/64] |= 1 << (id % 64) }

func (s idSet) has(id int32) bool {
	return int(id/64) < len(s) && s[id/64]&(1<<(id%64)) != 0
}

// tally counts positions of a vocabulary: ids sorted, n[i] the count of
// ids[i]. A position not in ids counts 0.
type tally struct {
	ids []int32
	n   []int32
}

// get returns the count of id.
func (t tally) get(id int32) int {
	i, ok := slices.BinarySearch(t.ids, id)
	if !ok {
		return 0
	}
	return int(t.n[i])
}

// tallyOf makes a tally from counts by position.
func tallyOf(m map[int32]int) tally {
	if len(m) == 0 {
		return tally{}
	}
	t := tally{ids: make([]int32, 0, len(m)), n: make([]int32, len(m))}
	for id := range m {
		t.ids = append(t.ids, id)
	}
	slices.Sort(t.ids)
	for i, id := range t.ids {
		t.n[i] = int32(m[id])
	}
	return t
}

// outletCounts is one outlet's own voice in one event: its words, and its
// uses of its candidates.
type outletCounts struct {
	outlet        string
	words         int
	terms, loaded tally
}

// eventCounts is one event's counts: per outlet, sorted by outlet, and
// summed over its outlets.
type eventCounts struct {
	outlets       []outletCounts
	words         int
	terms, loaded tally
}

// candidates are what one outlet's findings read: the positions of its
// terms and of its loaded words.
type candidates struct {
	terms, loaded idSet
}

// vocabularies sets up, from the events kept, the vocabularies counted
// (every term listed as framing and every own-voice loaded word listed,
// for any outlet, and the chosen terms) and each outlet's candidates.
func (b *builder) vocabularies() {
	st := b.st
	keys, words := map[string]bool{}, map[string]bool{}
	for _, ev := range b.events {
		for _, f := range ev.Framing {
			keys[frame.KeyOf(f.Term, st)] = true
		}
		for _, l := range ev.LoadedWords {
			if l.Voice == frame.VoiceOwn {
				for _, w := range l.Words {
					words[w.Word] = true
				}
			}
		}
	}
	b.chosen = b.chosen[:0]
	for _, t := range b.opts.Terms {
		k := frame.KeyOf(t, st)
		b.chosen = append(b.chosen, k)
		keys[k] = true
	}
	b.terms, b.words = newVocabulary(keys), newVocabulary(words)
	// cands[""] is an outlet's that no event kept names: the chosen terms.
	b.cands, b.names = map[string]candidates{}, map[string]string{}
	cand := func(o string) candidates {
		c, ok := b.cands[o]
		if !ok {
			c = candidates{terms: newIDSet(len(b.terms.keys)), loaded: newIDSet(len(b.words.keys))}
			for _, k := range b.chosen {
				c.terms.add(b.terms.id[k])
			}
			b.cands[o] = c
		}
		return c
	}
	cand("")
	for _, ev := range b.events {
		for _, o := range ev.Outlets {
			cand(o)
			b.names[o] = o
		}
		for _, f := range ev.Framing {
			cand(f.Outlet).terms.add(b.terms.id[frame.KeyOf(f.Term, st)])
		}
		for _, l := range ev.LoadedWords {
			if l.Voice == frame.VoiceOwn {
				c := cand(l.Outlet)
				for _, w := range l.Words {
					c.loaded.add(b.words.id[w.Word])
				}
			}
		}
	}
}

// keepCounts returns, of one outlet's counts (keyed as v names them), those
// of its own candidates mine, and adds to total the counts of every id
// some outlet of the event reads.
func keepCounts(counts map[string]int, v *vocabulary, mine idSet, read func(int32) bool, total map[int32]int) tally {
	own := map[int32]int{}
	for k, n := range counts {
		id, ok := v.id[k]
		if !ok {
			continue
		}
		if mine.has(id) {
			own[id] = n
		}
		if read(id) {
			total[id] += n
		}
	}
	return tallyOf(own)
}

// keep makes an event's counts from its outlets' uses (frame.Counter.Count,
// sorted by outlet). It only reads b, so events may be kept at once.
func (b *builder) keep(us []frame.Uses) eventCounts {
	var ec eventCounts
	cs := make([]candidates, len(us))
	for j, u := range us {
		cs[j] = b.candidatesOf(u.Outlet)
	}
	// Some outlet of the event reads a term's total when it is among its
	// candidates.
	anyReads := func(set func(candidates) idSet, id int32) bool {
		for _, c := range cs {
			if set(c).has(id) {
				return true
			}
		}
		return false
	}
	termsOf := func(c candidates) idSet { return c.terms }
	loadedOf := func(c candidates) idSet { return c.loaded }
	terms, loaded := map[int32]int{}, map[int32]int{}
	ec.outlets = make([]outletCounts, len(us))
	for j, u := range us {
		oc := outletCounts{outlet: b.outletName(u.Outlet), words: u.Words}
		ec.words += u.Words
		oc.terms = keepCounts(u.Terms, &b.terms, cs[j].terms, func(id int32) bool { return anyReads(termsOf, id) }, terms)
		oc.loaded = keepCounts(u.Loaded, &b.words, cs[j].loaded, func(id int32) bool { return anyReads(loadedOf, id) }, loaded)
		ec.outlets[j] = oc
	}
	ec.terms, ec.loaded = tallyOf(terms), tallyOf(loaded)
	return ec
}

// candidatesOf returns outlet o's candidates; an outlet of no event kept
// has the chosen terms alone.
func (b *builder) candidatesOf(o string) candidates {
	if c, ok := b.cands[o]; ok {
		return c
	}
	return b.cands[""]
}

// outletName is o as the events name it, so that every event's counts
// share one string per outlet instead of each keeping the one its
// documents were read with.
func (b *builder) outletName(o string) string {
	if name, ok := b.names[o]; ok {
		return name
	}
	return o
}

// sortedOutlets returns the outlets of counts, sorted.
func sortedOutlets(counts []eventCounts) []string {
	seen := map[string]bool{}
	for _, ec := range counts {
		for _, oc := range ec.outlets {
			seen[oc.outlet] = true
		}
	}
	return sortedKeys(seen)
}
