package framediff_test

import (
	"context"
	"io"
	"runtime"
	"testing"

	"github.com/framediff/framediff"
	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/report"
	"github.com/jdkato/prose/v3"
)

func loadSample(b *testing.B) *corpus.Set {
	b.Helper()
	set, err := corpus.LoadFS(context.Background(), framediff.Sample(), framediff.SampleRoot, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if len(set.Articles) == 0 {
		b.Fatal("sample corpus is empty")
	}
	return set
}

func words(arts []corpus.Article) int {
	n := 0
	for i := range arts {
		n += arts[i].Words()
	}
	return n
}

// reportRates adds articles/s and words/s to a benchmark that processes
// the whole sample once per iteration.
func reportRates(b *testing.B, arts []corpus.Article) {
	s := b.Elapsed().Seconds()
	if s == 0 {
		return
	}
	b.ReportMetric(float64(len(arts)*b.N)/s, "articles/s")
	b.ReportMetric(float64(words(arts)*b.N)/s, "words/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}

// BenchmarkProse is the floor: prose alone on the same texts, one paragraph
// at a time as the annotator feeds it, on all cores.
func BenchmarkProse(b *testing.B) {
	set := loadSample(b)
	var paras []string
	for _, a := range set.Articles {
		for _, p := range splitParagraphs(a.Text) {
			paras = append(paras, p)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		work := make(chan string)
		done := make(chan struct{})
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			go func() {
				for p := range work {
					if _, err := prose.NewDocument(p); err != nil {
						b.Error(err)
					}
				}
				done <- struct{}{}
			}()
		}
		for _, p := range paras {
			work <- p
		}
		close(work)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			<-done
		}
	}
	reportRates(b, set.Articles)
}

// BenchmarkAnnotate measures annotation: prose, entity normalisation,
// quotes and sentence tone, on all cores.
func BenchmarkAnnotate(b *testing.B) {
	set := loadSample(b)
	an := &nlp.Annotator{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := an.Annotate(context.Background(), set.Articles); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, set.Articles)
}

// BenchmarkCompare measures alignment and framing alone on annotated docs.
func BenchmarkCompare(b *testing.B) {
	set := loadSample(b)
	docs, _, err := (&nlp.Annotator{}).Annotate(context.Background(), set.Articles)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := compare.Compare(context.Background(), docs, set.Skipped, compare.DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, set.Articles)
}

// BenchmarkPipeline is the whole job on the sample corpus: load, annotate,
// compare and render the JSON report.
func BenchmarkPipeline(b *testing.B) {
	set := loadSample(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := corpus.LoadFS(context.Background(), framediff.Sample(), framediff.SampleRoot, corpus.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs, skipped, err := (&nlp.Annotator{}).Annotate(context.Background(), s.Articles)
		if err != nil {
			b.Fatal(err)
		}
		res, err := compare.Compare(context.Background(), docs, append(s.Skipped, skipped...), compare.DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		if err := report.JSON(io.Discard, res, "framediff bench"); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, set.Articles)
}

func splitParagraphs(text string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '\n' && text[i+1] == '\n' {
			out = append(out, text[start:i])
			start = i + 2
			i++
		}
	}
	return append(out, text[start:])
}
