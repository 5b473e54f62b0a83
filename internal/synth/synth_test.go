package synth

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func TestDeterministic(t *testing.T) {
	a, b := New(500, Config{Seed: 3}), New(500, Config{Seed: 3})
	for _, i := range []int{0, 17, 499} {
		if !reflect.DeepEqual(a.Doc(i), b.Doc(i)) {
			t.Errorf("article %d differs between two generators with one seed", i)
		}
	}
	if reflect.DeepEqual(a.Doc(5).Text, New(500, Config{Seed: 4}).Doc(5).Text) {
		t.Error("another seed gives the same article")
	}
}

// TestAnnotationsConsistent: every span is inside the text and says what
// its annotation claims, as the real annotator's would.
func TestAnnotationsConsistent(t *testing.T) {
	g := New(200, Config{Seed: 1})
	for i := 0; i < g.Len(); i++ {
		d := g.Doc(i)
		words := 0
		for k, tok := range d.Tokens {
			s := d.TokenText(k)
			if s == "" || strings.TrimSpace(s) != s {
				t.Fatalf("article %d token %d is %q", i, k, s)
			}
			if k > 0 && tok.Start < d.Tokens[k-1].End {
				t.Fatalf("article %d tokens overlap at %d", i, k)
			}
			if nlp.IsWord(s) {
				words++
			}
		}
		if words != d.WordCount {
			t.Fatalf("article %d: WordCount %d, %d word tokens", i, d.WordCount, words)
		}
		for k, s := range d.Sentences {
			text := d.SentenceText(k)
			if !strings.HasSuffix(text, ".") || s.TokEnd <= s.TokStart || d.Tokens[s.TokStart].Start != s.Start || d.Tokens[s.TokEnd-1].End != s.End {
				t.Fatalf("article %d sentence %d %q does not match its tokens", i, k, text)
			}
			p := d.Paragraphs[s.Para]
			if s.Start < p.Start || s.End > p.End {
				t.Fatalf("article %d sentence %d outside its paragraph", i, k)
			}
		}
		for _, m := range d.Entities {
			if d.Text[m.Start:m.End] != m.Name {
				t.Fatalf("article %d mention %q of %q", i, d.Text[m.Start:m.End], m.Name)
			}
			if s := d.Sentences[m.Sent]; m.Start < s.Start || m.End > s.End {
				t.Fatalf("article %d mention %q outside sentence %d", i, m.Name, m.Sent)
			}
		}
		for _, q := range d.Quotes {
			if text := d.Text[q.Start:q.End]; !strings.HasSuffix(text, ",") || q.Speaker == "" {
				t.Fatalf("article %d quote %q by %q", i, text, q.Speaker)
			}
		}
		if got := strings.Count(d.Text, "\n\n") + 1; got != len(d.Paragraphs) {
			t.Fatalf("article %d: %d paragraphs in the text, %d recorded", i, got, len(d.Paragraphs))
		}
	}
}

// TestShape: lengths, dates, outlets and events look like a year of news.
func TestShape(t *testing.T) {
	const n = 3000
	g := New(n, Config{Seed: 9})
	words, outlets, days := 0, map[string]int{}, map[string]bool{}
	byTitle := map[string]map[string]bool{}
	for i := 0; i < n; i++ {
		d := g.Doc(i)
		words += d.WordCount
		outlets[d.Outlet]++
		days[d.Published.Format("2006-01-02")] = true
		if byTitle[d.Title] == nil {
			byTitle[d.Title] = map[string]bool{}
		}
		byTitle[d.Title][d.Outlet] = true
	}
	if mean := words / n; mean < 550 || mean > 750 {
		t.Errorf("mean length %d words, want about 650", mean)
	}
	if len(outlets) != 40 || len(days) < 300 {
		t.Errorf("%d outlets over %d days", len(outlets), len(days))
	}
	wide := 0
	for _, o := range byTitle {
		if len(o) >= 3 {
			wide++
		}
	}
	if wide < 100 {
		t.Errorf("only %d stories carried by three outlets or more", wide)
	}
}

// TestFilesLoad: the text files read back as the articles they were made
// from.
func TestFilesLoad(t *testing.T) {
	g := New(30, Config{Seed: 2})
	dir := t.TempDir()
	if err := g.WriteFiles(dir, 0, 30); err != nil {
		t.Fatal(err)
	}
	set, err := corpus.Load(context.Background(), []string{dir}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 30 || len(set.Skipped) != 0 {
		t.Fatalf("%d articles, skipped %v", len(set.Articles), set.Skipped)
	}
	for _, a := range set.Articles {
		var i int
		if _, err := fmt.Sscanf(filepath.Base(a.Source.Path), "%07d.txt", &i); err != nil {
			t.Fatal(err)
		}
		d := g.Doc(i)
		if a.Text != d.Text || a.Outlet != d.Outlet || a.Title != d.Title || !a.Published.Equal(d.Published) || a.Language != "en" {
			t.Errorf("%s read back as %q %q %v %q", a.Source, a.Outlet, a.Title, a.Published, a.Language)
		}
	}
}

func BenchmarkDoc(b *testing.B) {
	g := New(10000, Config{Seed: 1})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Doc(i % 10000)
	}
}

func ExampleGenerator_Doc() {
	g := New(1000, Config{Seed: 1})
	d := g.Doc(3)
	fmt.Println(d.Outlet, d.Published.Format("2006-01-02"))
	fmt.Println(d.SentenceText(0))
	// Output:
	// Metro Monitor 2022-09-10
	// Rosa Grant defended the new troops in Russia on Wednesday.
}
