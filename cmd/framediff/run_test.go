package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the command line with buffers and returns the exit code and
// both streams.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a substring the one-line message must hold
	}{
		{"no command", nil, exitOK, ""},
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"misspelt command", []string{"comapre", "x"}, exitUsage, `unknown command "comapre" for "framediff"; did you mean compare?`},
		{"unknown flag", []string{"compare", "--frob", "x"}, exitUsage, "unknown flag"},
		{"unknown shorthand flag", []string{"events", "-z", "x"}, exitUsage, "unknown shorthand flag"},
		{"unknown root flag", []string{"--frob"}, exitUsage, "unknown flag"},
		{"bad flag value", []string{"compare", "--top", "many", "x"}, exitUsage, `invalid argument "many" for "--top" flag`},
		{"version takes no arguments", []string{"version", "x"}, exitUsage, "unknown command"},
		{"completion takes one shell", []string{"completion", "bash", "x"}, exitUsage, "unknown command"},
		// The exit code comes from the error's type: a failure whose text
		// holds words of a usage message is still a failure.
		{"store path with usage words", []string{"compare", "--db", filepath.Join(dir, "nothing accepts this.db")}, exitFailure, "nothing accepts this.db does not exist"},
		{"input path with usage words", []string{"compare", filepath.Join(dir, "invalid argument")}, exitFailure, "no such file"},
		{"no paths", []string{"compare"}, exitUsage, "no input"},
		{"bad format", []string{"compare", "--format", "pdf", "x"}, exitUsage, `--format "pdf"`},
		{"bad window", []string{"compare", "--window", "-1h", "x"}, exitUsage, "window"},
		{"bad top", []string{"compare", "--top", "0", "x"}, exitUsage, "top"},
		{"events offers no framing flags", []string{"events", "--top", "5", "x"}, exitUsage, "unknown flag"},
		{"events offers no lexicon", []string{"events", "--lexicon", "f.txt", "x"}, exitUsage, "unknown flag"},
		{"bad min outlets", []string{"events", "--min-outlets", "0", "x"}, exitUsage, "min-outlets"},
		{"demo takes no paths", []string{"demo", "x"}, exitUsage, "unknown command"},
		{"missing path", []string{"compare", filepath.Join(dir, "nope")}, exitFailure, "no such file"},
		{"nothing usable", []string{"compare", empty}, exitFailure, "no articles"},
		{"version", []string{"version"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.stderr != "" {
				if !strings.Contains(stderr, tt.stderr) {
					t.Errorf("stderr %q does not mention %q", stderr, tt.stderr)
				}
				first := strings.SplitN(stderr, "\n", 2)[0]
				if !strings.HasPrefix(first, "framediff: ") {
					t.Errorf("error line %q lacks the program prefix", first)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "framediff ") {
		t.Fatalf("version: code %d, output %q", code, out)
	}
}

// jsonReport is the part of the JSON contract the command tests read.
type jsonReport struct {
	Schema   string `json:"schema"`
	Articles []struct {
		ID, Outlet, Title, Source, Language string
		Published                           *string
		Words                               int
	} `json:"articles"`
	Skipped []struct{ Source, Reason string } `json:"skipped"`
	Outlets []string                          `json:"outlets"`
	Events  []struct {
		ID       string   `json:"id"`
		Label    string   `json:"label"`
		Articles []string `json:"articles"`
		Outlets  []string `json:"outlets"`
		Members  []struct {
			Article, Outlet string
		} `json:"members"`
		Entities []struct {
			Name string `json:"name"`
		} `json:"entities"`
		Terms []struct {
			Outlet      string  `json:"outlet"`
			Term        string  `json:"term"`
			Count       int     `json:"count"`
			OthersCount int     `json:"others_count"`
			Z           float64 `json:"z"`
		} `json:"terms"`
		Sentiment []struct {
			Outlet    string  `json:"outlet"`
			Mean      float64 `json:"mean"`
			Sentences int     `json:"sentences"`
		} `json:"sentiment"`
	} `json:"events"`
}

func decode(t *testing.T, s string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("report is not JSON: %v\n%.500s", err, s)
	}
	return r
}

func TestDemoJSON(t *testing.T) {
	code, out, stderr := runCmd(t, "", "demo", "--format", "json")
	if code != exitOK {
		t.Fatalf("demo: exit %d\n%s", code, stderr)
	}
	r := decode(t, out)
	if r.Schema != "framediff.report/v1" {
		t.Errorf("schema %q", r.Schema)
	}
	if len(r.Articles) < 25 {
		t.Errorf("only %d articles from the sample corpus", len(r.Articles))
	}
	// Word statistics stay within a language: an outlet has distinctive
	// terms when another outlet of the event writes in its language, and
	// tone when it writes in English (the only language tone is measured
	// in).
	langOf := map[string]string{}
	for _, a := range r.Articles {
		langOf[a.ID] = a.Language
	}
	wide := 0
	for _, ev := range r.Events {
		if len(ev.Outlets) >= 4 {
			wide++
		}
		outletLang := map[string]string{}
		perLang := map[string]int{}
		for _, m := range ev.Members {
			if _, ok := outletLang[m.Outlet]; !ok {
				outletLang[m.Outlet] = langOf[m.Article]
				perLang[langOf[m.Article]]++
			}
		}
		per := map[string]int{}
		for _, term := range ev.Terms {
			per[term.Outlet]++
			if term.Count < 1 {
				t.Errorf("%s: term %q of %s has count %d", ev.ID, term.Term, term.Outlet, term.Count)
			}
		}
		tone := map[string]bool{}
		for _, s := range ev.Sentiment {
			tone[s.Outlet] = s.Sentences > 0
		}
		for _, o := range ev.Outlets {
			l := outletLang[o]
			if per[o] == 0 && perLang[l] >= 2 {
				t.Errorf("%s: outlet %s (%s) has no distinctive terms", ev.ID, o, l)
			}
			if _, has := tone[o]; l == "en" && !tone[o] || l != "en" && has {
				t.Errorf("%s: outlet %s (%s): tone %v, want tone for English outlets only", ev.ID, o, l, has)
			}
		}
	}
	if wide == 0 {
		t.Errorf("no event with four or more outlets among %d events", len(r.Events))
	}
}

// TestFlagsAfterPaths: flags may follow the paths, as the README says.
func TestFlagsAfterPaths(t *testing.T) {
	code, out, stderr := runCmd(t, "", "events", "../../testdata/corpus", "--format", "json", "--min-outlets", "3")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	r := decode(t, out)
	for _, ev := range r.Events {
		if len(ev.Outlets) < 3 {
			t.Errorf("%s has %d outlets despite --min-outlets 3", ev.ID, len(ev.Outlets))
		}
	}
}

func TestStdin(t *testing.T) {
	article := "Outlet: Harbour Times\nDate: 2022-02-13\nTitle: Bridge reopens\n\n" +
		"Police in Windsor cleared the last protesters from the Ambassador Bridge on Sunday, and traffic began to move again late in the evening.\n"
	code, out, stderr := runCmd(t, article, "inspect", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var r struct {
		Articles []struct {
			Outlet, Title, Source string
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 1 || r.Articles[0].Outlet != "Harbour Times" || r.Articles[0].Title != "Bridge reopens" || r.Articles[0].Source != "-" {
		t.Errorf("stdin article read as %+v", r.Articles)
	}
}

func TestOutputFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.json")
	code, out, stderr := runCmd(t, "", "demo", "--format", "json", "-o", path)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if out != "" {
		t.Errorf("stdout not empty with -o: %.200q", out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	decode(t, string(b))
	code, _, stderr = runCmd(t, "", "demo", "-o", filepath.Join(t.TempDir(), "no", "such", "dir", "r.txt"))
	if code != exitFailure || !strings.Contains(stderr, "no such directory") {
		t.Errorf("unwritable -o: exit %d, stderr %q", code, stderr)
	}
}

// TestSkippedInput: a bad file among good ones is a warning and a skipped
// entry, and the run goes on.
func TestSkippedInput(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "blob.bin"), []byte{0, 1, 2, 3, 0, 0, 7}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", "compare", "--format", "json", "../../testdata/corpus", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "blob.bin") {
		t.Errorf("no warning names the bad file; stderr:\n%s", stderr)
	}
	r := decode(t, out)
	found := false
	for _, s := range r.Skipped {
		if strings.HasSuffix(s.Source, "blob.bin") && s.Reason != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("blob.bin not in skipped: %+v", r.Skipped)
	}
}
