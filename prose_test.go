package framediff_test

// prose v3 is used through a patched copy in third_party/prose (go.mod's
// replace directive) that must annotate exactly as upstream v3.2.3 does. A
// test binary cannot link both, so the golden files in testdata/prose hold
// a digest of what the unpatched module gave on fixed texts, and this test
// compares whatever prose the build links with them.
//
// Regenerate the golden files only from the unpatched module, with a
// go.mod that drops the replace directive:
//
//	go mod edit -dropreplace=github.com/jdkato/prose/v3 -print > /tmp/upstream.mod
//	cp go.sum /tmp/upstream.sum
//	go mod download -modfile=/tmp/upstream.mod github.com/jdkato/prose/v3
//	go test -modfile=/tmp/upstream.mod -run '^TestProseUnchanged$' -update .
//
// -update refuses to write while prose is replaced.

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/testcorpus"
	"github.com/jdkato/prose/v3"
)

// The -update flag rewrites the golden files. Another test file of the
// package may define it too, so it is defined here only if it is not yet.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

const proseModule = "github.com/jdkato/prose/v3"

// abpPath holds the Article-Bias-Prediction corpus (SOURCE.md beside it),
// outside the module; absent from a user's clone.
var abpPath = filepath.Join(testcorpus.Root, "..", "shared", "data", "abp", "articles.jsonl.gz")

// abpArticles is how many articles of abpPath, from the first, the test
// reads: about 285,000 words of real news.
const abpArticles = 300

// proseText is one article's text under a stable name.
type proseText struct{ id, text string }

func TestProseUnchanged(t *testing.T) {
	tests := []struct {
		name   string
		golden string
		load   func(testing.TB) []proseText
	}{
		{"sample", "corpus.tsv", sampleTexts},
		{"abp", "abp-300.tsv", abpTexts},
	}
	version, replaced := proseBuild(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			texts := tt.load(t)
			lines := digestAll(t, texts)
			var tok, sen, ent int
			for _, l := range lines {
				tok += l.tokens
				sen += l.sentences
				ent += l.entities
			}
			t.Logf("prose %s: %d articles, %d tokens, %d sentences, %d entities", tt.name, len(lines), tok, sen, ent)

			path := filepath.Join("testdata", "prose", tt.golden)
			if updating() {
				if replaced {
					t.Fatalf("-update: prose is replaced in go.mod; the golden files record the unpatched module (see the comment at the top of prose_test.go)")
				}
				writeGolden(t, path, version, lines)
				return
			}
			want := readGolden(t, path)
			got := make(map[string]digestLine, len(lines))
			for _, l := range lines {
				got[l.id] = l
			}
			var diffs []string
			for _, w := range want {
				g, ok := got[w.id]
				switch {
				case !ok:
					diffs = append(diffs, fmt.Sprintf("%s: missing", w.id))
				case g != w:
					diffs = append(diffs, fmt.Sprintf("%s:\n\tgot  %s\n\twant %s", w.id, g, w))
				}
			}
			if len(want) != len(lines) {
				diffs = append(diffs, fmt.Sprintf("%d articles, golden has %d", len(lines), len(want)))
			}
			if len(diffs) > 0 {
				if len(diffs) > 10 {
					diffs = append(diffs[:10], fmt.Sprintf("... and %d more", len(diffs)-10))
				}
				t.Errorf("prose output differs from %s (unpatched %s):\n%s", path, proseModule, strings.Join(diffs, "\n"))
			}
		})
	}
}

// proseBuild reports the version of prose linked into the test binary and
// whether go.mod replaces it, from the source file of prose.NewDocument:
// a module from the module cache lives in a directory named
// path@version. (Test binaries of a library do not record their
// dependencies in debug.ReadBuildInfo.)
func proseBuild(t testing.TB) (version string, replaced bool) {
	t.Helper()
	fn := runtime.FuncForPC(reflect.ValueOf(prose.NewDocument).Pointer())
	if fn == nil {
		t.Fatal("prose.NewDocument has no function information")
	}
	file, _ := fn.FileLine(fn.Entry())
	file = filepath.ToSlash(file)
	_, after, ok := strings.Cut(file, proseModule+"@")
	if !ok {
		return "", true
	}
	version, _, _ = strings.Cut(after, "/")
	return version, false
}

func sampleTexts(t testing.TB) []proseText {
	set, err := corpus.LoadFS(context.Background(), framediff.Sample(), framediff.SampleRoot, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) == 0 {
		t.Fatal("sample corpus is empty")
	}
	// prose annotates English only (corpus/nlp); the articles in other
	// languages are read by corpus/nlp/lang.
	var out []proseText
	for _, a := range set.Articles {
		if a.Language == "en" {
			out = append(out, proseText{a.ID, a.Text})
		}
	}
	return out
}

