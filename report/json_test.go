package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/framediff/framediff/compare"
	"github.com/google/go-cmp/cmp"
)

// TestJSONStreamed holds the streamed report to what encoding/json writes
// for the whole object at once, so that a field added to compare.Result,
// or an escape, cannot go missing from the stream.
func TestJSONStreamed(t *testing.T) {
	type whole struct {
		Schema    string `json:"schema"`
		Generator string `json:"generator"`
		*compare.Result
	}
	for _, tt := range []struct {
		name string
		r    *compare.Result
	}{
		{"demo", demoResult(t)},
		{"fixture", fixtureResult()},
		{"hostile", hostileResult()},
		{"nil slices", &compare.Result{}},
		{"empty slices", &compare.Result{Articles: []compare.Article{}, Events: []compare.Event{}, Outlets: []string{}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(whole{compare.Schema, "framediff test", tt.r}); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := JSON(&got, tt.r, "framediff test"); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("streamed JSON differs from encoding/json's (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJSONWriteError: a failing writer's error comes back.
func TestJSONWriteError(t *testing.T) {
	if err := JSON(failingWriter{}, fixtureResult(), "framediff test"); !errors.Is(err, errFull) {
		t.Errorf("JSON to a failing writer: %v, want %v", err, errFull)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

var errFull = errors.New("disk full")

// TestJSONGolden holds the JSON report of the hand-built fixture to its
// reviewed golden file; -update rewrites it.
func TestJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, fixtureResult(), "framediff test"); err != nil {
		t.Fatal(err)
	}
	golden(t, "fixture.json.golden", b.Bytes())
}

// indentCases are JSON texts as encoding/json.Marshal writes them, with
// what makes indenting hard: empty objects and arrays, nesting, and
// strings holding quotes, backslashes, brackets, commas and colons.
var indentCases = []string{
	`{}`, `[]`, `[[]]`, `{"a":{}}`, `{"a":[],"b":[{}],"c":[[[]]]}`,
	`{"a":1,"b":[1,2.5e-7,-3],"c":{"d":true,"e":null,"f":false}}`,
	`{"q":"say \"no\", then: [yes] {maybe}","b":"ends in a backslash\\","c":"\\\"","d":"\u003cb\u003e é ∑"}`,
	`[{"x":[{"y":[]},{"z":{}}]},"\\\\",""]`,
	`"a string"`, `12`, `null`,
}

// TestIndentedLikeJSONIndent holds appendIndented to json.Indent on the
// cases above and on every event of the demo report, at the depth the
// report writes events.
func TestIndentedLikeJSONIndent(t *testing.T) {
	srcs := indentCases
	for _, ev := range demoResult(t).Events {
		b, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for _, src := range srcs {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(src), "    ", "  "); err != nil {
			t.Fatalf("%.40s: %v", src, err)
		}
		if got := appendIndented([]byte("x"), []byte(src), "    ", "  "); string(got[1:]) != want.String() || got[0] != 'x' {
			t.Errorf("%.40s: indented\n%s\nwant\n%s", src, got, want.String())
		}
	}
}

// FuzzIndented: whatever valid JSON, compacted as encoding/json writes
// it, appendIndented writes what json.Indent writes.
func FuzzIndented(f *testing.F) {
	for _, c := range indentCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var compact bytes.Buffer
		if json.Compact(&compact, in) != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), ">", "\t"); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented(nil, compact.Bytes(), ">", "\t"); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("indented\n%s\nwant\n%s", got, want.Bytes())
		}
	})
}

// BenchmarkIndented indents the demo report's events as a JSON report
// writes them; BenchmarkJSONIndent does it with json.Indent.
func BenchmarkIndented(b *testing.B) {
	srcs := demoEventsJSON(b)
	var dst []byte
	for b.Loop() {
		for _, src := range srcs {
			dst = appendIndented(dst[:0], src, "    ", "  ")
		}
	}
}

func BenchmarkJSONIndent(b *testing.B) {
	srcs := demoEventsJSON(b)
	var dst bytes.Buffer
	for b.Loop() {
		for _, src := range srcs {
			dst.Reset()
			if err := json.Indent(&dst, src, "    ", "  "); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func demoEventsJSON(b *testing.B) [][]byte {
	var srcs [][]byte
	n := 0
	for _, ev := range demoResult(b).Events {
		src, err := json.Marshal(ev)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		n += len(src)
	}
	b.SetBytes(int64(n))
	return srcs
}
