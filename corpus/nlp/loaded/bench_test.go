package loaded_test

import (
	"context"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/internal/testcorpus"
)

// BenchmarkScore scores every word of the sample corpus (testdata/corpus)
// once per iteration, on one core, and reports words per second.
// BenchmarkAnnotate annotates the same articles the same way, for the
// cost beside which scoring must be cheap.
func BenchmarkScore(b *testing.B) {
	docs, _, _ := testcorpus.Sample(b)
	m := loaded.Default()
	m.Score(docs[0]) // load the model and background outside the timing
	words := 0
	for _, d := range docs {
		words += d.WordCount
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			m.Score(d)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkAnnotate(b *testing.B) {
	docs, _, _ := testcorpus.Sample(b)
	arts := make([]corpus.Article, len(docs))
	words := 0
	for i, d := range docs {
		arts[i] = d.Article
		words += d.WordCount
	}
	an := &nlp.Annotator{}
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			if _, err := an.AnnotateOne(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
