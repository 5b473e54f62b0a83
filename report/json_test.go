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
