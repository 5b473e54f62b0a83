package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestRows: the method's rule on small invented inputs. Each paragraph is
// repeated as given; the births are invented counts.
func TestRows(t *testing.T) {
	b := births{
		m: map[string]int{
			"Mitch":   5400, // 100% boys
			"Lorne":   9000, // 100% boys, but the news says "she"
			"Tobin":   3000, // too few births
			"Kerrin":  2000, // 20% boys
			"Lincoln": 50000,
			"Garth":   20000,
			"Ansel":   12000,
		},
		f: map[string]int{
			"Kerrin": 8000, // 80% girls
			"Garth":  100,
		},
	}
	type para struct {
		text  string
		times int
	}
	tests := []struct {
		name  string
		paras []para
		want  string // the row, or "" for none
	}{
		{
			name:  "kept from births: a man's name the news counted too few pronouns for",
			paras: []para{{"Mitch Harlow spoke and he left", 3}, {"the senators met Mitch Harlow on Monday", 3}},
			want:  "Mitch m 5400 1.000 births",
		},
		{
			name:  "kept from births: no more than 5% of the other sex",
			paras: []para{{"Garth Quill voted", 6}},
			want:  "Garth m 20100 0.995 births",
		},
		{
			name:  "refused: one sex's share of the births is too low",
			paras: []para{{"Kerrin Vale said she would run", 8}},
		},
		{
			name:  "refused: too few births",
			paras: []para{{"Tobin Marsh said he would run", 8}},
		},
		{
			name:  "refused: the news pronouns contradict the births",
			paras: []para{{"Lorne Pike said she would run", 3}, {"Lorne Pike said he would run", 2}},
		},
		{
			name:  "refused: it stands alone more often than it begins a full name",
			paras: []para{{"Lincoln Vance said he would run", 6}, {"the statue of Lincoln stands", 7}},
		},
		{
			name:  "refused: it begins too few full names",
			paras: []para{{"Ansel Roarke said he would run", 4}},
		},
		{
			name:  "refused: written in lower case",
			paras: []para{{"Mitch Harlow spoke", 6}, {"a mitch of grain", 1}},
		},
		{
			name:  "the news counts win where they settle it",
			paras: []para{{"Lorne Pike said she would run", 30}},
			want:  "Lorne f 30 1.000 news",
		},
		{
			name:  "the news counts win where they settle it, pronouns after",
			paras: []para{{"Lorne Pike said she would run", 18}, {"Lorne Pike said he would run", 12}},
			want:  "Lorne f 30 0.600 news",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := newEvidence()
			for _, p := range tt.paras {
				for range p.times {
					ev.add(strings.Fields(p.text))
				}
			}
			var got []string
			for _, r := range ev.rows(b) {
				if _, ok := b.m[r.name]; ok || b.f[r.name] > 0 {
					got = append(got, fmt.Sprintf("%s %c %d %.3f %s", r.name, r.gender, r.n, r.share, r.source))
				}
			}
			var want []string
			if tt.want != "" {
				want = []string{tt.want}
			}
			if strings.Join(got, "; ") != strings.Join(want, "; ") {
				t.Errorf("rows %q, want %q", got, want)
			}
		})
	}
}

// TestParseBirths: a file's rows, and a bad row as a *corpus.ParseError
// with its line.
func TestParseBirths(t *testing.T) {
	got, err := parseBirths(strings.NewReader("name,gender,births\nMitch,M,5400\nGarth,M,20000\n"), "m.csv", "M")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["Mitch"] != 5400 || got["Garth"] != 20000 {
		t.Errorf("births %v", got)
	}
	for _, tt := range []struct {
		name, text string
		line       int
	}{
		{"header", "name,sex,births\nMitch,M,5400\n", 1},
		{"other sex", "name,gender,births\nMitch,M,5400\nKerrin,F,8000\n", 3},
		{"not a number", "name,gender,births\nMitch,M,many\n", 2},
		{"twice", "name,gender,births\nMitch,M,5400\nMitch,M,5400\n", 3},
		{"columns", "name,gender,births\nMitch,M\n", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseBirths(strings.NewReader(tt.text), "m.csv", "M")
			var pe *corpus.ParseError
			if !errors.As(err, &pe) || pe.Source != "m.csv" || pe.Line != tt.line {
				t.Errorf("error %v, want a *corpus.ParseError at m.csv:%d", err, tt.line)
			}
		})
	}
}

// TestCountSurnames: a surname with an inner capital or an apostrophe
// ends a full name as a capitalised one does, so its first name is
// counted and does not stand alone; a party tag is no surname.
func TestCountSurnames(t *testing.T) {
	ev := newEvidence()
	for _, p := range []string{
		"Mitch Harlow said he would run",
		"Mitch McAllister said he would run",
		"Mitch O'Neill said he would run",
		"Mitch DeLuca said he would run",
		"a vote by Collard R-Maine and she would run", // "(R-Maine)", punctuation dropped
	} {
		ev.add(strings.Fields(p))
	}
	if s := ev.names["Mitch"]; s == nil || s.capital != 4 || s.masc != 4 || ev.alone["Mitch"] != 0 {
		t.Errorf("Mitch: %+v, alone %d; want 4 full names, 4 masculine pronouns, never alone", s, ev.alone["Mitch"])
	}
	if s := ev.names["Collard"]; s != nil || ev.alone["Collard"] != 1 {
		t.Errorf("Collard R-Maine: %+v, alone %d; want no full name, alone once", s, ev.alone["Collard"])
	}
}

// TestBirthsFiles: the vendored files read whole, and a name given to both
// sexes (84% girls, third_party/ssa-names) is below the births' bar.
func TestBirthsFiles(t *testing.T) {
	b, err := readBirths("../../third_party/ssa-names")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.m) != 10000 || len(b.f) != 10000 {
		t.Errorf("%d boys' and %d girls' names, want 10000 each", len(b.m), len(b.f))
	}
	if m, f := b.m["Kim"], b.f["Kim"]; float64(f)/float64(m+f) >= minBirthsOf {
		t.Errorf("Kim: %d boys, %d girls: over the bar", m, f)
	}
}

// TestRecipe: the command, run on the ABP corpus and the vendored births,
// writes the embedded table byte for byte.
func TestRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 37,554 articles")
	}
	in := filepath.Join("..", "..", "..", "shared", "data", "abp", "articles.jsonl.gz")
	if _, err := os.Stat(in); err != nil {
		t.Skipf("ABP absent (%v): it lives in ../shared beside the module, not in a clone", err)
	}
	out := filepath.Join(t.TempDir(), "firstnames.tsv")
	if err := run([]string{"-in", in, "-births", filepath.Join("..", "..", "third_party", "ssa-names"), "-out", out}, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "corpus", "nlp", "firstnames.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("firstnames.tsv differs from the embedded one: run go run ./scripts/firstnames and commit the result")
	}
}
