package report

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// renderAll renders a result in every format, each CSV table on its own.
func renderAll(t testing.TB, r *compare.Result) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	renderers := map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return Text(b, r, "framediff test") },
		"json":     func(b *bytes.Buffer) error { return JSON(b, r, "framediff test") },
		"markdown": func(b *bytes.Buffer) error { return Markdown(b, r, "framediff test") },
		"html":     func(b *bytes.Buffer) error { return HTML(b, r, "framediff test") },
	}
	for _, name := range CSVTables() {
		renderers[name+".csv"] = func(b *bytes.Buffer) error { return CSVTable(b, r, name) }
	}
	for name, render := range renderers {
		var b bytes.Buffer
		if err := render(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = b.Bytes()
	}
	return out
}

// TestDeterministic runs the demo with its inputs shuffled, on different
// numbers of workers and of CPUs, and asserts every format is byte for byte
// the same.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates the sample corpus three times")
	}
	want := renderAll(t, demoResult(t))
	for _, run := range []struct {
		seed       uint64
		workers    int
		gomaxprocs int
	}{
		{1, 1, 1},
		{2, 3, 2},
		{3, 8, runtime.NumCPU()},
	} {
		t.Run(fmt.Sprintf("seed %d, %d workers, GOMAXPROCS %d", run.seed, run.workers, run.gomaxprocs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(run.gomaxprocs))
			docs, skipped := annotateSample(t, rand.New(rand.NewPCG(run.seed, 0)), run.workers)
			got := renderAll(t, compareDocs(t, docs, skipped, compare.DefaultOptions()))
			for name, w := range want {
				if !bytes.Equal(got[name], w) {
					t.Errorf("%s differs from the demo's (%d bytes against %d)", name, len(got[name]), len(w))
				}
			}
		})
	}
}

// sharedData is the directory of real data beside the module, or "" when a
// clone has none.
func sharedData(t *testing.T, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent (it lives beside the module root, in ../shared, not in a clone): %v", p, err)
	}
	return p
}

// TestSeedReports renders the sample corpus with the real scraped article
// in ../shared/seeds in every format and checks each as the other tests do:
// the JSON against its schema, the HTML for safety and size.
func TestSeedReports(t *testing.T) {
	seeds := sharedData(t, "seeds")
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{filepath.Join("..", "testdata", "corpus"), seeds}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, failed, err := (&nlp.Annotator{}).Annotate(ctx, set.Articles)
	if err != nil {
		t.Fatal(err)
	}
	r := compareDocs(t, docs, append(set.Skipped, failed...), compare.DefaultOptions())
	out := renderAll(t, r)
	checkSafe(t, out["html"], articleURLs(r))
	if len(out["html"]) > sizeLimit {
		t.Errorf("HTML of %d bytes", len(out["html"]))
	}
	v, err := jsonUnmarshal(out["json"])
	if err != nil {
		t.Fatal(err)
	}
	if err := reportSchema(t).Validate(v); err != nil {
		t.Errorf("the JSON does not match the schema: %v", err)
	}
	t.Logf("%d articles, %d events; HTML %d bytes, Markdown %d, JSON %d", len(r.Articles), len(r.Events), len(out["html"]), len(out["markdown"]), len(out["json"]))
}
