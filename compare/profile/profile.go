package profile

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// Options controls a profile. Start from DefaultOptions.
type Options struct {
	// MinEvents is the fewest events a strong finding rests on.
	MinEvents int
	// Terms and Actors are followed week by week, and the terms pooled
	// for every outlet.
	Terms  []string
	Actors []string
	// Stopwords and Aliases must be the comparison's (compare.Options),
	// so that terms are counted as framing counted them; nil means the
	// built-in ones.
	Stopwords nlp.Stopwords
	Aliases   *nlp.Aliases
	// Workers is the number of events counted at once; 0 means
	// GOMAXPROCS. The profile does not depend on it.
	Workers int
}

// DefaultMinEvents is the fewest events a strong finding rests on: with
// fewer, one event's story decides it.
const DefaultMinEvents = 3

// DefaultOptions returns the settings the command starts from.
func DefaultOptions() Options { return Options{MinEvents: DefaultMinEvents} }

// Validate reports the first option out of range, naming it.
func (o Options) Validate() error {
	if o.MinEvents < 2 {
		return fmt.Errorf("min-events must be at least 2, got %d", o.MinEvents)
	}
	for _, t := range o.Terms {
		if n := len(strings.Fields(t)); n == 0 || n > 3 {
			return fmt.Errorf("terms: %q must be one to three words", t)
		}
	}
	for _, a := range o.Actors {
		if strings.TrimSpace(a) == "" {
			return fmt.Errorf("actors: empty name")
		}
	}
	return nil
}

// Labels of the pooled loaded words in all and the kinds of trend.
const (
	AllLoaded  = "all loaded words"
	TrendTerm  = "term"
	TrendActor = "actor"
)

// maxExamples is the number of example sentences per finding.
const maxExamples = 3

// Build profiles every outlet over the matched events of res (those of two
// outlets or more). docs are the documents res was compared from, in any
// order; the terms and loaded words framing listed are counted again in
// every event an outlet shares (frame.Counter), and the tone toward actors
// is read from res. The result does not depend on the order of docs or on
// Workers.
func Build(ctx context.Context, res *compare.Result, docs []*nlp.Doc, opts Options) (*Profile, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	b := &builder{opts: opts, st: nlp.Stemmer{}}
	for k, ev := range res.Events {
		b.add(k, ev)
	}
	// Framing read the documents with their entities resolved over all
	// the compared documents; counting reads them the same way.
	var compared []*nlp.Doc
	for _, d := range docs {
		if d.Language == "" || corpus.Compared(d.Language) {
			compared = append(compared, d)
		}
	}
	compared = nlp.ResolveNames(compared, opts.Aliases, opts.Workers)
	byID := make(map[string]*nlp.Doc, len(compared))
	for _, d := range compared {
		byID[d.ID] = d
	}
	members := func(_ context.Context, ks []int) ([][]*nlp.Doc, error) {
		out := make([][]*nlp.Doc, len(ks))
		for j, k := range ks {
			for _, id := range res.Events[k].Articles {
				d := byID[id]
				if d == nil {
					return nil, fmt.Errorf("profile: article %s of event %s is not among the documents compared", id, res.Events[k].ID)
				}
				out[j] = append(out[j], d)
			}
		}
		return out, nil
	}
	return b.build(ctx, res, members)
}

