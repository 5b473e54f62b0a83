package nlp

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestStream: streaming gives, article for article, what Annotate gives,
// whatever the number of workers, and closes its output when done.
func TestStream(t *testing.T) {
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{"../../testdata/corpus"}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := set.Articles[:8]
	want, _, err := (&Annotator{}).Annotate(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 3} {
		an := &Annotator{Workers: workers}
		in := make(chan Job)
		out := make(chan Annotated, 1)
		go an.Stream(ctx, in, out)
		go func() {
			for i, a := range arts {
				in <- Job{Seq: i, Article: a}
			}
			close(in)
		}()
		got := make([]*Doc, len(arts))
		n := 0
		for r := range out {
			if r.Err != nil {
				t.Fatalf("article %d: %v", r.Seq, r.Err)
			}
			if got[r.Seq] != nil {
				t.Fatalf("article %d came back twice", r.Seq)
			}
			got[r.Seq] = r.Doc
			n++
		}
		if n != len(arts) || !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: %d results, equal to Annotate's: %v", workers, n, reflect.DeepEqual(got, want))
		}
	}
}

// TestStreamCancel: cancelling stops the workers and closes the output
// even while jobs are still offered.
func TestStreamCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan Job)
	out := make(chan Annotated)
	go (&Annotator{Workers: 2}).Stream(ctx, in, out)
	in <- Job{Article: corpus.Article{Text: "The talks in Geneva ended without an agreement."}}
	cancel()
	for range out {
	}
}

// TestAnnotateNotCompared: an article in a language annotation does not
// read keeps its paragraphs and word count and gets no sentences, tokens
// or entities; the same text marked German is annotated by the German
// rules, with its word count unchanged.
func TestAnnotateNotCompared(t *testing.T) {
	a := corpus.Article{Language: "it", Text: "Die amerikanische Vizepräsidentin Kamala Harris traf am Samstag in München den ukrainischen Präsidenten.\n\nAuf der Konferenz war Russland nicht vertreten."}
	d, err := (&Annotator{}).AnnotateOne(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 2 || d.WordCount != 20 {
		t.Errorf("paragraphs %v, words %d; want 2 paragraphs, 20 words", d.Paragraphs, d.WordCount)
	}
	if d.Sentences != nil || d.Tokens != nil || d.Entities != nil || d.Quotes != nil {
		t.Errorf("an article in a language not compared was annotated: %d sentences, %d tokens, %d entities", len(d.Sentences), len(d.Tokens), len(d.Entities))
	}
	a.Language = "de"
	d, _ = (&Annotator{}).AnnotateOne(context.Background(), a)
	if len(d.Sentences) != 2 || d.WordCount != 20 {
		t.Errorf("German: %d sentences, %d words; want 2 and 20", len(d.Sentences), d.WordCount)
	}
	var names []string
	for _, m := range d.Entities {
		names = append(names, m.Name)
	}
	if want := []string{"Kamala Harris", "Munich", "Russia"}; !slices.Equal(names, want) {
		t.Errorf("German entities %q, want %q", names, want)
	}
	a.Language = "en"
	if d, _ := (&Annotator{}).AnnotateOne(context.Background(), a); len(d.Sentences) == 0 {
		t.Error("the same text marked English was not annotated")
	}
}
