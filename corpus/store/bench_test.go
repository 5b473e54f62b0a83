package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/synth"
	"github.com/jdkato/prose/v3"
)

// Benchmarks at scale. The corpus is synthetic (internal/synth):
//
//	FRAMEDIFF_BENCH_CORPUS=DIR  text files to ingest (scripts/perf.sh makes
//	                            them); otherwise FRAMEDIFF_BENCH_N files are
//	                            generated into a temporary directory
//	FRAMEDIFF_BENCH_N=N         articles (default 200 for ingest, 2000 for
//	                            the store benchmarks)
//
// BenchmarkIngest and BenchmarkProseFloor run on the same texts with the
// same cores: their articles/s give the ratio docs/performance.md reports.

func benchN(def int) int {
	if n, err := strconv.Atoi(os.Getenv("FRAMEDIFF_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return def
}

var (
	corpusOnce sync.Once
	corpusDir  string
	corpusErr  error
)

// benchCorpus returns the directory of text files the ingest benchmarks
// read.
func benchCorpus(b *testing.B) string {
	b.Helper()
	if dir := os.Getenv("FRAMEDIFF_BENCH_CORPUS"); dir != "" {
		return dir
	}
	corpusOnce.Do(func() {
		corpusDir, corpusErr = os.MkdirTemp("", "framediff-bench-")
		if corpusErr == nil {
			corpusErr = synth.New(benchN(200), synth.Config{Seed: 1}).WriteFiles(corpusDir, 0, benchN(200))
		}
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpusDir
}

// rates reports articles/s and words/s for work done once per iteration,
// and the CPU seconds the process spent since cpu0 (see cpuTime): on a
// machine shared with other work, CPU time varies far less than wall
// time, so the ratio of two benchmarks' cpu-s is the steadier measure.
func rates(b *testing.B, articles, words int, cpu0 float64) {
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles*b.N)/s, "articles/s")
	b.ReportMetric(float64(words*b.N)/s, "words/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
	b.ReportMetric((cpuTime()-cpu0)/float64(b.N), "cpu-s/op")
}

// cpuTime is the user and system CPU time of the process, in seconds.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// BenchmarkIngest is the whole ingest of the corpus into a new store:
// reading, annotating on all cores, encoding, committing.
func BenchmarkIngest(b *testing.B) {
	dir := benchCorpus(b)
	set, err := corpus.Load(context.Background(), []string{dir}, nil, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, a := range set.Articles {
		words += corpus.CountWords(a.Text)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "corpus.db")
		s, err := Open(context.Background(), db)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := s.Ingest(context.Background(), []string{dir}, nil, IngestOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if st.Added != len(set.Articles) {
			b.Fatalf("ingested %d of %d articles", st.Added, len(set.Articles))
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	rates(b, len(set.Articles), words, cpu0)
}

// BenchmarkProseFloor is the floor of BenchmarkIngest: prose alone on the
// same texts, a paragraph at a time as the annotator feeds it, on all
// cores, with nothing read or written.
func BenchmarkProseFloor(b *testing.B) {
	dir := benchCorpus(b)
	set, err := corpus.Load(context.Background(), []string{dir}, nil, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var paras []string
	words := 0
	for _, a := range set.Articles {
		words += corpus.CountWords(a.Text)
		for _, p := range strings.Split(a.Text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		work := make(chan string)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range work {
					if _, err := prose.NewDocument(p); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for _, p := range paras {
			work <- p
		}
		close(work)
		wg.Wait()
	}
	rates(b, len(set.Articles), words, cpu0)
}

// storeOf fills a store with n synthetic documents, annotated by the
// generator, once per benchmark.
func storeOf(b *testing.B, e testEngine, n int) (*Store, []*nlp.Doc) {
	b.Helper()
	g := synth.New(n, synth.Config{Seed: 1})
	docs := make([]*nlp.Doc, n)
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	s, err := Open(context.Background(), e.location(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	for i := 0; i < n; i += DefaultBatch {
		if _, err := s.Put(context.Background(), docs[i:min(i+DefaultBatch, n)], nil); err != nil {
			b.Fatal(err)
		}
	}
	return s, docs
}

// BenchmarkPut writes annotated documents in batches of DefaultBatch, as
// ingest does after annotation, on each engine.
func BenchmarkPut(b *testing.B) { eachEngineBench(b, benchmarkPut) }

func benchmarkPut(b *testing.B, e testEngine) {
	n := benchN(2000)
	g := synth.New(n, synth.Config{Seed: 1})
	docs := make([]*nlp.Doc, n)
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(context.Background(), e.location(b))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for j := 0; j < n; j += DefaultBatch {
			if _, err := s.Put(context.Background(), docs[j:min(j+DefaultBatch, n)], nil); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSelect reads every document back, decoded: what compare --db
// does before comparing, on each engine.
func BenchmarkSelect(b *testing.B) { eachEngineBench(b, benchmarkSelect) }

func benchmarkSelect(b *testing.B, e testEngine) {
	n := benchN(2000)
	s, _ := storeOf(b, e, n)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ReportAllocs()
	b.ResetTimer()
	var docs []*nlp.Doc
	for i := 0; i < b.N; i++ {
		var err error
		docs, _, err = s.Select(context.Background(), Filter{})
		if err != nil || len(docs) != n {
			b.Fatalf("%d docs, %v", len(docs), err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
	// What the documents hold in memory once read: what compare starts
	// from.
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapInuse-before.HeapInuse)/float64(n)/1024, "KB/doc")
	runtime.KeepAlive(docs)
}

// BenchmarkDecide is the look-up ingest makes for every article before
// annotating it, here for articles already stored, on each engine.
func BenchmarkDecide(b *testing.B) { eachEngineBench(b, benchmarkDecide) }

func benchmarkDecide(b *testing.B, e testEngine) {
	s, docs := storeOf(b, e, benchN(2000))
	metas := make([]meta, len(docs))
	for i, d := range docs {
		metas[i] = metaOf(&d.Article, textHash(d.Text))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dec, err := decide(context.Background(), conn{s.db, s.eng}, &metas[i%len(metas)], false)
		if err != nil || dec.act != keep {
			b.Fatalf("%+v, %v", dec, err)
		}
	}
}

// BenchmarkDocs reads every document again by ID, in batches of 640 (64
// events of about ten articles), as a comparison from a store loads each
// batch of events' members to frame them: against BenchmarkSelect, what
// a comparison that drops its documents after alignment pays to read
// them again.
func BenchmarkDocs(b *testing.B) { eachEngineBench(b, benchmarkDocs) }

func benchmarkDocs(b *testing.B, e testEngine) {
	n := benchN(2000)
	s, _ := storeOf(b, e, n)
	all, _, err := s.Select(context.Background(), Filter{})
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, len(all))
	for i, d := range all {
		ids[i] = d.ID
	}
	all = nil
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for start := 0; start < len(ids); start += 640 {
			batch := ids[start:min(start+640, len(ids))]
			docs, err := s.Docs(context.Background(), batch)
			if err != nil || len(docs) != len(batch) {
				b.Fatalf("%d docs of %d, %v", len(docs), len(batch), err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}
