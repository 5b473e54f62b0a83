package main

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/store"
	"github.com/framediff/framediff/internal/synth"
	"github.com/google/go-cmp/cmp"
)

// sharedPath returns name under ../shared beside the module root, or ""
// when this clone has none.
func sharedPath(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", name)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// reportArgs are the reports compared between files and the store: every
// format of compare and of events, and the filters.
var reportArgs = [][]string{
	{"compare", "--format", "json"},
	{"compare", "--format", "text"},
	{"compare", "--format", "markdown"},
	{"compare", "--format", "html"},
	{"compare", "--format", "csv"},
	{"events", "--format", "text"},
	{"events", "--format", "json"},
	{"compare", "--format", "json", "--since", "2022-02-13", "--outlet", "Meridian Post", "--outlet", "vostok-review", "--outlet", "keystone wire", "--outlet", "Harbour Times"},
	{"events", "--format", "json", "--until", "2022-02-13"},
}

// TestIngestThenCompare: every report made from a store equals, byte for
// byte, the one made from the same files, and ingesting again adds
// nothing.
func TestIngestThenCompare(t *testing.T) {
	paths := []string{"../../testdata/corpus"}
	if seed := sharedPath(t, "seeds/000_8c2f23df7903cec3.txt"); seed != "" {
		paths = append(paths, seed)
	} else {
		t.Log("../shared/seeds is absent: testing on the sample corpus alone")
	}
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { checkStoreReports(t, k.location(t), paths, reportArgs) })
	}
}

// TestIngestBasil: the same on a real development set of 451 articles
// from three outlets, in two record shapes.
func TestIngestBasil(t *testing.T) {
	dir := sharedPath(t, "data/basil-dev")
	if dir == "" {
		t.Skip("../shared/data/basil-dev is absent: skipping")
	}
	if testing.Short() {
		t.Skip("annotates 451 articles twice")
	}
	db := filepath.Join(t.TempDir(), "corpus.db")
	checkStoreReports(t, db, []string{filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")}, [][]string{
		{"compare", "--format", "json"},
		{"compare", "--format", "json", "--since", "2012-01-01", "--outlet", "Fox News", "--outlet", "new-york-times-news"},
	})
}

func checkStoreReports(t *testing.T, db string, paths []string, reports [][]string) {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"ingest", "--db", db}, paths...)...)
	if code != exitOK || !strings.Contains(out, " added") {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
	}
	for _, args := range reports {
		name := strings.Join(args, " ")
		fromFiles, fromStore := reportsFromFilesAndStore(t, args, paths, db)
		if fromStore != fromFiles {
			t.Errorf("%s: the report from the store differs from the one from files:\n%s", name, firstDiff(fromFiles, fromStore))
		}
		if args[0] == "compare" {
			// The store keeps each event's framing: the second report is
			// read from what the first kept, and must not differ from it
			// or from one that reads and keeps nothing.
			for _, extra := range [][]string{nil, {"--no-cache"}} {
				code, again, stderr := runCmd(t, "", append(append(append([]string{}, args...), "--db", db), extra...)...)
				if code != exitOK {
					t.Fatalf("%s --db %v: exit %d\n%s", name, extra, code, stderr)
				}
				if again != fromFiles {
					t.Errorf("%s --db %v, again: the report differs from the one from files:\n%s", name, extra, firstDiff(fromFiles, again))
				}
			}
		}
		if len(fromFiles) < 200 {
			t.Errorf("%s: a report of %d bytes proves little: %q", name, len(fromFiles), fromFiles)
		}
	}
	code, out, stderr = runCmd(t, "", append([]string{"ingest", "--db", db}, paths...)...)
	if code != exitOK || !strings.Contains(out, " 0 added, 0 replaced, 0 updated") || strings.Contains(out, "annotated") {
		t.Errorf("second ingest: exit %d\n%s%s", code, out, stderr)
	}
}

// firstDiff shows where two reports part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "files: ..." + a[from:min(len(a), i+200)] + "\nstore: ..." + b[from:min(len(b), i+200)]
}

func TestStoreFlagErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"ingest without --db", []string{"ingest", "../../testdata/corpus"}, exitUsage, "--db FILE is required"},
		{"ingest without paths", []string{"ingest", "--db", filepath.Join(dir, "x.db")}, exitUsage, "no input"},
		{"--db and paths", []string{"compare", "--db", missing, "../../testdata/corpus"}, exitUsage, "give no PATH"},
		{"bad --since", []string{"compare", "--since", "last week", "../../testdata/corpus"}, exitUsage, `--since "last week"`},
		{"since after until", []string{"events", "--since", "2022-02-14", "--until", "2022-02-12", "x"}, exitUsage, "is not before"},
		{"empty --outlet", []string{"compare", "--outlet", "--", "x"}, exitUsage, "names no outlet"},
		{"missing store", []string{"compare", "--db", missing}, exitFailure, "does not exist: make it with framediff ingest"},
		{"filter keeps nothing", []string{"compare", "--outlet", "Nonexistent Gazette", "../../testdata/corpus"}, exitFailure, "none matches"},
		{"not a store", []string{"compare", "--db", "../../testdata/formats/settings.json"}, exitFailure, "is not a framediff store"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr %q should mention %q", code, tt.code, stderr, tt.stderr)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); tt.code == exitFailure && n > 0 {
				t.Errorf("message over %d lines: %q", n+1, stderr)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("compare --db created the missing store")
	}
}

// buildBinary builds framediff into a temporary directory, for the tests
// that need a real process to kill or to run twice at once.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "framediff")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// synthCorpus writes n short synthetic articles (short, so that the model
// gets through them in seconds).
func synthCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	g := synth.New(n, synth.Config{Seed: 5, MeanWords: 140, Outlets: 12})
	if err := g.WriteFiles(dir, 0, n); err != nil {
		t.Fatal(err)
	}
	// An input that gives no article, so that the skipped table is
	// compared too.
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// snapshot reads everything a store holds, for comparing two stores.
type snapshot struct {
	Docs    any
	Skipped any
}

