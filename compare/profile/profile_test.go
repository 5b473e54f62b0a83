package profile

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// handEvents are four events of three outlets with tone toward one actor
// and loaded-word totals chosen so that the pooled figures can be worked
// out by hand (see TestOutletByHand).
func handEvents() ([]compare.Event, [][]frame.Uses) {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tone := func(o string, mean float64, n int) compare.EntityTone {
		return compare.EntityTone{Entity: "Vladimir Putin", Type: "PERSON", Outlet: o, Mean: mean, Mentions: n}
	}
	lw := func(o string, count, words int) compare.OutletLoaded {
		return compare.OutletLoaded{Outlet: o, Voice: frame.VoiceOwn, Count: count, VoiceWords: words}
	}
	uses := func(ws map[string]int) []frame.Uses {
		var out []frame.Uses
		for _, o := range []string{"A", "B", "C"} {
			if n, ok := ws[o]; ok {
				out = append(out, frame.Uses{Outlet: o, Words: n})
			}
		}
		return out
	}
	events := []compare.Event{
		{ID: "e1", Start: day("2022-02-12"), Outlets: []string{"A", "B"},
			EntityTone:  []compare.EntityTone{tone("A", -0.5, 2), tone("B", 0.1, 1)},
			LoadedWords: []compare.OutletLoaded{lw("A", 5, 1000), lw("B", 2, 1000)}},
		{ID: "e2", Start: day("2022-02-13"), Outlets: []string{"A", "B", "C"},
			EntityTone:  []compare.EntityTone{tone("A", -0.3, 1), tone("B", -0.1, 1), tone("C", 0.3, 3)},
			LoadedWords: []compare.OutletLoaded{lw("A", 4, 500), lw("B", 1, 1000), lw("C", 1, 1000)}},
		{ID: "e3", Start: day("2022-02-14"), Outlets: []string{"A", "C"},
			EntityTone:  []compare.EntityTone{tone("A", 0, 1), tone("C", 0.2, 1)},
			LoadedWords: []compare.OutletLoaded{lw("A", 3, 1000), lw("C", 3, 1000)}},
		{ID: "e4", Start: day("2022-02-14"), Outlets: []string{"B", "C"},
			EntityTone:  []compare.EntityTone{tone("B", 0.4, 1), tone("C", 0.4, 1)},
			LoadedWords: []compare.OutletLoaded{lw("B", 1, 1000), lw("C", 1, 1000)}},
	}
	us := [][]frame.Uses{
		uses(map[string]int{"A": 1000, "B": 1000}),
		uses(map[string]int{"A": 500, "B": 1000, "C": 1000}),
		uses(map[string]int{"A": 1000, "C": 1000}),
		uses(map[string]int{"B": 1000, "C": 1000}),
	}
	return events, us
}

// keepAll keeps the counts of every event, uses[i] those of b.events[i],
// as count keeps those it counted.
func (b *builder) keepAll(uses [][]frame.Uses) {
	b.vocabularies()
	b.counts = make([]eventCounts, len(uses))
	for i, us := range uses {
		b.counts[i] = b.keep(us)
	}
}