// BuildStarted is Build for a started comparison (compare.Start,
// compare.StartScan): it walks the events once, keeping of each only
// what a profile reads, and reads their members back a batch of events at
// a time (compare.Result.Members), so that neither every framed event nor
// the corpus is held. The profile is Build's for the same comparison.
func BuildStarted(ctx context.Context, res *compare.Result, opts Options) (*Profile, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	b := &builder{opts: opts, st: nlp.Stemmer{}}
	k := 0
	err := res.EachEvent(func(ev *compare.Event) error {
		b.add(k, *ev)
		k++
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.build(ctx, res, res.Members)
}

// add keeps the k-th event of a comparison when it is matched (two
// outlets or more), with only what a profile reads of it.
func (b *builder) add(k int, ev compare.Event) {
	if len(ev.Outlets) < 2 {
		return
	}
	// Of the event's own fields a profile reads its ID, its start (the
	// week) and its outlets. Every string kept is one copy shared by all
	// the events (str): the words and names of a freshly framed event are
	// slices of its articles' texts, which they would keep alive until
	// the profile is built, and those of an event read back from a store
	// are copies of their own, an outlet's name once in each entry.
	slim := compare.Event{ID: b.str(ev.ID), Start: ev.Start, Outlets: make([]string, len(ev.Outlets))}
	for i, o := range ev.Outlets {
		slim.Outlets[i] = b.str(o)
	}
	slim.Framing = make([]compare.FramingTerm, len(ev.Framing))
	for i, f := range ev.Framing {
		f.Outlet, f.Term, f.Voice = b.str(f.Outlet), b.str(f.Term), b.str(f.Voice)
		f.Examples = b.firstExample(f.Examples)
		slim.Framing[i] = f
	}
	if len(b.opts.Terms) > 0 {
		// Topical terms are read for the chosen terms' examples only.
		if b.chosenKeys == nil {
			b.chosenKeys = map[string]bool{}
			for _, t := range b.opts.Terms {
				b.chosenKeys[frame.KeyOf(t, b.st)] = true
			}
		}
		for _, t := range ev.Terms {
			if b.chosenKeys[frame.KeyOf(t.Term, b.st)] {
				t.Outlet, t.Term, t.Voice, t.Speakers = b.str(t.Outlet), b.str(t.Term), b.str(t.Voice), nil
				t.Examples = b.firstExample(t.Examples)
				slim.Terms = append(slim.Terms, t)
			}
		}
	}
	own := 0
	for _, l := range ev.LoadedWords {
		if l.Voice == frame.VoiceOwn {
			own++
		}
	}
	// A profile reads the outlets' own voice only.
	slim.LoadedWords = make([]compare.OutletLoaded, 0, own)
	for _, l := range ev.LoadedWords {
		if l.Voice != frame.VoiceOwn {
			continue
		}
		words := make([]frame.LoadedWord, len(l.Words))
		for i, w := range l.Words {
			w.Word, w.Speakers = b.str(w.Word), nil
			w.Examples = b.firstExample(w.Examples)
			words[i] = w
		}
		l.Outlet, l.Voice, l.Words = b.str(l.Outlet), b.str(l.Voice), words
		slim.LoadedWords = append(slim.LoadedWords, l)
	}
	tones := make([]tone, len(ev.EntityTone))
	for i, t := range ev.EntityTone {
		tones[i] = tone{entity: b.str(t.Entity), typ: b.str(t.Type), outlet: b.str(t.Outlet), mean: t.Mean, mentions: t.Mentions}
	}
	b.events = append(b.events, slim)
	b.tones = append(b.tones, tones)
	b.index = append(b.index, k)
}

// str returns the copy of s that the events kept share.
func (b *builder) str(s string) string {
	if c, ok := b.strs[s]; ok {
		return c
	}
	if b.strs == nil {
		b.strs = map[string]string{}
	}
	c := strings.Clone(s)
	b.strs[c] = c
	return c
}

// firstExample keeps the first of exs, the one a profile shows
// (addExample), its text copied: a sentence sliced from its article's
// text would keep the whole text alive as long as the profile is built.
func (b *builder) firstExample(exs []compare.Example) []compare.Example {
	if len(exs) == 0 {
		return exs
	}
	e := exs[0]
	e.Article, e.Text = b.str(e.Article), strings.Clone(e.Text)
	return []compare.Example{e}
}

// membersFunc returns the documents of the comparison's events ks, their
// names resolved as the comparison resolved them.
type membersFunc func(ctx context.Context, ks []int) ([][]*nlp.Doc, error)

func (b *builder) build(ctx context.Context, res *compare.Result, members membersFunc) (*Profile, error) {
	p := &Profile{
		Params: Params{
			MinEvents: b.opts.MinEvents, Terms: nonNil(b.opts.Terms), Actors: nonNil(b.opts.Actors), Compare: res.Params,
		},
		Articles: len(res.Articles), Events: len(b.events),
		Outlets: []Outlet{}, Weeks: []string{}, Trends: []Trend{}, Notes: []string{},
	}
	if err := b.count(ctx, members); err != nil {
		return nil, err
	}
	for _, o := range b.outlets() {
		p.Outlets = append(p.Outlets, b.outlet(o))
	}
	if n := len(b.otherLanguage); n > 0 {
		p.Notes = append(p.Notes, fmt.Sprintf("%d outlets writing in other languages than English (%s) are not profiled: the profile's terms, loaded words and tone are measured in English only", n, strings.Join(b.otherLanguage, ", ")))
	}
	b.weeks(p)
	return p, nil
}

type builder struct {
	opts Options
	// events are the matched events, with what a profile reads of them
	// (add), and tones[i] the tone toward each actor in events[i].
	events []compare.Event
	tones  [][]tone
	// strs holds the strings the events keep, one copy of each (str).
	strs map[string]string
	// index is each event's position among the comparison's events.
	index []int
	// chosenKeys are the keys of opts.Terms, and st the stemmer add
	// reads topical terms with.
	chosenKeys map[string]bool
	st         nlp.Stemmer
	// counts[i] are the counts of events[i] that the findings read
	// (counts.go), under the positions of terms and loaded words in terms
	// and words; cands are each outlet's candidates, and names the
	// outlets as the events name them.
	counts       []eventCounts
	terms, words vocabulary
	cands        map[string]candidates
	names        map[string]string
	// chosen are the keys of opts.Terms.
	chosen []string
	// otherLanguage are the outlets with articles in a language other
	// than English, which are not counted.
	otherLanguage []string
}

// count counts, in every matched event, the terms and loaded words that
// framing listed for any outlet in any event, and the chosen terms, and
// keeps of each event's counts what the findings read (counts.go).
func (b *builder) count(ctx context.Context, members membersFunc) error {
	b.vocabularies()
	// Framing read the documents with their entities resolved over all
	// the compared documents; members gives them so. Its measures (terms
	// pooled across outlets, loaded words, tone) are English only, so an
	// event's articles in other languages are not counted and their
	// outlets get no profile (Build notes them).
	c := frame.NewCounter(b.opts.Stopwords, b.terms.keys, b.words.keys, false)
	w := par.Workers(b.opts.Workers)
	stems := make([]nlp.Stemmer, w)
	for i := range stems {
		stems[i] = nlp.Stemmer{}
	}
	other := map[string]bool{}
	b.counts = make([]eventCounts, len(b.events))
	for start := 0; start < len(b.events); start += countChunk {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := min(start+countChunk, len(b.events))
		docs, err := members(ctx, b.index[start:end])
		if err != nil {
			return err
		}
		for j := range docs {
			kept := docs[j][:0:0]
			for _, d := range docs[j] {
				if d.Language != "" && d.Language != "en" {
					other[d.Outlet] = true
					continue
				}
				kept = append(kept, d)
			}
			// In the order of the event's Articles, by ID, whichever
			// order members gave them in: examples are the first met.
			slices.SortFunc(kept, func(a, b *nlp.Doc) int { return strings.Compare(a.ID, b.ID) })
			docs[j] = kept
		}
		par.Do(end-start, w, func(worker, j int) {
			if ctx.Err() == nil {
				b.counts[start+j] = b.keep(c.Count(docs[j], stems[worker]))
			}
		})
	}
	b.otherLanguage = sortedKeys(other)
	return ctx.Err()
}

// countChunk is the number of events whose members are counted at once.
const countChunk = 64

// outlets lists the outlets counted in the matched events, sorted.
func (b *builder) outlets() []string { return sortedOutlets(b.counts) }

// side is one outlet's counts in one event against the others'.
type side struct {
	event int
	me    *outletCounts
	ev    *eventCounts
	// words are the others' own-voice words.
	words    int
	loaded   [2]int // the outlet's and the others' loaded words in all
	hasOwnLW bool
}

// othersTerm returns the other outlets' uses of the term at id, the event's
// total less the outlet's.
func (s side) othersTerm(id int32) int { return s.ev.terms.get(id) - s.me.terms.get(id) }

// othersLoaded returns the other outlets' uses of the loaded word at id.
func (s side) othersLoaded(id int32) int { return s.ev.loaded.get(id) - s.me.loaded.get(id) }

// sides returns, for each matched event that outlet o reported, its counts
// against the other outlets'.
func (b *builder) sides(o string) []side {
	var out []side
	for i, ev := range b.events {
		ec := &b.counts[i]
		s := side{event: i, ev: ec}
		for k := range ec.outlets {
			if oc := &ec.outlets[k]; oc.outlet == o {
				s.me = oc
				break
			}
		}
		if s.me == nil {
			continue
		}
		s.words = ec.words - s.me.words
		for _, l := range ev.LoadedWords {
			if l.Voice != frame.VoiceOwn {
				continue
			}
			if l.Outlet == o {
				s.loaded[0] += l.Count
				s.hasOwnLW = true
			} else {
				s.loaded[1] += l.Count
			}
		}
		out = append(out, s)
	}
	return out
}

// eventFinding is the strata of one finding with the events they are.
type eventFinding struct {
	term   string
	strata []Stratum
	events []int
	ex     []Example
}

// outlet profiles one outlet.
func (b *builder) outlet(o string) Outlet {
	sides := b.sides(o)
	out := Outlet{Outlet: o, Events: len(sides), Framing: []Finding{}, LoadedWords: []Finding{}, Chosen: []Finding{}, Actors: []ActorTone{}}
	for _, s := range sides {
		out.Words += s.me.words
	}
	st := nlp.Stemmer{}

	// Framing terms: every term listed as framing for o, in display form
	// and with its examples, counted in every event o shares.
	framing := map[string]*eventFinding{}
	forms := map[string]map[string]int{}
	for _, s := range sides {
		for _, f := range b.events[s.event].Framing {
			if f.Outlet != o {
				continue
			}
			k := frame.KeyOf(f.Term, st)
			if framing[k] == nil {
				framing[k] = &eventFinding{}
				forms[k] = map[string]int{}
			}
			forms[k][f.Term]++
			framing[k].ex = addExample(framing[k].ex, b.events[s.event].ID, f.Examples)
		}
	}
	for k, ef := range framing {
		ef.term = topForm(forms[k])
		id := b.terms.id[k]
		for _, s := range sides {
			ef.add(s, s.me.terms.get(id), s.othersTerm(id))
		}
	}
	out.Framing = b.findings(framing, 2)

	// Loaded words: every loaded word listed for o in its own voice.
	lw := map[string]*eventFinding{}
	for _, s := range sides {
		for _, l := range b.events[s.event].LoadedWords {
			if l.Outlet != o || l.Voice != frame.VoiceOwn {
				continue
			}
			for _, w := range l.Words {
				if lw[w.Word] == nil {
					lw[w.Word] = &eventFinding{term: w.Word}
				}
				lw[w.Word].ex = addExample(lw[w.Word].ex, b.events[s.event].ID, w.Examples)
			}
		}
	}
	for w, ef := range lw {
		id := b.words.id[w]
		for _, s := range sides {
			ef.add(s, s.me.loaded.get(id), s.othersLoaded(id))
		}
	}
	out.LoadedWords = b.findings(lw, 2)

	// Loaded words in all, from framing's own totals.
	all := &eventFinding{term: AllLoaded}
	for _, s := range sides {
		if s.hasOwnLW {
			all.add(s, s.loaded[0], s.loaded[1])
		}
	}
	if fs := b.findings(map[string]*eventFinding{AllLoaded: all}, 1); len(fs) == 1 {
		out.Loaded = &fs[0]
	}

	// Chosen terms, in the order given, each kept even when unused.
	if len(b.chosen) > 0 {
		chosen := map[string]*eventFinding{}
		for i, k := range b.chosen {
			ef := &eventFinding{term: b.opts.Terms[i]}
			id := b.terms.id[k]
			for _, s := range sides {
				ef.add(s, s.me.terms.get(id), s.othersTerm(id))
				ev := b.events[s.event]
				for _, t := range ev.Terms {
					if t.Outlet == o && frame.KeyOf(t.Term, st) == k {
						ef.ex = addExample(ef.ex, ev.ID, t.Examples)
					}
				}
				for _, t := range ev.Framing {
					if t.Outlet == o && frame.KeyOf(t.Term, st) == k {
						ef.ex = addExample(ef.ex, ev.ID, t.Examples)
					}
				}
			}
			chosen[b.opts.Terms[i]] = ef
		}
		pooled := b.findings(chosen, 0)
		byTerm := map[string]Finding{}
		for _, f := range pooled {
			byTerm[f.Term] = f
		}
		for _, t := range b.opts.Terms {
			f, ok := byTerm[t]
			if !ok {
				f = Finding{Term: t, UsedIn: []string{}, Examples: []Example{}}
				for _, s := range sides {
					f.Words += s.me.words
					f.OthersWords += s.words
				}
			}
			out.Chosen = append(out.Chosen, f)
		}
	}

	out.Actors = b.actors(o, sides)
	return out
}

// add adds one event's counts: the outlet's uses a, the others' b. An
// event where neither side used the term, or one side wrote nothing, is
// one that PoolRates and findings leave out, and it is not kept: every
// candidate of an outlet is tried in every event the outlet shares, a
// number that grows as its candidates times its events, faster than the
// store (on 10,000 synthetic articles 1.46 million tried, 76,000 kept).
func (ef *eventFinding) add(s side, a, b int) {
	if a+b == 0 || s.me.words == 0 || s.words == 0 {
		return
	}
	ef.strata = append(ef.strata, Stratum{A: float64(a), B: float64(b), N1: float64(s.me.words), N0: float64(s.words)})
	ef.events = append(ef.events, s.event)
}

// findings pools each candidate, adjusts the p-values over all of them,
// and keeps those resting on at least keep events, strong first, then
// by z, most favouring the outlet first.
func (b *builder) findings(cands map[string]*eventFinding, keep int) []Finding {
	var out []Finding
	keys := make([]string, 0, len(cands))
	for k := range cands {
		keys = append(keys, k)
	}
	// In key order, so that findings that tie on every sort key below
	// (two keys shown in one form) keep one order.
	sort.Strings(keys)
	for _, k := range keys {
		ef := cands[k]
		rr, ok := PoolRates(ef.strata)
		if !ok {
			continue
		}
		f := Finding{
			Term: ef.term, RateRatio: round(rr.Ratio, 4), Low: round(rr.Low, 4), High: round(rr.High, 4),
			Z: round(rr.Z, 4), P: rr.P, Events: rr.Strata, Corrected: rr.Corrected, Stable: rr.Stable,
			UsedIn: []string{}, Examples: nonNil(ef.ex),
		}
		for i, s := range ef.strata {
			if s.A+s.B == 0 || s.N1 == 0 || s.N0 == 0 {
				continue
			}
			f.Count += int(s.A)
			f.OthersCount += int(s.B)
			f.Words += int(s.N1)
			f.OthersWords += int(s.N0)
			if s.A > 0 {
				f.OutletEvents++
				f.UsedIn = append(f.UsedIn, b.events[ef.events[i]].ID)
			}
			if s.B > 0 {
				f.OthersEvents++
			}
		}
		f.Rate = round(per1000(f.Count, f.Words), 3)
		f.OthersRate = round(per1000(f.OthersCount, f.OthersWords), 3)
		out = append(out, f)
	}
	ps := make([]float64, len(out))
	for i := range out {
		ps[i] = out[i].P
	}
	for i, adj := range frame.BHAdjust(ps) {
		f := &out[i]
		f.PAdjusted = round(adj, 6)
		favoured := f.OutletEvents
		if f.RateRatio < 1 {
			favoured = f.OthersEvents
		}
		f.Strong = adj < strongAlpha && favoured >= b.opts.MinEvents && f.Stable
		f.P = round(f.P, 6)
	}
	kept := out[:0]
	for _, f := range out {
		if f.Events >= keep {
			kept = append(kept, f)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, c := kept[i], kept[j]
		if a.Strong != c.Strong {
			return a.Strong
		}
		if a.Z != c.Z {
			return a.Z > c.Z
		}
		return a.Term < c.Term
	})
	return kept
}

// strongAlpha is the adjusted p below which a finding may be strong.
const strongAlpha = 0.05

// addExample appends the first of exs, marked with its event, while there
// are fewer than maxExamples: one sentence per event, so that the
// examples show the finding in several events.
func addExample(to []Example, event string, exs []compare.Example) []Example {
	if len(to) >= maxExamples || len(exs) == 0 {
		return to
	}
	return append(to, Example{Event: event, Example: exs[0]})
}

// topForm is the most frequent form, the first in order among equals.
func topForm(forms map[string]int) string {
	best, n := "", -1
	for f, c := range forms {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func per1000(count, words int) float64 {
	if words == 0 {
		return 0
	}
	return 1000 * float64(count) / float64(words)
}

// round rounds x to d decimals, once, where it is computed, so that every
// rendering shows the same digits.
func round(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(x*p) / p
}
