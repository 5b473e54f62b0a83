package align

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	synthcorpus "github.com/framediff/framediff/internal/synth"
)

// nameChanges compares two resolutions of the same documents, in the same
// order: the articles with any entity name or quote speaker resolved
// differently, the mentions and speakers so resolved, and the distinct
// names whose resolution differs.
func nameChanges(a, b []*nlp.Doc) (articles, mentions, names int) {
	distinct := map[[3]string]bool{}
	for i := range a {
		changed := false
		for k, m := range a[i].Entities {
			if n := b[i].Entities[k].Name; n != m.Name {
				changed = true
				mentions++
				distinct[[3]string{m.Name, n}] = true
			}
		}
		for k, q := range a[i].Quotes {
			if s := b[i].Quotes[k].Speaker; s != q.Speaker {
				changed = true
				mentions++
				distinct[[3]string{q.Speaker, s}] = true
			}
		}
		if changed {
			articles++
		}
	}
	return articles, mentions, len(distinct)
}

// resolveLocal resolves the names of docs, sorted by corpus.Less, each
// over the articles published within days calendar days of its own day,
// before it and after (past false) or before it only (past true); an
// undated article over the whole corpus.
func resolveLocal(docs []*nlp.Doc, days int, past bool) []*nlp.Doc {
	day := func(d *nlp.Doc) int64 { return d.Published.UTC().Truncate(24*time.Hour).Unix() / (24 * 3600) }
	byDay := map[int64][]int{}
	var undated []int
	for i, d := range docs {
		if d.HasDate() {
			byDay[day(d)] = append(byDay[day(d)], i)
		} else {
			undated = append(undated, i)
		}
	}
	out := make([]*nlp.Doc, len(docs))
	for dd, idx := range byDay {
		ns := nlp.NewNames(nil)
		hi := int64(days)
		if past {
			hi = 0
		}
		for k := dd - int64(days); k <= dd+hi; k++ {
			for _, i := range byDay[k] {
				ns.Add(docs[i])
			}
		}
		r := ns.Resolver()
		for _, i := range idx {
			out[i] = r.Resolve(docs[i])
		}
	}
	if len(undated) > 0 {
		all := nlp.ResolveNames(docs, nil, 0)
		for _, i := range undated {
			out[i] = all[i]
		}
	}
	return out
}

// TestNameResolutionLocality measures how local the resolution of names
// across the corpus is: of the articles before the newest ones, how many
// have a name resolved differently once the newest are added; and what a
// local rule (each article's names resolved over the articles within a
// window of days) changes against the corpus-wide resolution, and how many
// older articles it lets the newest change. On the synthetic year that
// `synthcorpus store -n 11000 -hold 1000` stores (the same generator and
// seed, the newest 1,000 held back) and on basil-dev split by date. It is
// a measurement: docs/performance.md ("Round 11") reads it.
func TestNameResolutionLocality(t *testing.T) {
	if !*measure {
		t.Skip("a measurement: run with -measure")
	}
	sorted := func(docs []*nlp.Doc) []*nlp.Doc {
		sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
		return docs
	}
	g := synthcorpus.New(11000, synthcorpus.Config{Seed: 1})
	syn := make([]*nlp.Doc, g.Len())
	for i := range syn {
		syn[i] = g.Doc(i)
	}
	basil, _ := annotateBasil(t)
	sets := []struct {
		name  string
		docs  []*nlp.Doc
		holds []int
	}{
		{"synthetic 11,000", sorted(syn), []int{1000}},
		{"basil-dev", sorted(basil), []int{45, 224}},
	}
	for _, set := range sets {
		all := nlp.ResolveNames(set.docs, nil, 0)
		for _, hold := range set.holds {
			old := set.docs[:len(set.docs)-hold]
			alone := nlp.ResolveNames(old, nil, 0)
			a, m, n := nameChanges(alone, all[:len(old)])
			t.Logf("%s, the newest %d added to %d (from %s): %d older articles change, %d mentions, %d distinct names",
				set.name, hold, len(old), set.docs[len(old)].Published.Format("2006-01-02"), a, m, n)
			for _, days := range []int{3, 30} {
				for _, past := range []bool{false, true} {
					la, lm, ln := nameChanges(resolveLocal(old, days, past), resolveLocal(set.docs, days, past)[:len(old)])
					t.Logf("%s, the newest %d added, resolved within %d days (past only %v): %d older articles change, %d mentions, %d names",
						set.name, hold, days, past, la, lm, ln)
				}
			}
		}
		for _, days := range []int{3, 30} {
			for _, past := range []bool{false, true} {
				a, m, n := nameChanges(all, resolveLocal(set.docs, days, past))
				t.Logf("%s: resolved within %d days (past only %v) against the whole corpus: %d of %d articles differ, %d mentions, %d names",
					set.name, days, past, a, len(set.docs), m, n)
			}
		}
	}
	// What a local rule does to alignment: basil-dev aligned with its
	// names resolved locally, scored as TestBasilDev scores it.
	gold := readBasilGold(t, basilDir+"/gold.tsv")
	docs := sets[1].docs
	var outlets []string
	seen := map[string]bool{}
	for _, d := range docs {
		if !seen[d.Outlet] {
			seen[d.Outlet] = true
			outlets = append(outlets, d.Outlet)
		}
	}
	sort.Strings(outlets)
	for _, days := range []int{0, 3, 30} {
		for _, past := range []bool{false, true} {
			if days == 0 && past {
				continue
			}
			resolved := nlp.ResolveNames(docs, nil, 0)
			if days > 0 {
				resolved = resolveLocal(docs, days, past)
			}
			res, err := Align(context.Background(), resolved, defaultOptions, outlets)
			if err != nil {
				t.Fatal(err)
			}
			sc := scoreBasil(t, docs, gold, res, false)
			t.Logf("basil-dev with names resolved within %d days (0: the corpus; past only %v): P %.4f R %.4f F1 %.4f merged %d", days, past, sc.p, sc.r, sc.f1, sc.merged)
		}
	}
}