func readStore(t *testing.T, db string) snapshot {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, skipped, err := s.Select(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{docs, skipped}
}

// integrity checks a SQLite file's pages, or reads every document of a
// PostgreSQL store, whose pages the server keeps.
func integrity(t *testing.T, db string) {
	t.Helper()
	if store.IsURL(db) {
		readStore(t, db)
		return
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var res string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
}

// count returns the articles committed so far, reading beside a writer.
func count(db string) int {
	driver, dsn := "sqlite", "file:"+db+"?mode=ro"
	if store.IsURL(db) {
		driver, dsn = "pgx", db
	}
	conn, err := sql.Open(driver, dsn)
	if err != nil {
		return 0
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil {
		return 0
	}
	return n
}

func ingestProc(bin, db, dir string, extra ...string) *exec.Cmd {
	return exec.Command(bin, append([]string{"ingest", "--db", db, "--batch", "10"}, append(extra, dir)...)...)
}

// TestIngestKilled kills a real ingest with SIGKILL half-way, checks the
// store is intact, runs the ingest again and checks that the result is
// the store a clean ingest makes.
func TestIngestKilled(t *testing.T) {
	bin := buildBinary(t)
	const n = 120
	dir := synthCorpus(t, n)
	tmp := t.TempDir()

	clean := filepath.Join(tmp, "clean.db")
	if out, err := ingestProc(bin, clean, dir).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := readStore(t, clean)
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { testIngestKilled(t, bin, dir, n, k.location(t), want) })
	}
}

// testIngestKilled kills an ingest of dir's n articles into the store
// killed, resumes it, and compares the store with want.
func testIngestKilled(t *testing.T, bin, dir string, n int, killed string, want snapshot) {
	cmd := ingestProc(bin, killed, dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for count(killed) < 30 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	got := count(killed)
	if got == 0 || got >= n {
		t.Fatalf("killed with %d of %d articles stored: not half-way", got, n)
	}
	t.Logf("killed with %d of %d articles committed", got, n)
	integrity(t, killed)
	out, err := ingestProc(bin, killed, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("ingest after the kill: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "unchanged") {
		t.Errorf("rerun output: %s", out)
	}
	integrity(t, killed)
	if diff := cmp.Diff(want, readStore(t, killed), timeCmp); diff != "" {
		t.Errorf("the resumed store differs from a clean one (-clean +resumed):\n%s", diff)
	}
}

// TestIngestSignalled stops a real ingest half-way with SIGINT and with
// SIGTERM: each ends the run as an interruption, exit code 1 and a message
// that says how to finish, with the store intact.
func TestIngestSignalled(t *testing.T) {
	bin := buildBinary(t)
	dir := synthCorpus(t, 120)
	for _, k := range storeKinds {
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
			t.Run(k.name+"/"+sig.String(), func(t *testing.T) {
				db := k.location(t)
				cmd := ingestProc(bin, db, dir)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				deadline := time.Now().Add(2 * time.Minute)
				for count(db) < 10 && time.Now().Before(deadline) {
					time.Sleep(20 * time.Millisecond)
				}
				if err := cmd.Process.Signal(sig); err != nil {
					t.Fatal(err)
				}
				cmd.Wait()
				if code := cmd.ProcessState.ExitCode(); code != exitFailure || !strings.Contains(stderr.String(), "framediff: interrupted with") {
					t.Errorf("exit %d, stderr %q; want %d and the interruption message", code, stderr.String(), exitFailure)
				}
				integrity(t, db)
			})
		}
	}
}

// TestIngestConcurrent runs two ingests of one corpus into one store at
// once: both succeed and the store is what one ingest makes.
func TestIngestConcurrent(t *testing.T) {
	bin := buildBinary(t)
	dir := synthCorpus(t, 80)
	tmp := t.TempDir()
	clean := filepath.Join(tmp, "clean.db")
	if out, err := ingestProc(bin, clean, dir).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := readStore(t, clean)
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { testIngestConcurrent(t, bin, dir, k.location(t), want) })
	}
}

// testIngestConcurrent runs two ingests of dir into the store shared at
// once, and compares the store with want.
func testIngestConcurrent(t *testing.T, bin, dir, shared string, want snapshot) {
	a, b := ingestProc(bin, shared, dir, "--workers", "1"), ingestProc(bin, shared, dir, "--workers", "1")
	var aout, bout strings.Builder
	a.Stdout, a.Stderr, b.Stdout, b.Stderr = &aout, &aout, &bout, &bout
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	aerr, berr := a.Wait(), b.Wait()
	if aerr != nil || berr != nil {
		t.Fatalf("two ingests at once: %v, %v\n%s\n%s", aerr, berr, aout.String(), bout.String())
	}
	t.Logf("first:\n%ssecond:\n%s", aout.String(), bout.String())
	integrity(t, shared)
	if diff := cmp.Diff(want, readStore(t, shared), timeCmp); diff != "" {
		t.Errorf("two ingests at once made another store (-one +two):\n%s", diff)
	}
}

var timeCmp = cmp.Comparer(func(a, b time.Time) bool {
	an, ao := a.Zone()
	bn, bo := b.Zone()
	return a.Equal(b) && an == bn && ao == bo
})

// reportsFromFilesAndStore runs the command args on the input paths and
// again on the store db, and returns both outputs; either failing stops
// the test.
func reportsFromFilesAndStore(t *testing.T, args, paths []string, db string) (fromFiles, fromStore string) {
	t.Helper()
	name := strings.Join(args, " ")
	code, fromFiles, stderr := runCmd(t, "", append(append([]string{}, args...), paths...)...)
	if code != exitOK {
		t.Fatalf("%s PATHS: exit %d\n%s", name, code, stderr)
	}
	code, fromStore, stderr = runCmd(t, "", append(append([]string{}, args...), "--db", db)...)
	if code != exitOK {
		t.Fatalf("%s --db: exit %d\n%s", name, code, stderr)
	}
	return fromFiles, fromStore
}
