package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runFormat(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestReportFormats runs the demo in the formats people read, and csv
// into a directory, as the README shows them.
func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if code, _, stderr := runFormat(t, "demo", "--format", "html", "-o", page); code != exitOK {
		t.Fatalf("demo --format html: exit %d: %s", code, stderr)
	}
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(html, []byte("<!DOCTYPE html>")) || !bytes.Contains(html, []byte(`http-equiv="Content-Security-Policy"`)) {
		t.Errorf("report.html is no self-contained report: %.200q", html)
	}

	code, md, stderr := runFormat(t, "demo", "--format", "markdown")
	if code != exitOK || !strings.HasPrefix(md, "# How 12 outlets framed") || !strings.Contains(md, "### Distinctive terms") {
		t.Errorf("demo --format markdown: exit %d, %.100q, %s", code, md, stderr)
	}

	tables := filepath.Join(dir, "tables") + string(filepath.Separator)
	if code, _, stderr := runFormat(t, "demo", "--format", "csv", "-o", tables); code != exitOK {
		t.Fatalf("demo --format csv -o DIR/: exit %d: %s", code, stderr)
	}
	for _, name := range []string{"articles", "events", "terms", "sentiment", "entity_tone", "quotes", "labels", "unique", "similarity"} {
		b, err := os.ReadFile(filepath.Join(tables, name+".csv"))
		if err != nil {
			t.Errorf("csv -o DIR wrote no %s.csv: %v", name, err)
			continue
		}
		if !bytes.Contains(b, []byte("\n")) {
			t.Errorf("%s.csv has no header row", name)
		}
	}
	code, csv, _ := runFormat(t, "demo", "--format", "csv")
	if code != exitOK || !strings.HasPrefix(csv, "event,outlet,rank,term,") {
		t.Errorf("demo --format csv to stdout is not the terms table: %.80q", csv)
	}

	// A directory is for csv alone, and that is said before any work.
	code, _, stderr = runFormat(t, "demo", "--format", "html", "-o", dir)
	if code != exitUsage || !strings.Contains(stderr, "only --format csv") {
		t.Errorf("demo --format html -o DIR: exit %d, %q", code, stderr)
	}
}
