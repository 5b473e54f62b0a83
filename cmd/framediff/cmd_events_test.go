package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The events view: a coverage line per event and a table of evidence per
// article, with the numbers an overrides file can use; laid out wide here
// so that each is on one line (TestTextFitsWidth holds the default to 80
// columns).
func TestEventsText(t *testing.T) {
	code, out, stderr := runCmd(t, "", "events", "--width", "200", "../../testdata/corpus")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	// Lines are held to the width in bytes, so the Cyrillic outlet's
	// coverage line wraps even at 200: read the wrapped lines as one.
	out = strings.ReplaceAll(out, "\n  ", " ")
	for _, want := range []string{
		"Coverage: 9 of 12 outlets reported it: Capitol Dispatch, Diario del Estrecho, Elbufer Zeitung, Keystone Wire, Le Courrier du Matin, Meridian Post, Pacific Ledger, Vostok Review, Вечерний меридиан; not: Daily Clarion, Europa Courier, Harbour Times.",
		"Best links",
		"Shared with the best link",
		"testdata/corpus/vostok-review/2022-02-12-lavrov-blinken-call.txt",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the events view lacks %q", want)
		}
	}
}

func TestEventsOverridesAndAliases(t *testing.T) {
	dir := t.TempDir()
	fixes := filepath.Join(dir, "fixes.txt")
	write := func(path, s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(fixes, "apart keystone-wire/2022-02-12-blinken-honolulu.txt meridian-post/2022-02-12-blinken-honolulu.txt\n")
	aliases := filepath.Join(dir, "aliases.tsv")
	write(aliases, "Ambassador Bridge|ORG\tthe Bridge\tBridge\n")
	code, out, stderr := runCmd(t, "", "events", "--format", "json", "--overrides", fixes, "--aliases", aliases, "../../testdata/corpus")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var r struct {
		Events []struct {
			Articles []string `json:"articles"`
			Entities []struct {
				Name string `json:"name"`
			} `json:"entities"`
		} `json:"events"`
		Articles []struct {
			ID, Source string
		} `json:"articles"`
		Overrides []struct {
			Source  string `json:"source"`
			Applied bool   `json:"applied"`
		} `json:"overrides"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Overrides) != 1 || !r.Overrides[0].Applied || r.Overrides[0].Source != fixes+":1" {
		t.Errorf("overrides echoed as %+v", r.Overrides)
	}
	id := map[string]string{}
	for _, a := range r.Articles {
		id[filepath.Base(filepath.Dir(a.Source))+"/"+filepath.Base(a.Source)] = a.ID
	}
	k, m := id["keystone-wire/2022-02-12-blinken-honolulu.txt"], id["meridian-post/2022-02-12-blinken-honolulu.txt"]
	bridge := false
	for _, ev := range r.Events {
		hasK, hasM := false, false
		for _, a := range ev.Articles {
			hasK, hasM = hasK || a == k, hasM || a == m
		}
		if hasK && hasM {
			t.Error("the apart line did not separate the two Honolulu articles")
		}
		for _, e := range ev.Entities {
			if e.Name == "Bridge" {
				t.Errorf("the alias file did not fold Bridge into Ambassador Bridge")
			}
			bridge = bridge || e.Name == "Ambassador Bridge"
		}
	}
	if !bridge {
		t.Error("no event names the Ambassador Bridge")
	}
}

func TestEventsBadOverridesLine(t *testing.T) {
	fixes := filepath.Join(t.TempDir(), "fixes.txt")
	if err := os.WriteFile(fixes, []byte("same a b\nsame a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "", "events", "--overrides", fixes, "../../testdata/corpus")
	if code != exitUsage || !strings.Contains(stderr, fixes+":2: same needs exactly two articles") {
		t.Errorf("exit %d, stderr %q; want %d and the file and line", code, stderr, exitUsage)
	}
}
