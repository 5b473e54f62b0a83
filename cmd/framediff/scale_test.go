package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
)

const sampleDir = "../../testdata/corpus"

// sampleJSON compares the sample corpus with extra flags and decodes the
// JSON report.
func sampleJSON(t *testing.T, extra ...string) compare.Result {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"compare", "--format", "json", sampleDir}, extra...)...)
	if code != exitOK {
		t.Fatalf("compare %v: exit %d\n%s", extra, code, stderr)
	}
	var r compare.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPairsFlag(t *testing.T) {
	all := sampleJSON(t)
	pairs := 0
	for _, ev := range all.Events {
		pairs += len(ev.Pairs)
	}
	if len(all.Events) > overviewEvents || pairs == 0 {
		t.Fatalf("the sample's %d events have %d pairs: a small comparison compares every pair by default", len(all.Events), pairs)
	}
	for _, ev := range sampleJSON(t, "--pairs=none").Events {
		if len(ev.Pairs) != 0 {
			t.Errorf("--pairs=none: event %s has %d pairs", ev.ID, len(ev.Pairs))
		}
	}
	outlet := all.Events[0].Outlets[0]
	named := 0
	for _, ev := range sampleJSON(t, "--pairs="+strings.ToUpper(outlet)).Events {
		for _, p := range ev.Pairs {
			named++
			if p.A != outlet && p.B != outlet {
				t.Errorf("--pairs=%s: event %s compares %s and %s", outlet, ev.ID, p.A, p.B)
			}
		}
	}
	if named == 0 {
		t.Errorf("--pairs=%s gave no pairs", outlet)
	}
	// Apart from the pairs, a report without them is the same report.
	none := sampleJSON(t, "--pairs=none")
	for i := range all.Events {
		all.Events[i].Pairs = []compare.Pair{}
	}
	a, _ := json.Marshal(all)
	b, _ := json.Marshal(none)
	if string(a) != string(b) {
		t.Error("--pairs=none changed more than the pairs")
	}
}

func TestEventFlag(t *testing.T) {
	all := sampleJSON(t)
	want := all.Events[len(all.Events)-1]
	one := sampleJSON(t, "--event", want.ID)
	if len(one.Events) != 1 || one.Events[0].ID != want.ID {
		t.Fatalf("--event %s gave events %v", want.ID, eventIDs(one.Events))
	}
	a, _ := json.Marshal(one.Events[0])
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("--event %s: the event differs from the full report's", want.ID)
	}
	if len(one.Articles) != len(want.Articles) {
		t.Errorf("--event %s lists %d articles, want its %d", want.ID, len(one.Articles), len(want.Articles))
	}
	// A comma list and the flag repeated choose the same events.
	first := all.Events[0].ID
	for _, args := range [][]string{{"--event", first + "," + want.ID}, {"--event", want.ID, "--event", first}} {
		two := sampleJSON(t, args...)
		if got := eventIDs(two.Events); len(got) != 2 || got[0] != first || got[1] != want.ID {
			t.Errorf("%v gave events %v, want %s and %s", args, got, first, want.ID)
		}
	}
	code, _, stderr := runCmd(t, "", "compare", sampleDir, "--event", "e999")
	if code != exitFailure || !strings.Contains(stderr, "no event e999") {
		t.Errorf("--event e999: exit %d, %q", code, stderr)
	}
}

func eventIDs(evs []compare.Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.ID)
	}
	return out
}

func TestOverview(t *testing.T) {
	all := sampleJSON(t)
	for _, format := range []string{"text", "markdown", "html"} {
		t.Run(format, func(t *testing.T) {
			code, out, stderr := runCmd(t, "", "compare", "--overview", "--format", format, sampleDir)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			for _, ev := range all.Events {
				if !strings.Contains(out, ev.ID) {
					t.Errorf("the overview has no row for event %s", ev.ID)
				}
			}
			for _, o := range all.Outlets {
				if !strings.Contains(out, o) && !strings.Contains(out, strings.ReplaceAll(o, "'", "&#39;")) {
					t.Errorf("the overview has no row for outlet %s", o)
				}
			}
			_, full, _ := runCmd(t, "", "compare", "--format", format, sampleDir)
			if len(out) >= len(full) {
				t.Errorf("the overview (%d bytes) is no smaller than the full report (%d)", len(out), len(full))
			}
		})
	}
	code, _, stderr := runCmd(t, "", "compare", "--overview", "--full", sampleDir)
	if code != exitUsage || !strings.Contains(stderr, "--overview and --full") {
		t.Errorf("--overview --full: exit %d, %q", code, stderr)
	}
}

func TestEventFiles(t *testing.T) {
	all := sampleJSON(t)
	for _, c := range []struct{ format, ext string }{{"html", ".html"}, {"text", ".txt"}, {"markdown", ".md"}} {
		t.Run(c.format, func(t *testing.T) {
			dir := t.TempDir() + "/"
			code, out, stderr := runCmd(t, "", "compare", "--format", c.format, "-o", dir, sampleDir)
			if code != exitOK || out != "" {
				t.Fatalf("exit %d, stdout %q\n%s", code, out, stderr)
			}
			index, err := os.ReadFile(filepath.Join(dir, "index"+c.ext))
			if err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "events", "*"+c.ext))
			if len(files) != len(all.Events) {
				t.Errorf("%d event files, want %d", len(files), len(all.Events))
			}
			for _, ev := range all.Events {
				page, err := os.ReadFile(filepath.Join(dir, "events", ev.ID+c.ext))
				if err != nil {
					t.Error(err)
					continue
				}
				if c.format == "html" && !strings.Contains(string(index), `href="events/`+ev.ID+`.html"`) {
					t.Errorf("index.html does not link to event %s", ev.ID)
				}
				// The page is the full report of its event: its own
				// outlets' names, and none of another event's articles.
				for _, o := range ev.Outlets {
					if !strings.Contains(string(page), corpus.Slug(o)) && !strings.Contains(string(page), o) && !strings.Contains(string(page), strings.ReplaceAll(o, "'", "&#39;")) {
						t.Errorf("event %s's page does not name its outlet %s", ev.ID, o)
					}
				}
			}
		})
	}
	code, _, stderr := runCmd(t, "", "compare", "--format", "json", "-o", t.TempDir()+"/", sampleDir)
	if code != exitUsage || !strings.Contains(stderr, "json is one stream") {
		t.Errorf("json into a directory: exit %d, %q", code, stderr)
	}
}

// TestOverviewFromStore: the overview of a store is the one of its files,
// whether its events are framed afresh, read back in full, or read from
// the summaries the first overview kept, and with --no-cache.
func TestOverviewFromStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample.db")
	if code, out, stderr := runCmd(t, "", "ingest", "--db", db, sampleDir); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
	}
	code, want, stderr := runCmd(t, "", "compare", "--overview", "--format", "html", sampleDir)
	if code != exitOK {
		t.Fatalf("from files: exit %d\n%s", code, stderr)
	}
	for _, step := range [][]string{
		{"--format", "json", "-o", filepath.Join(t.TempDir(), "full.json")}, // keeps the full framing only
		{"--overview", "--format", "html"},                                  // from the full framing, keeps summaries
		{"--overview", "--format", "html"},                                  // from the summaries
		{"--overview", "--format", "html", "--no-cache"},
	} {
		code, out, stderr := runCmd(t, "", append([]string{"compare", "--db", db}, step...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d\n%s", step, code, stderr)
		}
		if step[0] == "--overview" && out != want {
			t.Errorf("%v: the overview from the store differs from the one from files:\n%s", step, firstDiff(want, out))
		}
	}
}
