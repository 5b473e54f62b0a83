package corpus

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// seedFuzz adds every fixture of testdata/formats whose name ends in one
// of exts, and the sample corpus's texts when text is true.
func seedFuzz(f *testing.F, text bool, exts ...string) {
	root := moduleRoot(f)
	dirs := []string{filepath.Join(root, "testdata", "formats")}
	if text {
		dirs = append(dirs, filepath.Join(root, "testdata", "corpus"))
	}
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			for _, e := range exts {
				if strings.HasSuffix(p, e) {
					data, err := os.ReadFile(p)
					if err != nil {
						f.Fatal(err)
					}
					f.Add(data)
				}
			}
			return nil
		})
	}
}

// checkArticles asserts what every parser must guarantee of what it
// returns: valid UTF-8 everywhere, text in the package's paragraph form,
// sane dates, and a reason for every skip.
func checkArticles(t *testing.T, arts []Article, skipped []Skipped) {
	t.Helper()
	for _, a := range arts {
		for name, s := range map[string]string{"text": a.Text, "title": a.Title, "outlet": a.Outlet, "url": a.URL, "author": a.Author} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if CountWords(a.Text) == 0 {
			t.Errorf("article without words: %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
			t.Errorf("text breaks the paragraph convention: %q", a.Text)
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if strings.TrimSpace(p) != p || p == "" {
				t.Errorf("paragraph %q is blank or padded", p)
			}
		}
		if strings.ContainsAny(a.Title, "\n\r") {
			t.Errorf("title spans lines: %q", a.Title)
		}
		if a.HasDate() && (a.Published.Year() < 1900 || a.Published.Year() > 2100) {
			t.Errorf("date out of range: %v", a.Published)
		}
	}
	for _, s := range skipped {
		if s.Reason == "" || s.Source == "" {
			t.Errorf("skip without source or reason: %+v", s)
		}
	}
}

func FuzzParseText(f *testing.F) {
	seedFuzz(f, true, ".txt", ".md")
	f.Add([]byte("Outlet: X\nDate: 13 Feb, 2022 13:34\nTitle: T\n\nBody text here."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("fuzz/outlet/in.txt", data)
		if err != nil {
			return
		}
		checkArticles(t, []Article{a}, nil)
		if a.ID != MakeID(a.Outlet, a.Published, a.Text) {
			t.Errorf("ID %s does not match", a.ID)
		}
	})
}

func FuzzParseJSON(f *testing.F) {
	seedFuzz(f, false, ".json")
	f.Add([]byte(`[{"title": "a", "text": "b c"}, 3, {"source": {"name": "X"}, "content": "<p>x &amp; y</p>"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // load decodes first
		}
		arts, skipped := parseJSON(data, Article{Source: Source{Path: "in.json"}})
		checkArticles(t, arts, skipped)
		if len(arts)+len(skipped) == 0 {
			t.Error("input neither read nor skipped")
		}
	})
}

func FuzzParseJSONL(f *testing.F) {
	seedFuzz(f, false, ".jsonl")
	f.Add([]byte("{\"title\": \"a\", \"text\": \"b c\"}\n{bad\n\n{\"x\": 1}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		arts, skipped := parseJSONL(data, Article{Source: Source{Path: "in.jsonl"}})
		checkArticles(t, arts, skipped)
		lines := strings.Count(string(data), "\n") + 1
		for _, a := range arts {
			if a.Source.Record < 1 || a.Source.Record > lines {
				t.Errorf("record %d outside the %d lines", a.Source.Record, lines)
			}
		}
	})
}

func FuzzParseCSV(f *testing.F) {
	seedFuzz(f, false, ".csv", ".tsv")
	f.Add([]byte("title,text\n\"a\",\"b\nc\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		for _, comma := range []rune{',', '\t'} {
			arts, skipped := parseCSV(data, comma, Article{Source: Source{Path: "in"}})
			checkArticles(t, arts, skipped)
			if len(arts)+len(skipped) == 0 {
				t.Error("input neither read nor skipped")
			}
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	seedFuzz(f, false, ".rss", ".atom", "feed.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		arts, skipped := parseFeed(data, Article{Source: Source{Path: "in.xml"}})
		checkArticles(t, arts, skipped)
		if len(arts)+len(skipped) == 0 {
			t.Error("input neither read nor skipped")
		}
	})
}

// FuzzParseHTML reads any bytes as a saved page and as a page served
// with a fuzzed Content-Type.
func FuzzParseHTML(f *testing.F) {
	seedFuzz(f, false, ".html", ".htm")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, web := range []*served{nil, {url: "https://news.example/a", contentType: string(data[:min(len(data), 40)])}} {
			arts, skipped := parseHTML(data, Article{Format: "html", Source: Source{Path: "in.html"}}, web)
			checkArticles(t, arts, skipped)
			if len(arts)+len(skipped) != 1 {
				t.Errorf("%d articles and %d skips from one page", len(arts), len(skipped))
			}
			if web != nil && len(arts) == 1 && arts[0].URL != web.url {
				t.Errorf("a fetched page's URL is %q, not where it was fetched from", arts[0].URL)
			}
		}
	})
}

// FuzzLoad runs any bytes through the whole of Load: detection,
// decompression, decoding and every parser.
func FuzzLoad(f *testing.F) {
	seedFuzz(f, false, "")
	f.Fuzz(func(t *testing.T, data []byte) {
		in := input{name: "fuzz.in", open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }}
		its, skipped := readInput(context.Background(), in, Options{MaxFileSize: 1 << 20, MaxArticleSize: 1 << 20})
		var arts []Article
		for _, it := range its {
			complete(&it.a)
			arts = append(arts, it.a)
		}
		checkArticles(t, arts, skipped)
		if len(arts)+len(skipped) == 0 {
			t.Error("input neither read nor skipped")
		}
	})
}
