package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/compare/profile"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
)

// TestProfileFromStore: every format of profile from a store equals the
// one from the same files.
func TestProfileFromStore(t *testing.T) {
	checkStoreReports(t, filepath.Join(t.TempDir(), "corpus.db"), []string{"../../testdata/corpus"}, [][]string{
		{"profile", "--format", "json", "--terms", "sanctions,propaganda", "--actors", "Putin"},
		{"profile", "--format", "text"},
		{"profile", "--format", "csv", "--terms", "de-escalate"},
		{"profile", "--format", "html", "--actors", "Blinken"},
	})
}

// TestCompareProfile: compare --profile gives what profile gives.
func TestCompareProfile(t *testing.T) {
	args := []string{"--format", "json", "--terms", "sanctions", "--actors", "Putin", "../../testdata/corpus"}
	code, viaCompare, stderr := runCmd(t, "", append([]string{"compare", "--profile"}, args...)...)
	if code != exitOK {
		t.Fatalf("compare --profile: exit %d\n%s", code, stderr)
	}
	code, viaProfile, stderr := runCmd(t, "", append([]string{"profile"}, args...)...)
	if code != exitOK {
		t.Fatalf("profile: exit %d\n%s", code, stderr)
	}
	if viaCompare != viaProfile || !strings.Contains(viaProfile, `"schema": "framediff.profile/v1"`) {
		t.Errorf("compare --profile and profile differ:\n%s", firstDiff(viaProfile, viaCompare))
	}
}

func TestProfileFlagErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"markdown", []string{"profile", "--format", "markdown", "x"}, "the profile is written as text, html, json or csv"},
		{"compare markdown", []string{"compare", "--profile", "--format", "markdown", "x"}, "the profile is written as text, html, json or csv"},
		{"terms without profile", []string{"compare", "--terms", "sanctions", "x"}, "--terms needs --profile"},
		{"min-events without profile", []string{"compare", "--min-events", "4", "x"}, "--min-events needs --profile"},
		{"compare one event", []string{"compare", "--profile", "--min-events", "1", "x"}, "min-events must be at least 2"},
		{"one event", []string{"profile", "--min-events", "1", "x"}, "min-events must be at least 2"},
		{"four words", []string{"profile", "--terms", "a b c d", "x"}, "one to three words"},
		{"directory", []string{"profile", "-o", dir + "/", "x"}, "is a directory"},
		{"no input", []string{"profile"}, "no input"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", c.args...)
			if code != exitUsage || !strings.Contains(stderr, c.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, c.stderr)
			}
		})
	}
	// A chosen actor no event names is said on stderr, and the run goes on.
	code, _, stderr := runCmd(t, "", "profile", "--actors", "Nobody Atall", "../../testdata/corpus")
	if code != exitOK || !strings.Contains(stderr, `actor named "Nobody Atall"`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestProfileBasil profiles the basil-dev set (real articles) from a store
// and checks its findings against the articles themselves: each event a
// term or loaded word is said to be used in holds the word in the
// outlet's article text, and an outlet's own-voice uses never exceed its
// uses in the text, quotes included.
func TestProfileBasil(t *testing.T) {
	dir := sharedPath(t, "data/basil-dev")
	if dir == "" {
		t.Skip("../shared/data/basil-dev is absent: skipping")
	}
	if testing.Short() {
		t.Skip("annotates 448 articles")
	}
	db := filepath.Join(t.TempDir(), "basil.db")
	if code, out, stderr := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr := runCmd(t, "", "profile", "--db", db, "--format", "json", "--terms", "tax,terrorism", "--actors", "Obama")
	if code != exitOK {
		t.Fatalf("profile: exit %d\n%s", code, stderr)
	}
	var p profile.Profile
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	code, out, stderr = runCmd(t, "", "compare", "--db", db, "--format", "json")
	if code != exitOK {
		t.Fatalf("compare: exit %d\n%s", code, stderr)
	}
	var res struct {
		Articles []struct{ ID, Outlet string }
		Events   []struct {
			ID       string
			Articles []string
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenReadOnly(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, _, err := s.Select(t.Context(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	outletOf := map[string]string{}
	for _, a := range res.Articles {
		outletOf[a.ID] = a.Outlet
	}
	members := map[string][]string{}
	for _, ev := range res.Events {
		members[ev.ID] = ev.Articles
	}
	// uses counts the words of an outlet's articles of an event that
	// match: by stem for a framing term (terms are counted by stem), as
	// written for a loaded word.
	word := regexp.MustCompile(`\p{L}[\p{L}\p{N}'’-]*`)
	st := nlp.Stemmer{}
	uses := func(event, outlet, term string, byStem bool) int {
		n := 0
		for _, id := range members[event] {
			if outletOf[id] != outlet {
				continue
			}
			for _, w := range word.FindAllString(text[id], -1) {
				w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
				if byStem && frame.KeyOf(w, st) == frame.KeyOf(term, st) || !byStem && w == term {
					n++
				}
			}
		}
		return n
	}
	checked, strong := 0, 0
	for _, o := range p.Outlets {
		for i, f := range append(append([]profile.Finding{}, o.Framing...), o.LoadedWords...) {
			if strings.Contains(f.Term, " ") {
				continue // a phrase's words may be split by a line break in the text
			}
			byStem := i < len(o.Framing)
			inText := 0
			for _, ev := range f.UsedIn {
				n := uses(ev, o.Outlet, f.Term, byStem)
				if n == 0 {
					t.Errorf("%s %q: said to be used in %s, whose text does not hold it", o.Outlet, f.Term, ev)
				}
				inText += n
			}
			if f.Count > inText {
				t.Errorf("%s %q: %d own-voice uses, %d in the text", o.Outlet, f.Term, f.Count, inText)
			}
			checked++
			if f.Strong {
				strong++
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d findings checked", checked)
	}
	t.Logf("basil-dev profile: %d outlets, %d matched events, %d single-word findings checked against the text, %d strong", len(p.Outlets), p.Events, checked, strong)
}
