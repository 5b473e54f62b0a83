package corpus

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestURLKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"https://www.keystonewire.example/2022/02/12/story/", "http://keystonewire.example/2022/02/12/story"},
		{"https://keystonewire.example/story?utm_source=rss&utm_medium=feed", "https://keystonewire.example/story"},
		{"https://keystonewire.example/story?id=7&fbclid=abc#comments", "https://keystonewire.example/story?id=7"},
		{"https://m.keystonewire.example/story/amp", "https://keystonewire.example/story"},
		{"https://keystonewire.example/story/print", "https://keystonewire.example/story"},
		{"https://keystonewire.example/story?b=2&a=1", "https://keystonewire.example/story?a=1&b=2"},
		{"https://keystonewire.example:443/story", "http://keystonewire.example:80/story"},
	}
	for _, tt := range tests {
		if ka, kb := urlKey(tt.a), urlKey(tt.b); ka != kb || ka == "" {
			t.Errorf("urlKey(%q) = %q, urlKey(%q) = %q; want equal", tt.a, ka, tt.b, kb)
		}
	}
	different := [][2]string{
		{"https://keystonewire.example/story?id=7", "https://keystonewire.example/story?id=8"},
		{"https://keystonewire.example/a", "https://meridianpost.example/a"},
		{"http://127.0.0.1:8001/a", "http://127.0.0.1:8002/a"},
	}
	for _, d := range different {
		if urlKey(d[0]) == urlKey(d[1]) {
			t.Errorf("urlKey makes %q and %q equal", d[0], d[1])
		}
	}
	for _, none := range []string{"", "https://keystonewire.example/", "ftp://x.example/a", "not a url"} {
		if k := urlKey(none); k != "" {
			t.Errorf("urlKey(%q) = %q, want none", none, k)
		}
	}
}

// paragraph builds distinct sentences for test articles.
func paragraph(topic string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Sentence %d about %s says something new on day %d of the crisis. ", i, topic, i%7)
	}
	return b.String()
}

func testItem(path, outlet, url, text string, date time.Time) *item {
	return &item{a: Article{Outlet: outlet, URL: url, Text: text, Published: date, Source: Source{Path: path}}}
}

func TestDedupe(t *testing.T) {
	day := time.Date(2022, 2, 12, 0, 0, 0, 0, time.UTC)
	base := paragraph("the Honolulu press conference", 40)
	// One word changed in 400: a re-saved copy with a typo fixed.
	near := strings.Replace(base, "Sentence 20 about", "Sentence 20 on", 1)
	other := paragraph("the embassy drawdown", 40)
	items := []*item{
		testItem("b/copy.txt", "Keystone Wire", "", base, day),
		testItem("a/orig.txt", "Keystone Wire", "", base, day),
		testItem("c/near.txt", "Keystone Wire", "", near, day),
		testItem("d/other.txt", "Keystone Wire", "https://kw.example/embassy?utm_source=x", other, day),
		testItem("e/feed.xml", "Keystone Wire", "https://www.kw.example/embassy", "An excerpt of the embassy story.", day),
		testItem("f/undated.txt", "Keystone Wire", "", paragraph("the Biden-Putin call", 40), time.Time{}),
	}
	kept, skipped := dedupe(items)
	var keptPaths []string
	for _, it := range kept {
		keptPaths = append(keptPaths, it.a.Source.Path)
	}
	if got := strings.Join(keptPaths, " "); got != "a/orig.txt d/other.txt f/undated.txt" {
		t.Errorf("kept %s", got)
	}
	want := map[string]string{
		"b/copy.txt": "duplicate of a/orig.txt (same text)",
		"c/near.txt": "duplicate of a/orig.txt (near-identical text: 9",
		"e/feed.xml": "duplicate of d/other.txt (same URL)",
	}
	if len(skipped) != len(want) {
		t.Fatalf("skipped %v", skipped)
	}
	for _, s := range skipped {
		if !strings.HasPrefix(s.Reason, want[s.Source]) {
			t.Errorf("%s: %q, want %q", s.Source, s.Reason, want[s.Source])
		}
	}

	// Any input order keeps the same articles.
	for shift := 1; shift < len(items); shift++ {
		rotated := append(append([]*item{}, items[shift:]...), items[:shift]...)
		k, _ := dedupe(rotated)
		var paths []string
		for _, it := range k {
			paths = append(paths, it.a.Source.Path)
		}
		got := strings.Join(sortedStrings(paths), " ")
		if got != "a/orig.txt d/other.txt f/undated.txt" {
			t.Errorf("rotation %d kept %s", shift, got)
		}
	}
}

func TestDedupeKeepsDistinct(t *testing.T) {
	day := time.Date(2022, 2, 13, 0, 0, 0, 0, time.UTC)
	// Two reports of one event share a quote but not their text.
	quote := "“A diplomatic path to resolving this crisis remains open,” Blinken said in Honolulu. "
	a := testItem("a.txt", "Keystone Wire", "", quote+paragraph("the wire report", 20), day)
	b := testItem("b.txt", "Meridian Post", "", quote+paragraph("the analysis piece", 20), day)
	kept, skipped := dedupe([]*item{a, b})
	if len(kept) != 2 || len(skipped) != 0 {
		t.Errorf("kept %d, skipped %v; want both kept", len(kept), skipped)
	}
}

func TestJaccard(t *testing.T) {
	a := shingleSet("one two three four five six")
	b := shingleSet("one two three four five six seven")
	// a has 2 shingles, b 3, sharing 2: 2/3.
	if got := jaccard(a, b); got < 0.66 || got > 0.67 {
		t.Errorf("jaccard = %v, want 2/3", got)
	}
	if got := jaccard(shingleSet("Short text"), shingleSet("short TEXT")); got != 1 {
		t.Errorf("short texts compare whole, case-folded: %v", got)
	}
}

func sortedStrings(s []string) []string {
	out := append([]string{}, s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
