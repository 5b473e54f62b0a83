package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
)

// TestCSVGolden writes every table of the fixture into one golden file,
// each under a "== name.csv" line.
func TestCSVGolden(t *testing.T) {
	var all bytes.Buffer
	for _, name := range CSVTables() {
		fmt.Fprintf(&all, "== %s.csv\n", name)
		if err := CSVTable(&all, fixtureResult(), name); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "fixture.csv.golden", all.Bytes())
}

// TestCSVTidy checks every table parses, has its header's width on every
// row, and that the tables hold what the result holds.
func TestCSVTidy(t *testing.T) {
	r := fixtureResult()
	rows := map[string]int{}
	for _, name := range CSVTables() {
		var b bytes.Buffer
		if err := CSVTable(&b, r, name); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll() // fails on a ragged row
		if err != nil {
			t.Fatalf("%s.csv: %v", name, err)
		}
		rows[name] = len(recs) - 1
	}
	terms, pairs, framing, quoted, loaded, emphasis := 0, 0, 0, 0, 0, 0
	for _, ev := range r.Events {
		terms += len(ev.Terms)
		framing += len(ev.Framing)
		quoted += len(ev.QuotedTerms)
		for _, p := range ev.Pairs {
			pairs += len(p.Terms)
		}
		for _, l := range ev.LoadedWords {
			loaded += max(1, len(l.Words)) // an outlet with none keeps one row, for its rate
		}
		for _, e := range ev.Emphasis {
			emphasis += len(e.Headlines) + len(e.Entities) + len(e.FramingTerms) + len(e.LoadedWords)
		}
	}
	// The fixture's counts, so that a table cannot pass by being empty.
	if framing != 3 || quoted != 4 || loaded != 6 || emphasis != 17 {
		t.Fatalf("fixture: %d framing terms, %d quoted terms, %d loaded-word rows, %d emphasis items", framing, quoted, loaded, emphasis)
	}
	for name, want := range map[string]int{
		"articles": len(r.Articles), "events": len(r.Events), "terms": terms, "pairs": pairs,
		"framing": framing, "quoted_terms": quoted, "loaded_words": loaded, "emphasis": emphasis,
		"sentiment": 3, "entity_tone": 4, "quotes": 3, "labels": 2, "unique": 3, "omissions": 4,
		"similarity": 9, "lexicon": 6, "skipped": 1, "evidence": 3,
	} {
		if rows[name] != want {
			t.Errorf("%s.csv has %d rows, want %d", name, rows[name], want)
		}
	}
	var b bytes.Buffer
	if err := CSV(&b, r, "framediff test"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "event,outlet,rank,term,") {
		t.Errorf("CSV without -o DIR is not the terms table: %.60q", b.String())
	}
	if err := CSVTable(&b, r, "nonsense"); err == nil || !strings.Contains(err.Error(), "terms") {
		t.Errorf("an unknown table gives %v", err)
	}
}

// TestCSVFormula keeps spreadsheet formulas in the inputs from running.
func TestCSVFormula(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"https://x.example\")": "'=HYPERLINK(\"https://x.example\")",
		"+1 (555) call me":                  "'+1 (555) call me",
		"@SUM(A1)":                          "'@SUM(A1)",
		"-0.25":                             "-0.25",
		"+3":                                "+3",
		"plain":                             "plain",
		"":                                  "",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
	r := hostileResult()
	r.Articles[0].Title = "=cmd|' /C calc'!A0"
	var b bytes.Buffer
	if err := CSVTable(&b, r, "articles"); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), ",=cmd") {
		t.Error("a formula title reached the CSV unguarded")
	}
}