// abpTexts reads the first abpArticles articles of abpPath, skipping when
// it is absent or the test is short.
func abpTexts(t testing.TB) []proseText {
	if testing.Short() {
		t.Skip("-short: the ABP sample takes seconds")
	}
	f, err := os.Open(abpPath)
	if os.IsNotExist(err) {
		t.Skipf("%s absent", abpPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var out []proseText
	for len(out) < abpArticles && sc.Scan() {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: record %d: %v", abpPath, len(out)+1, err)
		}
		out = append(out, proseText{rec.ID, rec.Text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < abpArticles {
		t.Fatalf("%s: %d articles, want %d", abpPath, len(out), abpArticles)
	}
	return out
}

// digestLine is one article's line in a golden file: how much prose found
// and a hash of all of it.
type digestLine struct {
	id                                      string
	paragraphs, tokens, sentences, entities int
	sum                                     string
}

func (l digestLine) String() string {
	return fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t%s", l.id, l.paragraphs, l.tokens, l.sentences, l.entities, l.sum)
}

// digest annotates text a paragraph at a time, as corpus/nlp does, and
// hashes every token (offset, text, tag, entity label), sentence (offset,
// text) and entity (offset, text, label), each field quoted so that no two
// outputs hash the same bytes.
func digest(id, text string) (digestLine, error) {
	l := digestLine{id: id}
	h := sha256.New()
	for _, p := range corpus.Paragraphs(text) {
		l.paragraphs++
		doc, err := prose.NewDocument(text[p.Start:p.End])
		if err != nil {
			return l, fmt.Errorf("%s: %w", id, err)
		}
		fmt.Fprintf(h, "p %d\n", p.Start)
		for _, t := range doc.Tokens() {
			fmt.Fprintf(h, "t %d %q %q %q\n", t.Start, t.Text, t.Tag, t.Label)
		}
		for _, s := range doc.Sentences() {
			fmt.Fprintf(h, "s %d %q\n", s.Start, s.Text)
		}
		for _, e := range doc.Entities() {
			fmt.Fprintf(h, "e %d %q %q\n", e.Start, e.Text, e.Label)
		}
		l.tokens += len(doc.Tokens())
		l.sentences += len(doc.Sentences())
		l.entities += len(doc.Entities())
	}
	l.sum = hex.EncodeToString(h.Sum(nil))[:32]
	return l, nil
}

// digestAll digests texts on every core, in their order.
func digestAll(t testing.TB, texts []proseText) []digestLine {
	t.Helper()
	out := make([]digestLine, len(texts))
	errs := make([]error, len(texts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				out[i], errs[i] = digest(texts[i].id, texts[i].text)
			}
		})
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

const goldenHeader = "# id\tparagraphs\ttokens\tsentences\tentities\tsha256 (first 128 bits)"

func writeGolden(t testing.TB, path, version string, lines []digestLine) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "# prose output: %s %s, unpatched; texts annotated a paragraph at a time (prose_test.go)\n", proseModule, version)
	b.WriteString(goldenHeader + "\n")
	for _, l := range lines {
		b.WriteString(l.String() + "\n")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readGolden(t testing.TB, path string) []digestLine {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with -update from unpatched prose; see prose_test.go)", err)
	}
	var out []digestLine
	for n, s := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(s, "#") {
			continue
		}
		var l digestLine
		f := strings.Split(s, "\t")
		if len(f) != 6 {
			t.Fatalf("%s:%d: %d fields, want 6", path, n+1, len(f))
		}
		l.id, l.sum = f[0], f[5]
		for i, p := range []*int{&l.paragraphs, &l.tokens, &l.sentences, &l.entities} {
			if _, err := fmt.Sscan(f[i+1], p); err != nil {
				t.Fatalf("%s:%d: field %d: %v", path, n+1, i+2, err)
			}
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no articles", path)
	}
	return out
}

// BenchmarkProseABP is prose alone on the first 300 ABP articles, a
// paragraph at a time as corpus/nlp feeds it, on GOMAXPROCS workers: the
// throughput of TestProseUnchanged's texts. Run it with GOMAXPROCS=1 and 2,
// and against prose v3.2.3 with the -modfile of the comment at the top of
// this file (docs/performance.md).
func BenchmarkProseABP(b *testing.B) {
	texts := abpTexts(b)
	var paras []string
	words := 0
	for _, t := range texts {
		words += corpus.CountWords(t.text)
		for _, p := range corpus.Paragraphs(t.text) {
			paras = append(paras, t.text[p.Start:p.End])
		}
	}
	var tokens atomic.Int64
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		work := make(chan string)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for p := range work {
					doc, err := prose.NewDocument(p)
					if err != nil {
						b.Error(err)
						continue
					}
					tokens.Add(int64(len(doc.Tokens())))
				}
			})
		}
		for _, p := range paras {
			work <- p
		}
		close(work)
		wg.Wait()
	}
	b.StopTimer()
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(tokens.Load())/s, "tokens/s")
	b.ReportMetric(float64(words*b.N)/s, "words/s")
	b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}

// cpuSeconds is the process's user and system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// startupEnv tells TestProseStartupChild what to do in the process
// BenchmarkProseStartup starts.
const startupEnv = "FRAMEDIFF_PROSE_STARTUP"

// BenchmarkProseStartup times a new process of this test binary that
// annotates one sentence ("first-document": prose's models loaded and
// indexed) against one that does nothing ("process"); the difference is
// prose's start-up.
func BenchmarkProseStartup(b *testing.B) {
	for _, mode := range []string{"process", "first-document"} {
		b.Run(mode, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(os.Args[0], "-test.run=^TestProseStartupChild$", "-test.count=1")
				cmd.Env = append(os.Environ(), startupEnv+"="+mode)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v: %s", err, out)
				}
			}
		})
	}
}

// TestProseStartupChild is the process BenchmarkProseStartup starts; run
// on its own it skips.
func TestProseStartupChild(t *testing.T) {
	switch os.Getenv(startupEnv) {
	case "":
		t.Skip("the child process of BenchmarkProseStartup")
	case "first-document":
		doc, err := prose.NewDocument("Marie Curie studied in Paris.")
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Entities()) == 0 {
			t.Error("no entity in the first document")
		}
	}
}
