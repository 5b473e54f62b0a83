package abp

import (
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// write gzips lines into a file of a temporary directory and returns its path.
func write(t *testing.T, lines ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "articles.jsonl.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(strings.Join(lines, "\n") + "\n")); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEach(t *testing.T) {
	path := write(t,
		`{"id":"a1","bias":"left","text":"Talks stalled on Friday.\n\nThe envoy's aides said they'd return."}`,
		`{"id":"a2","bias":"right","text":""}`,
	)
	type got struct {
		Line       int
		Bias       string
		Paragraphs [][]string
	}
	var all []got
	err := Each(path, func(a *Article) error {
		ps := make([][]string, len(a.Paragraphs))
		for i, p := range a.Paragraphs {
			ps[i] = append([]string(nil), p...) // the slices are reused
		}
		all = append(all, got{a.Line, a.Bias, ps})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Line != 1 || all[0].Bias != "left" || all[1].Line != 2 || len(all[1].Paragraphs) != 0 {
		t.Fatalf("articles: %+v", all)
	}
	if len(all[0].Paragraphs) != 2 {
		t.Fatalf("paragraphs of the first article: %q, want 2", all[0].Paragraphs)
	}
	if p := all[0].Paragraphs[0]; !reflect.DeepEqual(p[:3], []string{"Talks", "stalled", "on"}) {
		t.Errorf("first paragraph's words: %q", p)
	}
}

func TestEachErrors(t *testing.T) {
	stop := errors.New("stop")
	tests := []struct {
		name     string
		lines    []string
		fn       func(*Article) error
		wantLine int // a *corpus.ParseError at this line; 0: want stop
	}{
		{"not JSON", []string{`{"text":"fine"}`, `{"text":`}, func(*Article) error { return nil }, 2},
		{"the caller stops", []string{`{"text":"one"}`, `{"text":"two"}`}, func(*Article) error { return stop }, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Each(write(t, tc.lines...), tc.fn)
			if tc.wantLine == 0 {
				if !errors.Is(err, stop) {
					t.Fatalf("err = %v, want the caller's", err)
				}
				return
			}
			var pe *corpus.ParseError
			if !errors.As(err, &pe) || pe.Line != tc.wantLine || !strings.HasSuffix(pe.Source, "articles.jsonl.gz") {
				t.Fatalf("err = %v, want a parse error at line %d naming the file", err, tc.wantLine)
			}
		})
	}
	if err := Each(filepath.Join(t.TempDir(), "absent.gz"), func(*Article) error { return nil }); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("absent file: %v", err)
	}
}
