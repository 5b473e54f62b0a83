package loaded

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestNewsBackground(t *testing.T) {
	b := News()
	// 37,554 articles: the Article-Bias-Prediction corpus (abp/SOURCE.md).
	if b.Docs() != 37554 {
		t.Errorf("Docs() = %d, want 37554", b.Docs())
	}
	if sum := b.DocsRated(Left) + b.DocsRated(Center) + b.DocsRated(Right); sum != b.Docs() {
		t.Errorf("ratings add up to %d of %d documents", sum, b.Docs())
	}
	if b.Terms() < 20000 {
		t.Errorf("%d terms: the background was pruned too hard", b.Terms())
	}
	for _, c := range []struct {
		word      string
		minDocs   int // at least
		maxDocs   int // at most
		sameAs    string
		rarerThan string
	}{
		{word: "the", minDocs: 37000, maxDocs: 37554},
		{word: "Sanctions", minDocs: 500, maxDocs: 10000, sameAs: "sanction"},
		{word: "U.S.", minDocs: 10000, maxDocs: 37554, sameAs: "US"},
		{word: "shenanigans", minDocs: 5, maxDocs: 1000, rarerThan: "criticism"},
		{word: "xqzvbtw", minDocs: 0, maxDocs: 0, rarerThan: "shenanigans"},
	} {
		t.Run(c.word, func(t *testing.T) {
			df := b.DF(c.word)
			if df < c.minDocs || df > c.maxDocs {
				t.Errorf("DF = %d, want %d to %d", df, c.minDocs, c.maxDocs)
			}
			if c.sameAs != "" && b.DF(c.sameAs) != df {
				t.Errorf("DF(%q) = %d, DF(%q) = %d: one term", c.word, df, c.sameAs, b.DF(c.sameAs))
			}
			key := Key(c.word, nil)
			if r := b.Rarity(key); r < 0 || r > 1 {
				t.Errorf("Rarity = %v, outside [0, 1]", r)
			}
			if c.rarerThan != "" && b.Rarity(key) <= b.Rarity(Key(c.rarerThan, nil)) {
				t.Errorf("Rarity %.3f is no more than %q's %.3f", b.Rarity(key), c.rarerThan, b.Rarity(Key(c.rarerThan, nil)))
			}
			if s := b.Slant(key); s < -2 || s > 2 {
				t.Errorf("Slant = %v, outside [-2, 2]", s)
			}
			if df > 0 && b.Count(key) < df {
				t.Errorf("Count %d below DF %d", b.Count(key), df)
			}
		})
	}
}

func TestBackgroundWriteRead(t *testing.T) {
	var b Background
	b.Add(Left, []string{"tax", "cut", "tax"})
	b.Add(Right, []string{"tax", "hike"})
	b.Add(Center, []string{"budget"})
	b.Prune(2)
	var sb strings.Builder
	if err := b.Write(&sb, "test counts"); err != nil {
		t.Fatal(err)
	}
	want := "# test counts\n*\t3\t6\t1\t1\t1\ntax\t2\t3\t1\t0\t1\n"
	if sb.String() != want {
		t.Errorf("written:\n%s\nwant:\n%s", sb.String(), want)
	}
	r, err := ReadBackground("test", strings.NewReader(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Docs() != 3 || r.Words() != 6 || r.DFKey("tax") != 2 || r.Count("tax") != 3 || r.DFRated("tax", Right) != 1 || r.DFKey("cut") != 0 {
		t.Errorf("read back: docs %d words %d tax df %d count %d right %d, cut %d", r.Docs(), r.Words(), r.DFKey("tax"), r.Count("tax"), r.DFRated("tax", Right), r.DFKey("cut"))
	}
	// "tax": in both partisan documents, in no center one: slant
	// log((2+1)/(2+2) / ((0+1)/(1+2))) = log(2.25).
	if got, want := r.Slant("tax"), math.Log(2.25); math.Abs(got-want) > 1e-12 {
		t.Errorf("Slant = %v, want %v", got, want)
	}
}

func TestReadBackgroundErrors(t *testing.T) {
	for _, c := range []struct {
		name, file string
		line       int
	}{
		{"fields", "*\t3\t6\t1\t1\t1\ntax\t2\n", 2},
		{"count", "*\t3\t6\t1\t1\t1\ntax\t2\tmany\t1\t0\t1\n", 2},
		{"negative", "# c\n*\t3\t6\t1\t1\t1\ntax\t-2\t3\t1\t0\t1\n", 3},
		{"twice", "*\t3\t6\t1\t1\t1\ntax\t2\t3\t1\t0\t1\ntax\t2\t3\t1\t0\t1\n", 3},
		{"no totals", "tax\t2\t3\t1\t0\t1\n", 0},
		{"no documents", "*\t0\t0\t0\t0\t0\n", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadBackground("bg.tsv", strings.NewReader(c.file))
			var pe *corpus.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *corpus.ParseError", err)
			}
			if pe.Line != c.line || pe.Source != "bg.tsv" {
				t.Errorf("error at %s:%d, want bg.tsv:%d", pe.Source, pe.Line, c.line)
			}
		})
	}
}

func FuzzReadBackground(f *testing.F) {
	f.Add("*\t3\t6\t1\t1\t1\ntax\t2\t3\t1\t0\t1\n")
	f.Add(backgroundFile[:2000])
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ReadBackground("fuzz", strings.NewReader(s))
		if err != nil {
			return
		}
		if b.Docs() <= 0 {
			t.Errorf("read a background with %d documents", b.Docs())
		}
		for _, k := range []string{"tax", "the", ""} {
			if r := b.Rarity(k); r < 0 || r > 1 || math.IsNaN(r) {
				t.Errorf("Rarity(%q) = %v", k, r)
			}
		}
	})
}