// TestOutletByHand checks outlet A's pooled tone toward an actor, its
// loaded words in all and their weeks against figures worked out by hand.
func TestOutletByHand(t *testing.T) {
	events, uses := handEvents()
	b := &builder{opts: Options{MinEvents: 3, Actors: []string{"Putin"}}}
	for k, ev := range events {
		b.add(k, ev)
	}
	b.keepAll(uses)
	a := b.outlet("A")
	if a.Events != 3 || a.Words != 2500 {
		t.Errorf("A: %d events, %d words; want 3 and 2500", a.Events, a.Words)
	}
	// Per event, A's tone minus the others' mention-weighted tone:
	// e1 -0.5-0.1 = -0.6; e2 -0.3-(-0.1·1+0.3·3)/4 = -0.5; e3 0-0.2 = -0.2.
	if len(a.Actors) != 1 {
		t.Fatalf("A's actors: %+v", a.Actors)
	}
	at := a.Actors[0]
	if at.Actor != "Vladimir Putin" || at.Events != 3 || !near(at.Diff, -1.3/3, 1e-4) ||
		!near(at.Mean, -0.8/3, 1e-4) || !near(at.OthersMean, 0.5/3, 1e-4) || at.Mentions != 4 || at.OthersMentions != 6 {
		t.Errorf("A's tone toward Putin: %+v", at)
	}
	// sd of (-0.6, -0.5, -0.2) is 0.2081666, se 0.1201850; t(0.975, 2) 4.302653.
	if at.Low == nil || !near(*at.Low, -1.3/3-4.302653*0.1201850, 1e-4) || !near(*at.High, -1.3/3+4.302653*0.1201850, 1e-4) {
		t.Errorf("A's tone interval: %v %v", at.Low, at.High)
	}
	// t = -0.4333/0.1201850 = -3.6056; with 2 degrees of freedom the
	// two-sided p is 1 - |t|/√(t²+2) = 0.069: three events that agree in
	// sign, and still no strong finding.
	tt := (-1.3 / 3) / 0.1201850
	if wantP := 1 - math.Abs(tt)/math.Sqrt(tt*tt+2); !near(at.P, wantP, 1e-4) || !at.Stable || at.Strong {
		t.Errorf("A's tone toward Putin: p %v (want %.4f), stable %v, strong %v", at.P, wantP, at.Stable, at.Strong)
	}
	// Loaded words in all: Σ a·N0/T = 5·0.5 + 4·2000/2500 + 3·0.5 = 7.2,
	// Σ b·N1/T = 2·0.5 + 2·500/2500 + 3·0.5 = 2.9.
	if a.Loaded == nil || !near(a.Loaded.RateRatio, round(7.2/2.9, 4), 1e-9) || a.Loaded.Events != 3 ||
		a.Loaded.Count != 12 || a.Loaded.OthersCount != 7 || a.Loaded.Words != 2500 || a.Loaded.OthersWords != 4000 {
		t.Errorf("A's loaded words: %+v", a.Loaded)
	}

	p := &Profile{Weeks: []string{}, Trends: []Trend{}, Notes: []string{}}
	b.weeks(p)
	if want := []string{"2022-W06", "2022-W07"}; len(p.Weeks) != 2 || p.Weeks[0] != want[0] || p.Weeks[1] != want[1] {
		t.Errorf("weeks %v, want %v", p.Weeks, want)
	}
	if len(p.Trends) != 1 || p.Trends[0].Name != "Vladimir Putin" {
		t.Fatalf("trends %+v", p.Trends)
	}
	var got []Point
	for _, pt := range p.Trends[0].Points {
		if pt.Outlet == "A" {
			got = append(got, pt)
		}
	}
	// W06: e1 and e2, mean of -0.6 and -0.5; W07: e3 alone, no interval.
	if len(got) != 2 || got[0].Week != "2022-W06" || got[0].Events != 2 || !near(*got[0].Estimate, -0.55, 1e-9) || got[0].Low == nil ||
		got[1].Week != "2022-W07" || !near(*got[1].Estimate, -0.2, 1e-9) || got[1].Low != nil {
		t.Errorf("A's weeks: %+v", got)
	}
}

