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

// BenchmarkAlignPhases times each step of aligning the synthetic year that
// `synthcorpus store -n 11000 -hold 1000` stores (10,000 articles) and
// the same year with its newest 1,000 added (11,000): resolving names
// across the corpus, reading the documents (Corpus.Add: the raw terms and
// entities), weighing the profiles (the IDF and vectors), the stream, the
// merge pass, the mutual pass and the evidence, each in ms of wall time
// per run. It also reports the stream's clusters; of the 10,000's, those
// whose latest article is within the window of the newest 1,000's first
// (open when the first new article arrives: reachable); of the 11,000's,
// those holding a new article (touched) and those holding a new and an
// older one (mixed). These are the parts an incremental alignment would
// keep or redo (docs/performance.md, round 11).
func BenchmarkAlignPhases(b *testing.B) {
	g := synthcorpus.New(11000, synthcorpus.Config{Seed: 1})
	all := make([]*nlp.Doc, g.Len())
	for i := range all {
		all[i] = g.Doc(i)
	}
	sort.SliceStable(all, func(i, j int) bool { return corpus.Less(&all[i].Article, &all[j].Article) })
	firstNew := all[10000].Published.Unix()
	for _, n := range []int{10000, 11000} {
		docs := all[:n]
		seen := map[string]bool{}
		var outlets []string
		for _, d := range docs {
			if !seen[d.Outlet] {
				seen[d.Outlet] = true
				outlets = append(outlets, d.Outlet)
			}
		}
		sort.Strings(outlets)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			ctx := context.Background()
			var sum [7]time.Duration
			var clusters, reachable, touched, mixed int
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				resolved := nlp.ResolveNames(docs, nil, 0)
				t1 := time.Now()
				c := NewCorpus(nil, 0)
				c.Add(resolved)
				t2 := time.Now()
				al := c.aligner(defaultOptions)
				al.outlet = outletIDs(al.arts)
				t3 := time.Now()
				cs, err := al.stream(ctx)
				if err != nil {
					b.Fatal(err)
				}
				t4 := time.Now()
				clusters, reachable, touched, mixed = len(cs), 0, 0, 0
				window := int64(defaultOptions.Window / time.Second)
				for _, m := range cs {
					first, last := al.ps[m[0]].t, al.ps[m[len(m)-1]].t
					if last < firstNew && firstNew-last <= window {
						reachable++
					}
					if last >= firstNew {
						touched++
						if first < firstNew {
							mixed++
						}
					}
				}
				cs, err = al.merge(ctx, cs)
				if err != nil {
					b.Fatal(err)
				}
				t5 := time.Now()
				cs = al.enforceApart(al.mutual(cs))
				t6 := time.Now()
				res, err := al.events(ctx, cs, outlets)
				if err != nil {
					b.Fatal(err)
				}
				t7 := time.Now()
				if len(res.Events) == 0 {
					b.Fatal("no events")
				}
				for k, d := range []time.Duration{t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4), t6.Sub(t5), t7.Sub(t6)} {
					sum[k] += d
				}
			}
			for k, name := range []string{"resolve", "read", "weigh", "stream", "merge", "mutual", "evidence"} {
				b.ReportMetric(float64(sum[k].Milliseconds())/float64(b.N), name+"-ms")
			}
			b.ReportMetric(float64(clusters), "clusters")
			b.ReportMetric(float64(reachable), "reachable")
			b.ReportMetric(float64(touched), "touched")
			b.ReportMetric(float64(mixed), "mixed")
		})
	}
}
