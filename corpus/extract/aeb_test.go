package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The Article Extraction Benchmark (AEB) development set lives beside the
// module, in ../shared/data/aeb: html/<id>.html.gz and ground-truth.json.
// Its SOURCE.md gives the metric; the functions below implement it.

// minAEBF1 is the floor TestAEB enforces. go-readability's published F1 on
// this set is 0.934 and trafilatura's 0.958 (SOURCE.md).
const minAEBF1 = 0.93

// aebPage is one benchmark page.
type aebPage struct {
	id, url, body string
	html          []byte
}

// aebDir returns the AEB directory, or "" when it is not there.
func aebDir(tb testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	aeb := filepath.Join(dir, "..", "shared", "data", "aeb")
	if _, err := os.Stat(filepath.Join(aeb, "ground-truth.json")); err != nil {
		return ""
	}
	return aeb
}

// loadAEB reads every page of the set, sorted by id.
func loadAEB(tb testing.TB, dir string) []aebPage {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatalf("ground-truth.json: %v", err)
	}
	pages := make([]aebPage, 0, len(truth))
	for id, t := range truth {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("%s: %v", id, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", id, err)
		}
		pages = append(pages, aebPage{id: id, url: t.URL, body: t.ArticleBody, html: b})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// wordToken is Python's Unicode \w+, which the benchmark's scorer uses; Go's
// \w is ASCII only.
var wordToken = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingles returns the multiset of 4-token shingles of s. A text shorter
// than four tokens is one shingle of all its tokens, as in the benchmark's
// scorer, so that short texts still count.
func shingles(s string) map[string]int {
	toks := wordToken.FindAllString(s, -1)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	const n = 4
	if len(toks) < n {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], " ")]++
	}
	return out
}

// score returns the per-page precision and recall of got against want as
// the benchmark's evaluate.py defines them: from shingle multisets, with
// precision undefined (ok false) for an empty extraction, so that it is left
// out of the precision average while still counting as recall 0, and both
// 1 when the two texts have the same shingles.
func score(got, want string) (precision float64, pOK bool, recall float64, rOK bool) {
	g, w := shingles(got), shingles(want)
	var tp, fp, fn int
	for k, gc := range g {
		wc := w[k]
		tp += min(gc, wc)
		fp += max(0, gc-wc)
	}
	for k, wc := range w {
		fn += max(0, wc-g[k])
	}
	if fp == 0 && fn == 0 {
		return 1, true, 1, true
	}
	if tp+fp > 0 {
		precision, pOK = float64(tp)/float64(tp+fp), true
	}
	if tp+fn > 0 {
		recall, rOK = float64(tp)/float64(tp+fn), true
	}
	return precision, pOK, recall, rOK
}

func TestScore(t *testing.T) {
	// Hand-counted: got has 5 tokens (2 shingles), want 6 (3 shingles);
	// they share "b c d e" only.
	if p, _, r, _ := score("a b c d e", "b c d e f g"); p != 0.5 || r != 1.0/3 {
		t.Errorf("score = %v, %v; want 0.5, 0.333", p, r)
	}
	if _, pOK, r, rOK := score("", "a b c d"); pOK || !rOK || r != 0 {
		t.Errorf("empty extraction: precision counted %v, recall %v %v", pOK, r, rOK)
	}
	if p, _, r, _ := score("Ünïcode wörds ǅ 12", "Ünïcode, wörds; ǅ 12!"); p != 1 || r != 1 {
		t.Errorf("same Unicode words scored %v, %v", p, r)
	}
	if p, _, r, _ := score("a b", "a c"); p != 0 || r != 0 {
		t.Errorf("short texts that differ scored %v, %v", p, r)
	}
}

func TestAEB(t *testing.T) {
	dir := aebDir(t)
	if dir == "" {
		t.Skip("AEB development set not found at ../shared/data/aeb beside the module root")
	}
	pages := loadAEB(t, dir)
	if len(pages) == 0 {
		t.Fatal("AEB set is empty")
	}
	type result struct {
		id   string
		p, r float64
	}
	var (
		results    []result
		sumP, sumR float64
		nP, nR     int
	)
	for _, pg := range pages {
		page, err := HTML(bytes.NewReader(pg.html), pg.url)
		if err != nil && !errors.Is(err, ErrNoText) {
			t.Errorf("%s: %v", pg.id, err)
		}
		p, pOK, r, rOK := score(page.Text, pg.body)
		if pOK {
			sumP += p
			nP++
		}
		if rOK {
			sumR += r
			nR++
		}
		results = append(results, result{pg.id, p, r})
	}
	if nP == 0 || nR == 0 {
		t.Fatalf("nothing extracted from %d pages", len(pages))
	}
	precision, recall := sumP/float64(nP), sumR/float64(nR)
	f1 := 2 * precision * recall / (precision + recall)
	t.Logf("AEB: %d pages, precision %.4f, recall %.4f, F1 %.4f", len(pages), precision, recall, f1)

	// The weakest pages, for whoever works on the extractor next.
	sort.Slice(results, func(i, j int) bool {
		return results[i].p+results[i].r < results[j].p+results[j].r
	})
	for _, r := range results[:min(10, len(results))] {
		t.Logf("  weak: %s precision %.3f recall %.3f", r.id[:12], r.p, r.r)
	}
	if f1 < minAEBF1 {
		t.Errorf("AEB F1 %.4f is below %.2f", f1, minAEBF1)
	}
}
