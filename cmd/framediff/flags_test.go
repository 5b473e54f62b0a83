package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFramingFiles runs the demo with every framing file given and checks
// that each one took effect.
func TestFramingFiles(t *testing.T) {
	dir := t.TempDir()
	stop := writeFile(t, dir, "stop.txt", "# the built-in list would do, plus one word\nthe\nof\nand\npropaganda\n")
	bg := writeFile(t, dir, "bg.tsv", "# term<TAB>count\nsanctions\t1200\ntalks\t900\npropaganda campaign\t40\n")
	lex := writeFile(t, dir, "lex.txt", "[alarm]\nhysteria\npanic\n[talks]\ndiplomacy\ntalks\n")
	code, out, stderr := runCmd(t, "", "demo", "--format", "json", "--stopwords", stop, "--background", bg, "--lexicon", lex)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var r struct {
		Params struct {
			Stopwords, Background, Lexicon string
		}
		Events []struct {
			Terms []struct {
				Term string
			}
			Lexicon []struct {
				Category string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Params.Stopwords != stop || r.Params.Background != bg || r.Params.Lexicon != lex {
		t.Errorf("params = %+v, want the three files", r.Params)
	}
	cats := map[string]bool{}
	for _, ev := range r.Events {
		for _, term := range ev.Terms {
			if strings.EqualFold(term.Term, "propaganda") {
				t.Errorf("stop word %q is a term", term.Term)
			}
		}
		for _, l := range ev.Lexicon {
			cats[l.Category] = true
		}
	}
	if len(cats) != 2 || !cats["alarm"] || !cats["talks"] {
		t.Errorf("lexicon categories %v, want alarm and talks", cats)
	}
}

func TestFramingFileErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"lexicon entry before a category", []string{"--lexicon", writeFile(t, dir, "lex.txt", "# frames\nwar\n")}, "lex.txt:2: entry \"war\" comes before any [category] line"},
		{"background without a count", []string{"--background", writeFile(t, dir, "bg.tsv", "sanctions 12\n")}, "bg.tsv:1: want term<TAB>count"},
		{"missing stop-word file", []string{"--stopwords", filepath.Join(dir, "none.txt")}, "--stopwords: open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", append([]string{"demo"}, tt.args...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if lines := strings.Split(strings.TrimSpace(stderr), "\n"); !strings.Contains(lines[0], tt.want) || !strings.HasPrefix(lines[0], "framediff: ") {
				t.Errorf("stderr %q, want one line with %q", stderr, tt.want)
			}
		})
	}
}
