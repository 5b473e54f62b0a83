package corpus

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// moduleRoot returns the directory holding go.mod, found from the package
// directory the test runs in.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// sharedPath returns a path under ../shared next to the module root, or
// skips the test when it is not there (a user's clone has no ../shared).
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(moduleRoot(t), "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found: this test measures against the shared data next to the module, absent in a plain clone", p)
	}
	return p
}

// TestSampleCorpusGold checks every file of the sample corpus against the
// outlet, date and title its gold file says ingestion must find.
func TestSampleCorpusGold(t *testing.T) {
	root := moduleRoot(t)
	f, err := os.Open(filepath.Join(root, "testdata", "gold", "corpus-events.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	corpusDir := filepath.Join(root, "testdata", "corpus")
	set, err := Load(context.Background(), []string{corpusDir}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range set.Skipped {
		t.Errorf("skipped %s: %s", s.Source, s.Reason)
	}
	bySource := map[string]Article{}
	for _, a := range set.Articles {
		rel, _ := filepath.Rel(corpusDir, a.Source.Path)
		bySource[filepath.ToSlash(rel)] = a
	}
	if len(rows) < 2 {
		t.Fatal("gold file has no rows")
	}
	identified := 0
	for _, row := range rows[1:] {
		path, outlet, date, title, language := row[0], row[2], row[3], row[4], row[5]
		if a, ok := bySource[path]; ok && a.Language == language {
			identified++
		}
		t.Run(path, func(t *testing.T) {
			a, ok := bySource[path]
			if !ok {
				t.Fatalf("no article from %s", path)
			}
			if a.Outlet != outlet {
				t.Errorf("outlet %q, want %q", a.Outlet, outlet)
			}
			if got := a.Published.Format("2006-01-02"); !a.HasDate() || got != date {
				t.Errorf("date %s (has date %v), want %s", got, a.HasDate(), date)
			}
			if a.Title != title {
				t.Errorf("title %q, want %q", a.Title, title)
			}
			if a.Language != language {
				t.Errorf("language %q, want %s", a.Language, language)
			}
		})
	}
	if len(set.Articles) != len(rows)-1 {
		t.Errorf("%d articles, want %d (one per gold row)", len(set.Articles), len(rows)-1)
	}
	// No article declares its language: identification reads the text.
	t.Logf("sample corpus: language identification %d of %d (accuracy %.3f)", identified, len(rows)-1, float64(identified)/float64(len(rows)-1))
}

// TestSeed checks the scraped page the project started from.
func TestSeed(t *testing.T) {
	path := sharedPath(t, "seeds/000_8c2f23df7903cec3.txt")
	set, err := Load(context.Background(), []string{path}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 1 || len(set.Skipped) != 0 {
		t.Fatalf("%d articles, %d skipped; want one article", len(set.Articles), len(set.Skipped))
	}
	a := set.Articles[0]
	if a.Outlet != "RT" {
		t.Errorf("outlet %q, want RT", a.Outlet)
	}
	// The page's dateline, "13 Feb, 2022 13:34", with its time.
	if got := a.Published.Format("2006-01-02 15:04"); got != "2022-02-13 13:34" {
		t.Errorf("date %s, want 2022-02-13 13:34", got)
	}
	if a.Title != "US says Russia should resolve tensions" {
		t.Errorf("title %q", a.Title)
	}
	for _, want := range []string{
		"it should de-escalate, rather than escalate",
		"A diplomatic path to resolving this crisis",
		"a propaganda campaign",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lost %q", want)
		}
	}
	for _, junk := range []string{
		"bookmarkicon", "HomeRussia", "Top stories", "RT Features", "Chechen terrorists",
		"Putin and Macron discuss", "Read more", "Podcasts", "RT News App", "TV-Novosti",
		"cookies", "Accept cookies", "Kevin Lamarque",
	} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text kept junk %q", junk)
		}
	}
	if a.Format != "scraped" {
		t.Errorf("format %q, want scraped", a.Format)
	}
}