// TestOlderEventsChange measures what adding the newest articles does to
// the events of the older ones, IDF by IDF: the older articles whose
// event, counted in older articles (the set of older articles it shares an
// event with, itself included), differs between aligning the older alone
// and aligning all. A comparison that kept the older articles' events
// would have to redo these. On the synthetic year of `synthcorpus store
// -n 11000 -hold 1000` and on basil-dev without its newest 45 articles.
// A measurement, run with -measure.
func TestOlderEventsChange(t *testing.T) {
	if !*measure {
		t.Skip("a measurement: run with -measure")
	}
	g := synthcorpus.New(11000, synthcorpus.Config{Seed: 1})
	syn := make([]*nlp.Doc, g.Len())
	for i := range syn {
		syn[i] = g.Doc(i)
	}
	basil, _ := annotateBasil(t)
	bg := topicBackground(t)
	day := int64(24 * 3600)
	variants := []struct {
		name string
		o    func(*Options)
	}{
		{"corpus", func(*Options) {}},
		{"background", func(o *Options) { o.termIDF, o.entIDF = idfBackground, idfBackground }},
		{"past all", func(o *Options) { o.termIDF, o.entIDF, o.local = idfLocal, idfLocal, localIDF{past: true} }},
		{"window 30d", func(o *Options) { o.termIDF, o.entIDF, o.local = idfLocal, idfLocal, localIDF{window: 30 * day} }},
	}
	ctx := context.Background()
	for _, set := range []struct {
		name string
		docs []*nlp.Doc
		hold int
	}{{"synthetic", syn, 1000}, {"basil-dev", basil, 45}} {
		docs := append([]*nlp.Doc{}, set.docs...)
		sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
		old := docs[:len(docs)-set.hold]
		isOld := map[string]bool{}
		for _, d := range old {
			isOld[d.ID] = true
		}
		for _, v := range variants {
			opts := defaultOptions
			opts.MinOutlets, opts.background = 1, bg
			v.o(&opts)
			events := func(docs []*nlp.Doc) map[string]string {
				res, err := alignDocs(ctx, docs, opts)
				if err != nil {
					t.Fatal(err)
				}
				of := map[string]string{}
				for _, ev := range res.Events {
					var key []string
					for _, a := range ev.Articles {
						if isOld[a] {
							key = append(key, a)
						}
					}
					for _, a := range key {
						of[a] = fmt.Sprint(key)
					}
				}
				return of
			}
			before, after := events(old), events(docs)
			changed, near := 0, 0
			first := docs[len(old)].Published
			for _, d := range old {
				b, a := before[d.ID], after[d.ID]
				if b == "" {
					b = d.ID
				}
				if a == "" {
					a = d.ID
				}
				if a != b {
					changed++
					if first.Sub(d.Published) <= 30*24*time.Hour {
						near++
					}
				}
			}
			t.Logf("%s, the newest %d added to %d, IDF %s: %d older articles in another event (%d of them within 30 days of the newest)",
				set.name, set.hold, len(old), v.name, changed, near)
		}
	}
}
