package corpus

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// formatsDir is the ingestion fixture directory: one input per format and
// per way an input can fail.
func formatsDir(t testing.TB) string {
	return filepath.Join(moduleRoot(t), "testdata", "formats")
}

// TestLoadFormats loads the whole fixture directory and accounts for every
// input: each article with its metadata, each skipped input or record with
// its reason, and nothing else.
func TestLoadFormats(t *testing.T) {
	dir := formatsDir(t)
	set, err := Load(context.Background(), []string{dir}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		format, outlet, date, title, language, url string
		notes                                      []string // substrings, one per note expected
		text                                       []string // substrings the text must hold
		notText                                    []string // substrings it must not
	}
	articles := map[string]want{
		"jsonld-page.html": {format: "html", outlet: "Northern Gazette", date: "2022-02-15T18:45:00+01:00",
			title: "Scholz meets Putin as Moscow says some troops are heading back to base", language: "en",
			url:     "https://northerngazette.example/world/2022/02/15/scholz-putin-moscow-talks",
			text:    []string{"sat down with Vladimir Putin", "Normandy format"},
			notText: []string{"Most read", "Ferry timetable", "All rights reserved", "Privacy policy"}},
		"meta-only.htm": {format: "html", outlet: "Coastal Observer", date: "2022-02-16T11:20:00Z",
			title: "NATO sees no Russian pullback yet, Stoltenberg says", language: "en",
			url:     "https://coastalobserver.example/news/nato-no-pullback-stoltenberg?utm_source=twitter&utm_medium=social",
			text:    []string{"cautious optimism"},
			notText: []string{"We use cookies", "Weather"}},
		"state-of-emergency.html.gz": {format: "html", outlet: "Harbourview Post", date: "2022-02-23T17:50:00+02:00",
			title: "Ukraine declares a state of emergency as Russia begins evacuating its embassy", language: "en",
			text: []string{"carry firearms"}, notText: []string{"Newsletters"}},
		"lakeside.rss#1": {format: "feed", outlet: "Lakeside Herald", date: "2022-02-15T19:05:00-05:00",
			title: "Cyberattack knocks Ukraine’s defence ministry and two banks offline", language: "en",
			url:   "https://lakesideherald.example/world/2022/02/15/ukraine-cyberattack-banks",
			notes: []string{`"description"`},
			text:  []string{"Ukraine’s defence ministry", "“not excluded”", "& the defence ministry", "apps.\n\nUkrainian officials"}, notText: []string{"<p>", "&rsquo;", "&amp;"}},
		"granite.atom#1": {format: "feed", outlet: "Granite Times", date: "2022-02-17T14:10:00+02:00",
			title: "Shell hits kindergarten in eastern Ukraine as both sides trade blame", language: "en",
			text: []string{"classroom wall", "injured.\n\nThe Ukrainian army"}, notText: []string{"<p>", "&lt;"}},
		"granite.atom#2": {format: "feed", outlet: "Riverside Tribune", date: "2022-02-18T20:30:00+02:00",
			title: "Separatist leaders order evacuation of civilians to Russia", language: "en",
			notes: []string{"no full text"}},
		"feed.json#1": {format: "feed", outlet: "Prairie Sentinel", date: "2022-02-20T13:15:00+03:00",
			title: "Belarus says Russian troops will stay on after joint drills", language: "en",
			text: []string{"hours' drive of Kyiv"}},
		"newsplease.json": {format: "json", outlet: "Summit Daily", date: "2022-02-16T17:40:00Z",
			title: "Ukraine marks a day of unity under the shadow of Russian troops", language: "en",
			url:  "https://summitdaily.example/world/2022/02/16/ukraine-unity-day",
			text: []string{"Olympic stadium"}},
		"newsapi.json#1": {format: "json", outlet: "Harbourview Post", date: "2022-02-19T15:42:00Z",
			title: "Harris meets Zelensky in Munich and warns Moscow of sanctions", language: "en",
			notes: []string{"excerpt"}, text: []string{"set out now what they would do"}, notText: []string{"[+2841 chars]"}},
		"newsapi.json#2": {format: "json", outlet: "Prairie Sentinel", date: "2022-02-17T02:05:00Z",
			title: "US official says Russia has added troops despite pullback claims", language: "en",
			notes: []string{"excerpt"}, notText: []string{"chars]"}},
		"spreadsheet.csv#2": {format: "csv", outlet: "Granite Times", date: "2022-02-18T18:30:00-05:00",
			title: "Biden says he is convinced Putin has decided to invade", language: "en",
			text: []string{"\"We are calling out Russia's plan loudly and repeatedly,\"", "targets.\n\nBiden said"}},
		"spreadsheet.csv#7": {format: "csv", outlet: "Harbourview Post", date: "2022-02-20T00:00:00Z",
			title: "Macron and Putin agree to push for a ceasefire in eastern Ukraine", language: "en"},
		"wire-export.tsv#2": {format: "tsv", outlet: "Riverside Tribune", date: "2022-02-21T22:35:00+03:00",
			title: `"Independent" Donetsk and Luhansk: Putin signs decrees recognising the breakaway regions`, language: "en"},
		"wire-export.tsv#3": {format: "tsv", outlet: "Riverside Tribune", date: "2022-02-22T00:00:00Z",
			title: "Germany halts approval of Nord Stream 2 pipeline", language: "en"},
		"scrape.jsonl#1": {format: "jsonl", outlet: "Lakeside Herald", date: "2022-02-14T21:30:00Z",
			title: "Scholz promises Kyiv economic help but no weapons", language: "en",
			text: []string{"150 million euros"}},
		"scrape.jsonl#4": {format: "jsonl", outlet: "Coastal Observer", date: "2022-02-22T19:05:00Z",
			title: "US targets Russian state banks and sovereign debt in first sanctions", language: "en"},
		"header.txt": {format: "text", outlet: "Granite Times", date: "2022-02-24T05:55:00+02:00",
			title: "Russia launches attack on Ukraine after Putin announces military operation", language: "en",
			url: "https://granitetimes.example/europe/2022/02/24/russia-attacks-ukraine"},
		"latin1-export.txt": {format: "text", outlet: "Lakeside Herald", date: "2022-02-17T00:00:00Z",
			title: "Blinken tells the Security Council how an attack could unfold", language: "en",
			notes: []string{"Windows-1252"}, text: []string{"Russia’s deputy foreign minister", "begin — starting"}},
		"rheinischer-bote.txt": {format: "text", outlet: "Rheinischer Bote", date: "2022-02-19T00:00:00Z",
			title: "Harris und Selenskyj treffen sich in München", language: "de",
			notes: []string{"language de"}, text: []string{"Die amerikanische Vizepräsidentin", "bleibe offen."}},
	}
	skipped := map[string]string{
		"empty.txt":          "empty file",
		"logo.png":           "binary file (image/png)",
		"settings.json":      "not an article: no text field (fields: name, outlets, version, workers;",
		"newsapi.json#3":     "item 3: not an article: empty text",
		"spreadsheet.csv#10": "line 10: not an article: empty text",
		"scrape.jsonl#2":     "line 2: invalid JSON",
		"scrape.jsonl#5":     "line 5: not an article: no text field (fields: event, path, ts, user;",
		"lakeside.rss#2":     "duplicate of " + filepath.Join(dir, "scrape.jsonl") + "#1 (same URL)",
		"resaved/header.txt": "duplicate of " + filepath.Join(dir, "header.txt") + " (same URL)",
	}

	rel := func(s string) string {
		r, err := filepath.Rel(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		return filepath.ToSlash(r)
	}
	seen := map[string]bool{}
	for _, a := range set.Articles {
		key := rel(a.Source.String())
		seen[key] = true
		w, ok := articles[key]
		if !ok {
			t.Errorf("unexpected article from %s: %q", key, a.Title)
			continue
		}
		t.Run(key, func(t *testing.T) {
			if a.Format != w.format {
				t.Errorf("format %q, want %q", a.Format, w.format)
			}
			if a.Outlet != w.outlet {
				t.Errorf("outlet %q, want %q", a.Outlet, w.outlet)
			}
			if got := a.Published.Format("2006-01-02T15:04:05Z07:00"); got != w.date {
				t.Errorf("date %s, want %s", got, w.date)
			}
			if a.Title != w.title {
				t.Errorf("title %q, want %q", a.Title, w.title)
			}
			if a.Language != w.language {
				t.Errorf("language %q, want %q", a.Language, w.language)
			}
			if w.url != "" && a.URL != w.url {
				t.Errorf("url %q, want %q", a.URL, w.url)
			}
			if len(a.Notes) != len(w.notes) {
				t.Errorf("notes %q, want %d matching %q", a.Notes, len(w.notes), w.notes)
			}
			for i, n := range w.notes {
				if i < len(a.Notes) && !strings.Contains(a.Notes[i], n) {
					t.Errorf("note %q, want it to mention %q", a.Notes[i], n)
				}
			}
			for _, s := range w.text {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range w.notText {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q:\n%s", s, a.Text)
				}
			}
			if a.ID != MakeID(a.Outlet, a.Published, a.Text) {
				t.Errorf("ID %s does not match the article", a.ID)
			}
		})
	}
	for _, s := range set.Skipped {
		key := rel(s.Source)
		seen[key] = true
		w, ok := skipped[key]
		if !ok {
			t.Errorf("unexpected skip of %s: %s", key, s.Reason)
			continue
		}
		if !strings.HasPrefix(s.Reason, w) {
			t.Errorf("%s skipped for %q, want %q", key, s.Reason, w)
		}
	}
	for k := range articles {
		if !seen[k] {
			t.Errorf("no article from %s", k)
		}
	}
	for k := range skipped {
		if !seen[k] {
			t.Errorf("%s was not skipped", k)
		}
	}

	// Every file in the directory is accounted for.
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		r := rel(p)
		for k := range seen {
			if k == r || strings.HasPrefix(k, r+"#") {
				return nil
			}
		}
		t.Errorf("%s: neither an article nor a skipped entry", r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLoadOrderIndependent loads the fixtures with the paths in two orders
// and with one worker or several: the result must not change.
func TestLoadOrderIndependent(t *testing.T) {
	dir := formatsDir(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range entries {
		paths = append(paths, filepath.Join(dir, e.Name()))
	}
	reversed := make([]string, len(paths))
	for i, p := range paths {
		reversed[len(paths)-1-i] = p
	}
	a, err := Load(context.Background(), paths, nil, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(context.Background(), reversed, nil, Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("loading in another order or with more workers changed the result")
	}
}

// TestLoadStdin reads a feed from standard input: detected by content.
func TestLoadStdin(t *testing.T) {
	f, err := os.Open(filepath.Join(formatsDir(t), "granite.atom"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := Load(context.Background(), []string{"-"}, f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 2 || len(set.Skipped) != 0 {
		t.Fatalf("%d articles, %d skipped; want 2 and 0", len(set.Articles), len(set.Skipped))
	}
	for _, a := range set.Articles {
		if a.Format != "feed" || a.Source.Path != "-" || a.Source.Record == 0 {
			t.Errorf("article %q: format %q, source %s", a.Title, a.Format, a.Source)
		}
	}
}

func TestLoadLimits(t *testing.T) {
	dir := formatsDir(t)
	set, err := Load(context.Background(), []string{filepath.Join(dir, "header.txt"), filepath.Join(dir, "state-of-emergency.html.gz")}, nil, Options{MaxFileSize: 800})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 0 || len(set.Skipped) != 2 {
		t.Fatalf("%d articles, %d skipped; want both inputs skipped", len(set.Articles), len(set.Skipped))
	}
	for _, s := range set.Skipped {
		if !strings.HasPrefix(s.Reason, "too large: more than") || !strings.Contains(s.Reason, "800 bytes") {
			t.Errorf("%s: reason %q", s.Source, s.Reason)
		}
	}
	set, err = Load(context.Background(), []string{filepath.Join(dir, "header.txt")}, nil, Options{MaxArticleSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Skipped) != 1 || !strings.Contains(set.Skipped[0].Reason, "over the 100 bytes limit per article") {
		t.Errorf("skipped %v, want the article over the per-article limit", set.Skipped)
	}
}

func TestLoadMissingPath(t *testing.T) {
	_, err := Load(context.Background(), []string{filepath.Join(t.TempDir(), "nope.txt")}, nil, Options{})
	if err == nil {
		t.Fatal("no error for a path that does not exist")
	}
}

// TestListInputs holds ListInputs to the files Load reads: every source of
// a loaded article or skipped entry is a listed input, named the same way,
// and hidden files are not listed.
func TestListInputs(t *testing.T) {
	dir := "../testdata/formats"
	ins, err := ListInputs([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for i, in := range ins {
		if i > 0 && ins[i-1].Path >= in.Path {
			t.Errorf("inputs out of order: %s before %s", ins[i-1].Path, in.Path)
		}
		if strings.Contains(in.Path, "/.") {
			t.Errorf("hidden input listed: %s", in.Path)
		}
		if fi, err := os.Stat(in.Path); err != nil || fi.Size() != in.Size {
			t.Errorf("%s: size %d, want the file's", in.Path, in.Size)
		}
		listed[in.Path] = true
	}
	set, err := Load(context.Background(), []string{dir}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range set.Articles {
		if !listed[a.Source.Path] {
			t.Errorf("article from %s, which ListInputs does not list", a.Source.Path)
		}
	}
	if _, err := ListInputs([]string{dir + "/no-such-file"}); err == nil {
		t.Error("a missing path gave no error")
	}
}
