package report

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/framediff/framediff"
	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// annotateSample reads and annotates the sample corpus built into the
// binary, as framediff demo does, with the inputs in the order given by
// shuffle (nil keeps the reading order) and the given number of workers.
func annotateSample(t testing.TB, shuffle *rand.Rand, workers int) ([]*nlp.Doc, []corpus.Skipped) {
	t.Helper()
	ctx := context.Background()
	set, err := corpus.LoadFS(ctx, framediff.Sample(), framediff.SampleRoot, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := set.Articles
	if shuffle != nil {
		shuffle.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	}
	docs, failed, err := (&nlp.Annotator{Workers: workers}).Annotate(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	return docs, append(set.Skipped, failed...)
}

func compareDocs(t testing.TB, docs []*nlp.Doc, skipped []corpus.Skipped, opts compare.Options) *compare.Result {
	t.Helper()
	r, err := compare.Compare(context.Background(), docs, skipped, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var demo struct {
	once    sync.Once
	docs    []*nlp.Doc
	skipped []corpus.Skipped
	r       *compare.Result
}

// demoResult is the demo's result, computed once for the package's tests.
func demoResult(t testing.TB) *compare.Result {
	t.Helper()
	demo.once.Do(func() {
		demo.docs, demo.skipped = annotateSample(t, nil, 0)
		demo.r = compareDocs(t, demo.docs, demo.skipped, compare.DefaultOptions())
	})
	if demo.r == nil {
		t.Fatal("the demo comparison failed")
	}
	return demo.r
}
