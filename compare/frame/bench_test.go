package frame

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// fiftyArticles makes an event of 50 articles from the sample corpus's four
// Ukraine diplomacy events, spread over ten outlets: the size of a busy
// story on a newsroom's day.
func fiftyArticles(b *testing.B) []corpus.Article {
	b.Helper()
	docs, gold, _ := sampleDocs(b)
	var src []*nlp.Doc
	for _, d := range docs {
		switch gold[d.ID] {
		case "honolulu", "lavrov-call", "biden-putin", "embassy":
			src = append(src, d)
		}
	}
	sort.Slice(src, func(i, j int) bool { return src[i].ID < src[j].ID })
	arts := make([]corpus.Article, 50)
	for i := range arts {
		a := src[i%len(src)].Article
		a.Outlet = fmt.Sprintf("Outlet %d", i%10)
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		arts[i] = a
	}
	return arts
}

func eventOfAll(docs []*nlp.Doc) Event {
	var ev Event
	seen := map[string]bool{}
	for _, d := range docs {
		if !seen[d.Outlet] {
			seen[d.Outlet] = true
			ev.Outlets = append(ev.Outlets, d.Outlet)
		}
	}
	sort.Strings(ev.Outlets)
	ev.Entities = Entities(docs)
	return ev
}

// BenchmarkFrameEvent measures the framing stage on one event of 50
// articles: preparing the documents' terms and the background, then every
// analysis of the event. Compare with BenchmarkAnnotateEvent.
func BenchmarkFrameEvent(b *testing.B) {
	arts := fiftyArticles(b)
	an := &nlp.Annotator{}
	docs, _, err := an.Annotate(context.Background(), arts)
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, d := range docs {
		words += d.WordCount
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ev := eventOfAll(docs)
		New(docs, defaultOptions).Frame(&ev, docs)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkFrameEventKept is BenchmarkFrameEvent with each document's
// roles and voices kept by the counting of the background and read by
// framing (Kept), as a comparison of a store frames its events.
func BenchmarkFrameEventKept(b *testing.B) {
	arts := fiftyArticles(b)
	docs, _, err := (&nlp.Annotator{}).Annotate(context.Background(), arts)
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ev := eventOfAll(docs)
		kept := NewKept(ids)
		c := NewCounts()
		c.AddKeeping(docs, defaultOptions, kept)
		f := NewWith(c, defaultOptions)
		f.Reuse(kept)
		f.Frame(&ev, docs)
	}
}

// BenchmarkAnnotateEvent annotates the same 50 articles: the stage before
// framing, for scale.
func BenchmarkAnnotateEvent(b *testing.B) {
	arts := fiftyArticles(b)
	an := &nlp.Annotator{}
	words := 0
	for i := range arts {
		words += arts[i].Words()
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := an.Annotate(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
