package align

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// alignKept aligns docs, in corpus order and all compared, as a
// comparison of a store does after old (a prefix of docs) were kept
// (compare/aligned.go): names resolved by old's (nlp.Names.ResolverWith),
// terms weighed by old's frequencies. It returns the result and the
// documents as resolved.
func alignKept(ctx context.Context, t *testing.T, docs, old []*nlp.Doc, opts Options) (*Result, []*nlp.Doc) {
	t.Helper()
	kept, all := nlp.NewNames(nil), nlp.NewNames(nil)
	for _, d := range old {
		kept.Add(d)
	}
	for _, d := range docs {
		all.Add(d)
	}
	r := kept.ResolverWith(all)
	resolved := make([]*nlp.Doc, len(docs))
	for i, d := range docs {
		resolved[i] = r.Resolve(d)
	}
	oc := NewCorpus(opts.Stopwords, opts.Workers)
	oc.Add(resolved[:len(old)])
	opts.Frequencies = oc.Frequencies()
	_, outlets := comparedOf(docs)
	res, err := Align(ctx, resolved, opts, outlets)
	if err != nil {
		t.Fatal(err)
	}
	return res, resolved
}

// olderMoved counts the articles of old whose event, read as its members
// among old, differs between two alignments.
func olderMoved(old []*nlp.Doc, a, b *Result) int {
	isOld := map[string]bool{}
	for _, d := range old {
		isOld[d.ID] = true
	}
	key := func(res *Result) map[string]string {
		of := map[string]string{}
		for _, ev := range res.Events {
			var ms []string
			for _, id := range ev.Articles {
				if isOld[id] {
					ms = append(ms, id)
				}
			}
			for _, id := range ms {
				of[id] = fmt.Sprint(ms)
			}
		}
		return of
	}
	ka, kb := key(a), key(b)
	moved := 0
	for _, d := range old {
		x, y := ka[d.ID], kb[d.ID]
		if x == "" {
			x = d.ID
		}
		if y == "" {
			y = d.ID
		}
		if x != y {
			moved++
		}
	}
	return moved
}

// TestKeptStepBasilDev measures how far alignment's inputs kept in steps
// (compare/aligned.go) move basil-dev's alignment from a full one: the
// newest tenth of its articles (in corpus order) added after names and
// frequencies were kept from the rest, scored as TestBasilDev scores,
// logged in the fixed form "basil-dev kept step: F1 0.xx (full 0.xx)";
// and how many of the older articles end in another event when the
// newest are added, with the kept inputs and with the corpus's (round 11
// of docs/performance.md counted 4 of them). It skips without basil-dev.
func TestKeptStepBasilDev(t *testing.T) {
	if testing.Short() {
		t.Skip("annotating basil-dev takes about 20 s; skipped with -short")
	}
	gold := readBasilGold(t, basilDir+"/gold.tsv")
	all, _ := annotateBasil(t)
	docs, _ := comparedOf(all)
	sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	old := docs[:len(docs)-len(docs)/10]
	ctx := context.Background()

	full, err := alignDocs(ctx, docs, defaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	fullOld, err := alignDocs(ctx, old, defaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	step, resolved := alignKept(ctx, t, docs, old, defaultOptions)
	keptOld, _ := alignKept(ctx, t, old, old, defaultOptions)

	sf, ss := scoreBasil(t, docs, gold, full, false), scoreBasil(t, docs, gold, step, false)
	t.Logf("basil-dev: %d articles kept, %d added (from %s)", len(old), len(docs)-len(old), docs[len(old)].Published.Format("2006-01-02"))
	t.Logf("full:      P %.4f R %.4f F1 %.4f, %d distractors merged, %d events", sf.p, sf.r, sf.f1, sf.merged, len(full.Events))
	t.Logf("kept step: P %.4f R %.4f F1 %.4f, %d distractors merged, %d events", ss.p, ss.r, ss.f1, ss.merged, len(step.Events))
	t.Logf("basil-dev kept step: F1 %.2f (full %.2f)", ss.f1, sf.f1)

	fullNames := nlp.ResolveNames(docs, nil, 0)
	arts, mentions := 0, 0
	for i := range old {
		diff := 0
		for k, m := range resolved[i].Entities {
			if m.Name != fullNames[i].Entities[k].Name {
				diff++
			}
		}
		if diff > 0 {
			arts++
			mentions += diff
		}
	}
	t.Logf("older articles with a name the kept names resolve otherwise than names resolved across all: %d (%d mentions)", arts, mentions)
	movedKept, movedFull := olderMoved(old, keptOld, step), olderMoved(old, fullOld, full)
	t.Logf("older articles in another event once the newest are added: %d with the kept inputs, %d with the corpus's", movedKept, movedFull)
	if ss.f1 < sf.f1-0.02 {
		t.Errorf("the kept step's F1 %.4f is more than 0.02 below the full alignment's %.4f", ss.f1, sf.f1)
	}
}
