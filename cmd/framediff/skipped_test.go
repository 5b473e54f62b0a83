package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestSkipLines(t *testing.T) {
	rows := func(path string, n int, cause string) []corpus.Skipped {
		var out []corpus.Skipped
		for i := 1; i <= n; i++ {
			out = append(out, corpus.Skipped{Source: fmt.Sprintf("%s#%d", path, i+1), Reason: fmt.Sprintf("line %d: %s (fields: url, event)", i+1, cause), Cause: cause})
		}
		return out
	}
	dupe := func(src, of string) corpus.Skipped {
		return corpus.Skipped{Source: src, Reason: "duplicate of " + of + " (same URL)", Cause: corpus.CauseDuplicate}
	}
	tests := []struct {
		name string
		in   []corpus.Skipped
		want []string
	}{
		{
			name: "one entry is printed as it is",
			in:   []corpus.Skipped{{Source: "data/blob.bin", Reason: "binary file (image/png), not text"}},
			want: []string{"skipped data/blob.bin: binary file (image/png), not text"},
		},
		{
			name: "rows of one file with one cause are one line",
			in:   rows("data/gold.jsonl", 451, "not an article: no text field"),
			want: []string{"skipped 451 records of data/gold.jsonl: not an article: no text field"},
		},
		{
			name: "duplicates are one line however many files",
			in:   []corpus.Skipped{dupe("a/x.txt", "b/x.txt"), dupe("c.jsonl#4", "b/y.txt"), dupe("c.jsonl#9", "b/z.txt")},
			want: []string{"3 inputs skipped as duplicates of others (a/x.txt, c.jsonl#4 and 1 more)"},
		},
		{
			name: "files skipped for one cause are one line",
			in: []corpus.Skipped{
				{Source: "d/SOURCE.md", Reason: "not an article (a README, licence or notes file)", Cause: "not an article (a README, licence or notes file)"},
				{Source: "d/gold.tsv", Reason: "not an article (a label table): no column holds article text (451 records; columns: url, event)", Cause: "not an article (a label table)"},
				{Source: "d/raw/1_ann.json", Reason: "not an article (a label table): no field holds article text (5 records; fields: bias)", Cause: "not an article (a label table)"},
				{Source: "d/raw/2_ann.json", Reason: "not an article (a label table): no field holds article text (2 records; fields: bias)", Cause: "not an article (a label table)"},
			},
			want: []string{
				"skipped d/SOURCE.md: not an article (a README, licence or notes file)",
				"skipped 3 inputs: not an article (a label table): d/gold.tsv, d/raw/1_ann.json and 1 more",
			},
		},
		{
			name: "files that are not articles, of several kinds, are one line",
			in: []corpus.Skipped{
				{Source: "data/SOURCE.md", Reason: "not an article (a README, licence or notes file)", Cause: "not an article (a README, licence or notes file)"},
				{Source: "data/gold.tsv", Reason: "not an article (a label table)", Cause: "not an article (a label table)"},
				{Source: "data/raw/a_ann.json", Reason: "not an article (a label table)", Cause: "not an article (a label table)"},
				{Source: "data/raw/b_ann.json", Reason: "not an article: no text field", Cause: "not an article: no text field"},
				{Source: "data/raw/c_ann.json", Reason: "not an article (a label table)", Cause: "not an article (a label table)"},
				{Source: "data/raw/d_ann.json", Reason: "not an article (a label table)", Cause: "not an article (a label table)"},
			},
			want: []string{"skipped 6 inputs that are not articles (README, licence or notes file: 1; label table: 4; no text field: 1): data/SOURCE.md, data/gold.tsv and 4 more"},
		},
		{
			name: "a path with # and no record number is a path",
			in: append(rows("x#y.jsonl", 2, "invalid JSON"),
				corpus.Skipped{Source: "x#y.jsonl#10", Reason: "line 10: not an article: empty text (fields: text)", Cause: "not an article: empty text"}),
			// Lines are in order of their first source, as the report's entries.
			want: []string{"skipped x#y.jsonl#10: line 10: not an article: empty text (fields: text)", "skipped 2 records of x#y.jsonl: invalid JSON"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := skipLines(tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSkippedFolder runs compare on a folder of articles with a README and
// a label table beside them: the run reads the articles, prints one short
// line per non-article file, and the report lists each entry.
func TestSkippedFolder(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, "../../testdata/corpus", filepath.Join(dir, "corpus"))
	var gold strings.Builder
	gold.WriteString("url\tevent\n")
	for i := range 451 {
		fmt.Fprintf(&gold, "https://outlet.example/%d\te%d\n", i, i%9)
	}
	write(t, filepath.Join(dir, "gold.tsv"), gold.String())
	write(t, filepath.Join(dir, "README.md"), "# The sample\n\nFictional outlets' articles, for the tests.\n")
	code, out, stderr := runCmd(t, "", "events", "--format", "json", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 2 {
		t.Errorf("stderr has %d lines, want one per non-article file:\n%s", len(lines), stderr)
	}
	for _, l := range lines {
		if len(l) > 300 {
			t.Errorf("a line of %d characters: %.300s", len(l), l)
		}
	}
	r := decode(t, out)
	if len(r.Skipped) != 2 || len(r.Articles) != 42 {
		t.Errorf("%d articles, skipped %+v; want the sample's 42 articles and 2 skipped files", len(r.Articles), r.Skipped)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		write(t, filepath.Join(to, rel), string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestNoEventsHint: one article, or articles of one outlet, give an empty
// report, exit 0, and a hint on stderr that names the outlets read and
// what to try.
func TestNoEventsHint(t *testing.T) {
	dir := t.TempDir()
	article := func(outlet, date, title, body string) string {
		return "Outlet: " + outlet + "\nDate: " + date + "\nTitle: " + title + "\n\n" + body + "\n"
	}
	bridge := "Police in Windsor cleared the last protesters from the Ambassador Bridge on Sunday, and traffic began to move again late in the evening."
	budget := "The city council approved the harbour budget on Tuesday after a long debate over the cost of dredging the channel."
	write(t, filepath.Join(dir, "one", "a.txt"), article("Harbour Times", "2022-02-13", "Bridge reopens", bridge))
	write(t, filepath.Join(dir, "one", "b.txt"), article("Harbour Times", "2022-02-15", "Council passes budget", budget))
	write(t, filepath.Join(dir, "two", "a.txt"), article("Harbour Times", "2022-02-13", "Bridge reopens", bridge))
	write(t, filepath.Join(dir, "two", "b.txt"), article("Keystone Wire", "2022-03-20", "Council passes budget", budget))
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"one article", []string{filepath.Join(dir, "one", "a.txt")},
			[]string{"no events: the 1 article read comes from 1 outlet (Harbour Times), and an event needs 2 (--min-outlets)", "try: add articles from other outlets, or --min-outlets 1"}},
		{"one outlet", []string{filepath.Join(dir, "one")},
			[]string{"the 2 articles read come from 1 outlet (Harbour Times)", "--min-outlets 1"}},
		{"two outlets, no shared story", []string{filepath.Join(dir, "two")},
			[]string{"no events: 2 articles from 2 outlets were read, but no story was reported by 2 of them within --window 72h of each other", "try: a wider window (--window 144h)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, "", append([]string{"compare"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if lines := strings.Count(stderr, "\n"); lines < 1 || lines > 2 {
				t.Errorf("stderr has %d lines, want one or two:\n%s", lines, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if !strings.Contains(out, "0 events") {
				t.Errorf("report: %.300s", out)
			}
		})
	}
	// A comparison with events says nothing of the kind.
	var errb bytes.Buffer
	if code := run(t.Context(), []string{"demo", "--format", "json"}, strings.NewReader(""), &bytes.Buffer{}, &errb); code != exitOK || strings.Contains(errb.String(), "no events") {
		t.Errorf("demo: exit %d, stderr %q", code, errb.String())
	}
}

// TestOutletsFlag: --outlets renames and merges outlets in compare from
// files and from a store, and a bad line is a usage error naming it.
func TestOutletsFlag(t *testing.T) {
	dir := t.TempDir()
	table := filepath.Join(dir, "outlets.tsv")
	write(t, table, "# canonical<TAB>names and domains\nThe Keystone Wire Service\tKeystone Wire\nVostok\tvostok-review\n")
	db := filepath.Join(dir, "corpus.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--db", db, "../../testdata/corpus"); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	for _, src := range [][]string{{"../../testdata/corpus"}, {"--db", db}} {
		code, out, stderr := runCmd(t, "", append([]string{"events", "--format", "json", "--outlets", table}, src...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d\n%s", src, code, stderr)
		}
		r := decode(t, out)
		got := strings.Join(r.Outlets, "|")
		for _, want := range []string{"The Keystone Wire Service", "Vostok"} {
			if !strings.Contains(got, want) {
				t.Errorf("%v: outlets %q lack %q", src, got, want)
			}
		}
		if strings.Contains(got, "Keystone Wire|") || strings.Contains(got, "Vostok Review") {
			t.Errorf("%v: outlets %q keep an old name", src, got)
		}
	}
	bad := filepath.Join(dir, "bad.tsv")
	write(t, bad, "A News\tshared\nB News\tshared\n")
	code, _, stderr := runCmd(t, "", "compare", "--outlets", bad, "../../testdata/corpus")
	if code != exitUsage || !strings.Contains(stderr, "--outlets: "+bad+":2:") {
		t.Errorf("bad table: exit %d, stderr %q", code, stderr)
	}
}