// TestSampleProfile profiles the sample corpus, checks that every pooled
// framing term counts at least the uses framing listed for it, and that
// the profile is the same for any order of the documents and any number
// of workers.
func TestSampleProfile(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	res, err := compare.Compare(ctx, docs, nil, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.Terms = []string{"sanctions", "propaganda"}
	opts.Actors = []string{"Putin", "Nobody Atall"}
	opts.Workers = 1
	p, err := Build(ctx, res, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Outlets) < 3 || p.Events < 2 {
		t.Fatalf("%d outlets over %d events", len(p.Outlets), p.Events)
	}
	st := nlp.Stemmer{}
	listed := map[[2]string]int{}
	for _, ev := range res.Events {
		if len(ev.Outlets) < 2 {
			continue
		}
		for _, f := range ev.Framing {
			listed[[2]string{f.Outlet, frame.KeyOf(f.Term, st)}] += f.Count
		}
	}
	n := 0
	for _, o := range p.Outlets {
		for _, f := range o.Framing {
			n++
			if l := listed[[2]string{o.Outlet, frame.KeyOf(f.Term, st)}]; f.Count < l {
				t.Errorf("%s %q: pooled %d uses, framing listed %d", o.Outlet, f.Term, f.Count, l)
			}
			if f.Events < 2 || f.OutletEvents != len(f.UsedIn) || !(f.Low <= f.RateRatio && f.RateRatio <= f.High) {
				t.Errorf("%s %q: %+v", o.Outlet, f.Term, f)
			}
		}
		if len(o.Chosen) != 2 {
			t.Errorf("%s: %d chosen terms, want 2", o.Outlet, len(o.Chosen))
		}
	}
	t.Logf("sample: %d outlets, %d events, %d framing findings of two events or more", len(p.Outlets), p.Events, n)
	// One note for the actor no event names, one for the sample's outlets
	// in other languages, which are not profiled.
	if len(p.Notes) != 2 || !strings.Contains(p.Notes[0], "Вечерний меридиан") || !strings.Contains(p.Notes[1], "Nobody Atall") {
		t.Errorf("notes %q: want one for the outlets in other languages and one for the actor no event names", p.Notes)
	}
	for _, o := range p.Outlets {
		if o.Outlet == "Вечерний меридиан" || o.Outlet == "Diario del Estrecho" {
			t.Errorf("%s, an outlet writing in another language, is profiled", o.Outlet)
		}
	}

	want, _ := json.Marshal(p)
	for _, w := range []int{2, 4} {
		shuffled := append(docs[:0:0], docs...)
		r := rand.New(rand.NewPCG(uint64(w), 7))
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		res2, err := compare.Compare(ctx, shuffled, nil, compare.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		opts.Workers = w
		p2, err := Build(ctx, res2, shuffled, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := json.Marshal(p2); !bytes.Equal(got, want) {
			t.Errorf("workers %d, shuffled documents: the profile differs", w)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		o    Options
		ok   bool
	}{
		{"default", DefaultOptions(), true},
		{"one event", Options{MinEvents: 1}, false},
		{"four words", Options{MinEvents: 3, Terms: []string{"a b c d"}}, false},
		{"blank term", Options{MinEvents: 3, Terms: []string{" "}}, false},
		{"blank actor", Options{MinEvents: 3, Actors: []string{""}}, false},
	} {
		if err := c.o.Validate(); (err == nil) != c.ok {
			t.Errorf("%s: Validate() = %v", c.name, err)
		}
	}
}

// BenchmarkBuild profiles the sample corpus from its comparison: the
// counting of every listed term in every shared event, and the pooling.
func BenchmarkBuild(b *testing.B) {
	docs, _, _ := testcorpus.Sample(b)
	ctx := context.Background()
	res, err := compare.Compare(ctx, docs, nil, compare.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	opts := DefaultOptions()
	opts.Terms, opts.Actors = []string{"sanctions"}, []string{"Putin"}
	for b.Loop() {
		if _, err := Build(ctx, res, docs, opts); err != nil {
			b.Fatal(err)
		}
	}
}

func TestResolveActor(t *testing.T) {
	tone := func(name string) compare.EntityTone {
		return compare.EntityTone{Entity: name, Outlet: "A", Mentions: 1}
	}
	b := &builder{}
	b.add(0, compare.Event{Outlets: []string{"A", "B"}, EntityTone: []compare.EntityTone{tone("Barack Obama"), tone("Sasha Obama"), tone("Vladimir Putin"), tone("Kyiv")}})
	for _, c := range []struct {
		chosen, want string
		candidates   []string
	}{
		{"Putin", "Vladimir Putin", nil},
		{"barack obama", "Barack Obama", nil},
		{"Kiev", "Kyiv", nil}, // by the built-in alias table
		{"Obama", "", []string{"Barack Obama", "Sasha Obama"}},
		{"Nobody", "", nil},
	} {
		name, cands, ok := b.resolveActor(c.chosen)
		if name != c.want || ok != (c.want != "") || strings.Join(cands, "|") != strings.Join(c.candidates, "|") {
			t.Errorf("resolveActor(%q) = %q %q %v; want %q %q", c.chosen, name, cands, ok, c.want, c.candidates)
		}
	}
}

// docsByID loads documents by ID as a store does: a copy of each as read,
// its names not resolved.
type docsByID map[string]*nlp.Doc

func (m docsByID) Docs(_ context.Context, ids []string) ([]*nlp.Doc, error) {
	var out []*nlp.Doc
	for _, id := range ids {
		if d, ok := m[id]; ok {
			c := *d
			c.Entities = slices.Clone(d.Entities)
			c.Quotes = slices.Clone(d.Quotes)
			out = append(out, &c)
		}
	}
	return out, nil
}

// TestBuildStartedSameProfile: the profile of a started comparison, whose
// events are walked once and whose members are read back a batch at a
// time, is Build's, from documents held (Start) and from a store read
// twice (StartScan); Members refuses a collected comparison.
func TestBuildStartedSameProfile(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	opts := DefaultOptions()
	opts.Terms = []string{"sanctions", "propaganda"}
	opts.Actors = []string{"Putin"}
	res, err := compare.Compare(ctx, docs, nil, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	p, err := Build(ctx, res, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(p)
	if _, err := res.Members(ctx, []int{0}); err == nil {
		t.Error("Members of a collected comparison: no error")
	}

	byID := docsByID{}
	scan := compare.NewScan(nil)
	for _, d := range docs {
		byID[d.ID] = d
		scan.Add(d)
	}
	loaded := compare.DefaultOptions()
	loaded.Loader = byID
	for _, tc := range []struct {
		name  string
		start func() (*compare.Result, error)
	}{
		{"held", func() (*compare.Result, error) { return compare.Start(ctx, docs, nil, compare.DefaultOptions()) }},
		{"loaded again", func() (*compare.Result, error) { return compare.Start(ctx, docs, nil, loaded) }},
		{"scanned", func() (*compare.Result, error) { return compare.StartScan(ctx, scan, nil, loaded) }},
	} {
		started, err := tc.start()
		if err != nil {
			t.Fatal(err)
		}
		got, err := BuildStarted(ctx, started, opts)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := json.Marshal(got); !bytes.Equal(b, want) {
			t.Errorf("%s: the profile of the started comparison differs from Build's", tc.name)
		}
	}
}

// TestCountsKeepWhatFindingsRead: what count keeps of each event is, for
// every outlet and each term and loaded word its findings read (the terms
// and own-voice loaded words listed for it in any event, and the chosen
// terms), its uses and the other outlets' uses as the full counts of every
// listed term give them (frame.Counter over the same documents), and its
// words and the others'. The candidates are worked out here from the
// events, not by the builder.
func TestCountsKeepWhatFindingsRead(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	res, err := compare.Compare(ctx, docs, nil, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.Terms = []string{"sanctions", "no such term"}
	b := &builder{opts: opts, st: nlp.Stemmer{}}
	for k, ev := range res.Events {
		b.add(k, ev)
	}
	byID := map[string]*nlp.Doc{}
	for _, d := range nlp.ResolveNames(docs, nil, 1) {
		byID[d.ID] = d
	}
	eventDocs := func(k int) []*nlp.Doc {
		var out []*nlp.Doc
		for _, id := range res.Events[k].Articles {
			if d := byID[id]; d.Language == "" || d.Language == "en" {
				out = append(out, d)
			}
		}
		slices.SortFunc(out, func(a, b *nlp.Doc) int { return strings.Compare(a.ID, b.ID) })
		return out
	}
	members := func(_ context.Context, ks []int) ([][]*nlp.Doc, error) {
		out := make([][]*nlp.Doc, len(ks))
		for j, k := range ks {
			out[j] = eventDocs(k)
		}
		return out, nil
	}
	if err := b.count(ctx, members); err != nil {
		t.Fatal(err)
	}

	st := nlp.Stemmer{}
	terms, words := map[string]map[string]bool{}, map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, o, k string) {
		if m[o] == nil {
			m[o] = map[string]bool{}
		}
		m[o][k] = true
	}
	allTerms, allWords := map[string]bool{}, map[string]bool{}
	for _, ev := range b.events {
		for _, f := range ev.Framing {
			add(terms, f.Outlet, frame.KeyOf(f.Term, st))
			allTerms[frame.KeyOf(f.Term, st)] = true
		}
		for _, l := range ev.LoadedWords {
			if l.Voice == frame.VoiceOwn {
				for _, w := range l.Words {
					add(words, l.Outlet, w.Word)
					allWords[w.Word] = true
				}
			}
		}
	}
	var chosen []string
	for _, c := range opts.Terms {
		chosen = append(chosen, frame.KeyOf(c, st))
		allTerms[frame.KeyOf(c, st)] = true
	}
	full := frame.NewCounter(nil, sortedKeys(allTerms), sortedKeys(allWords), false)
	checked := 0
	for i := range b.events {
		uses := full.Count(eventDocs(b.index[i]), st)
		for _, u := range uses {
			s, ok := sideOf(b, i, u.Outlet)
			if !ok {
				t.Errorf("%s: %s counted and not kept", b.events[i].ID, u.Outlet)
				continue
			}
			othersWords := 0
			for _, v := range uses {
				if v.Outlet != u.Outlet {
					othersWords += v.Words
				}
			}
			if s.me.words != u.Words || s.words != othersWords {
				t.Errorf("%s %s: kept %d words and %d of the others, counted %d and %d", b.events[i].ID, u.Outlet, s.me.words, s.words, u.Words, othersWords)
			}
			others := func(k string, loaded bool) int {
				n := 0
				for _, v := range uses {
					if v.Outlet != u.Outlet {
						if loaded {
							n += v.Loaded[k]
						} else {
							n += v.Terms[k]
						}
					}
				}
				return n
			}
			for _, k := range append(sortedKeys(terms[u.Outlet]), chosen...) {
				id, ok := b.terms.id[k]
				if !ok {
					t.Fatalf("term %q is not in the vocabulary", k)
				}
				if got, want := s.me.terms.get(id), u.Terms[k]; got != want {
					t.Errorf("%s %s %q: kept %d uses, counted %d", b.events[i].ID, u.Outlet, k, got, want)
				}
				if got, want := s.othersTerm(id), others(k, false); got != want {
					t.Errorf("%s %s %q: kept %d uses by the others, counted %d", b.events[i].ID, u.Outlet, k, got, want)
				}
				checked++
			}
			for _, w := range sortedKeys(words[u.Outlet]) {
				id := b.words.id[w]
				if got, want := s.me.loaded.get(id), u.Loaded[w]; got != want {
					t.Errorf("%s %s loaded %q: kept %d uses, counted %d", b.events[i].ID, u.Outlet, w, got, want)
				}
				if got, want := s.othersLoaded(id), others(w, true); got != want {
					t.Errorf("%s %s loaded %q: kept %d uses by the others, counted %d", b.events[i].ID, u.Outlet, w, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no count checked")
	}
	t.Logf("sample: %d kept counts checked against the full counts", checked)
}

// sideOf returns outlet o's side of the i-th event kept.
func sideOf(b *builder, i int, o string) (side, bool) {
	for _, s := range b.sides(o) {
		if s.event == i {
			return s, true
		}
	}
	return side{}, false
}

// TestKeptEventsHoldNoText: no string a builder keeps of an event is a
// slice of an article's text. Framing's terms, loaded words and actor
// names are slices of the texts they were found in, and each would keep
// its whole article alive for as long as the profile is built.
func TestKeptEventsHoldNoText(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	res, err := compare.Compare(context.Background(), docs, nil, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	b := &builder{opts: Options{Terms: []string{"sanctions"}}, st: nlp.Stemmer{}}
	for k, ev := range res.Events {
		b.add(k, ev)
	}
	type span struct{ start, end uintptr }
	var texts []span
	for _, d := range docs {
		p := uintptr(unsafe.Pointer(unsafe.StringData(d.Text)))
		texts = append(texts, span{p, p + uintptr(len(d.Text))})
	}
	n := 0
	check := func(what, s string) {
		if s == "" {
			return
		}
		n++
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, x := range texts {
			if p >= x.start && p < x.end {
				t.Errorf("%s %q is a slice of an article's text", what, s)
				return
			}
		}
	}
	examples := func(exs []compare.Example) {
		for _, e := range exs {
			check("an example's article", e.Article)
			check("an example", e.Text)
		}
	}
	for i, ev := range b.events {
		for _, f := range ev.Framing {
			check("a framing term", f.Term)
			check("an outlet", f.Outlet)
			examples(f.Examples)
		}
		for _, x := range ev.Terms {
			check("a chosen term", x.Term)
			examples(x.Examples)
		}
		for _, l := range ev.LoadedWords {
			check("an outlet", l.Outlet)
			for _, w := range l.Words {
				check("a loaded word", w.Word)
				examples(w.Examples)
			}
		}
		for _, x := range b.tones[i] {
			check("an actor", x.entity)
			check("an outlet", x.outlet)
		}
	}
	if n == 0 {
		t.Fatal("no string kept: nothing to check")
	}
}
