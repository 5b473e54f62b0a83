package store

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/fetch"
)

// TestIngestURLs ingests two fetched pages, finds them by URL, and
// ingests them again through the fetcher's cache: only conditional
// requests, nothing annotated, nothing added.
func TestIngestURLs(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		pages := map[string]string{"/ferry": "harbour-gazette-ferry.html", "/vineyard": "lakeside-herald-vineyard-cp1252.html"}
		bodies := map[string][]byte{}
		for p, name := range pages {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "web", name))
			if err != nil {
				t.Fatal(err)
			}
			bodies[p] = b
		}
		var mu sync.Mutex
		unconditional := 0
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, ok := bodies[r.URL.Path]
			if !ok {
				http.NotFound(w, r)
				return
			}
			mu.Lock()
			if r.Header.Get("If-None-Match") == "" {
				unconditional++
			}
			mu.Unlock()
			w.Header().Set("ETag", `"`+r.URL.Path[1:]+`"`)
			if r.Header.Get("If-None-Match") == `"`+r.URL.Path[1:]+`"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			w.Write(b)
		}))
		defer srv.Close()
		ctx := context.Background()
		s := e.open(t)
		cache := t.TempDir()
		urls := []string{srv.URL + "/ferry", srv.URL + "/vineyard", srv.URL + "/missing"}
		ingest := func() IngestStats {
			t.Helper()
			c, err := fetch.New(fetch.Options{CacheDir: cache, HostInterval: time.Microsecond})
			if err != nil {
				t.Fatal(err)
			}
			st, err := s.Ingest(ctx, urls, nil, IngestOptions{Fetcher: c})
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		if st := ingest(); st.Added != 2 || st.Skipped != 1 {
			t.Fatalf("first ingest: %+v, want 2 added and 1 skipped", st)
		}
		known, err := s.KnownURLs(ctx, urls)
		if err != nil {
			t.Fatal(err)
		}
		if len(known) != 2 || !known[urls[0]] || !known[urls[1]] {
			t.Errorf("known URLs %v, want the two pages", known)
		}
		first := unconditional
		if st := ingest(); st.Unchanged != 2 || st.Annotated != 0 || st.Added != 0 {
			t.Errorf("second ingest: %+v, want 2 unchanged and nothing annotated", st)
		}
		if unconditional != first {
			t.Errorf("the second ingest made %d unconditional requests", unconditional-first)
		}
		docs, _, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.URL != d.Source.Path {
				t.Errorf("stored URL %q, source %q: want the URL fetched as both", d.URL, d.Source.Path)
			}
		}
	})
}
