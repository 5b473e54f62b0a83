package corpus

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// aebWord is Python's Unicode \w+, the token of the benchmark's scorer.
var aebWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// aebShingles is the multiset of 4-token shingles the AEB scorer compares
// (a text under four tokens is one shingle of all of them).
func aebShingles(s string) map[string]int {
	toks := aebWord.FindAllString(s, -1)
	out := map[string]int{}
	if len(toks) > 0 && len(toks) < 4 {
		out[strings.Join(toks, " ")]++
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

// TestAEBThroughLoad scores the main text that Load gives for the 181 pages
// of ../shared/data/aeb with the benchmark's own metric (precision and
// recall of 4-token shingles per page, averaged; F1 of the averages; an
// empty extraction has no precision and zero recall). corpus/extract
// measures the extractor alone; this checks that ingestion after it (text
// cleaning, templates, duplicates) keeps the score above go-readability's
// published 0.934, the bar the project set.
func TestAEBThroughLoad(t *testing.T) {
	dir := sharedPath(t, "data/aeb")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	set, err := Load(context.Background(), []string{filepath.Join(dir, "html")}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range set.Articles {
		got[strings.TrimSuffix(filepath.Base(a.Source.Path), ".html.gz")] = a.Text
	}
	for _, s := range set.Skipped {
		t.Logf("skipped %s: %s", filepath.Base(s.Source), s.Reason)
	}
	var sumP, sumR float64
	var nP, nR int
	for id, tr := range truth {
		g, w := aebShingles(got[id]), aebShingles(tr.ArticleBody)
		tp, fp, fn := 0, 0, 0
		for k, c := range g {
			tp += min(c, w[k])
			fp += max(0, c-w[k])
		}
		for k, c := range w {
			fn += max(0, c-g[k])
		}
		if fp == 0 && fn == 0 {
			sumP, sumR, nP, nR = sumP+1, sumR+1, nP+1, nR+1
			continue
		}
		if tp+fp > 0 {
			sumP += float64(tp) / float64(tp+fp)
			nP++
		}
		if tp+fn > 0 {
			sumR += float64(tp) / float64(tp+fn)
			nR++
		}
	}
	p, r := sumP/float64(nP), sumR/float64(nR)
	f1 := 2 * p * r / (p + r)
	t.Logf("AEB through Load: %d pages, %d articles, precision %.4f, recall %.4f, F1 %.4f", len(truth), len(set.Articles), p, r, f1)
	// 0.934: go-readability's published F1 on this set (SOURCE.md).
	if f1 < 0.934 {
		t.Errorf("F1 %.4f under go-readability's published 0.934", f1)
	}
}
