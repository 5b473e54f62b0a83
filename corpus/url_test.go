package corpus

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/framediff/framediff/corpus/fetch"
)

// testFetcher is a Client that waits for nothing but the test server:
// no cache unless dir is set, no real rate limit.
func testFetcher(t testing.TB, dir string) *fetch.Client {
	t.Helper()
	c, err := fetch.New(fetch.Options{
		Version:       "test",
		CacheDir:      dir,
		HostInterval:  time.Microsecond,
		HeaderTimeout: 300 * time.Millisecond,
		BodyTimeout:   time.Second,
		Backoff:       time.Millisecond,
		MaxBackoff:    5 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// webPage reads a page of testdata/web.
func webPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "web", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serve answers with body and the given Content-Type.
func serve(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		} else {
			w.Header()["Content-Type"] = nil // no sniffing by net/http
		}
		w.Write(body)
	}
}

const testFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette - Local</title><link>https://harbourgazette.example/</link>
<item><title>Harbour lights to be replaced</title><link>https://harbourgazette.example/lights</link>
<pubDate>Tue, 09 May 2023 10:00:00 +0100</pubDate>
<description>The council will replace the harbour's forty gas lamps with electric ones that keep their old iron posts, after a consultation in which most residents asked for the posts to stay.</description></item>
</channel></rss>`

// TestLoadURLs reads pages, a feed and failures from a local server
// through Load, beside a file, and checks each article's metadata and
// text, and each skipped URL's reason.
func TestLoadURLs(t *testing.T) {
	ferry := webPage(t, "harbour-gazette-ferry.html")
	vineyard := webPage(t, "lakeside-herald-vineyard-cp1252.html")
	bridge := webPage(t, "severny-vestnik-bridge-cp1251.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", serve("text/plain", []byte("User-agent: *\nDisallow: /members/\n")))
	mux.HandleFunc("/ferry", serve("text/html; charset=utf-8", ferry))
	mux.HandleFunc("/vineyard", serve("text/html; charset=windows-1252", vineyard))
	mux.HandleFunc("/bridge-no-header", serve("", bridge))
	mux.HandleFunc("/short-link", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ferry?utm_source=feed", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/feed.xml", serve("application/rss+xml", []byte(testFeed)))
	mux.HandleFunc("/members/ferry", serve("text/html", ferry))
	mux.HandleFunc("/brochure.pdf", serve("application/pdf", []byte("%PDF-1.4 brochure")))
	mux.HandleFunc("/menu", serve("text/html", []byte(`<html><body><nav><a href="/">Home</a></nav></body></html>`)))
	mux.HandleFunc("/empty", serve("text/html", nil))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	u := func(p string) string { return srv.URL + p }

	type want struct {
		url, outlet, title, text, lang string
		format                         string
	}
	articles := map[string]want{
		u("/ferry"): {u("/ferry"), "Harbour Gazette", "Ferry strike ends after café owners join talks",
			"“We were the ones paying for a dispute we had no part in,” said Elin Varga", "en", "html"},
		u("/vineyard"): {u("/vineyard"), "Lakeside Herald", "Vineyard co-operative votes to merge with its rival",
			"Members of the Côte Basse wine co-operative", "en", "html"},
		u("/bridge-no-header"): {u("/bridge-no-header"), "Северный вестник", "Мост через залив откроют к осени",
			"«Мы опережаем график на два месяца», — сказал главный инженер проекта", "ru", "html"},
		u("/feed.xml") + "#1": {"https://harbourgazette.example/lights", "Harbour Gazette", "Harbour lights to be replaced",
			"forty gas lamps", "en", "feed"},
	}
	skipped := map[string]string{
		u("/members/ferry"): "disallowed by the site's robots.txt",
		u("/brochure.pdf"):  "not a web page or feed: content type application/pdf",
		u("/missing"):       "HTTP 404 Not Found",
		u("/menu"):          "not an article: no article text in the page",
		u("/empty"):         "empty page",
		// The same page as /ferry, by its text and URL.
		u("/short-link"): "duplicate of " + u("/ferry"),
	}
	inputs := []string{filepath.Join("..", "testdata", "formats", "jsonld-page.html")}
	for k := range articles {
		inputs = append(inputs, strings.TrimSuffix(k, "#1"))
	}
	for k := range skipped {
		inputs = append(inputs, k)
	}
	// A fragment is not part of the input's name (#N names a record):
	// this is /vineyard again, a duplicate.
	inputs = append(inputs, u("/vineyard#comments"))
	slices.Sort(inputs)

	set, err := Load(context.Background(), inputs, nil, Options{Fetcher: testFetcher(t, "")})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Article{}
	for _, a := range set.Articles {
		got[a.Source.String()] = a
	}
	for src, w := range articles {
		a, ok := got[src]
		if !ok {
			t.Errorf("%s: no article", src)
			continue
		}
		if a.URL != w.url || a.Outlet != w.outlet || a.Title != w.title || a.Language != w.lang || a.Format != w.format {
			t.Errorf("%s: url %q outlet %q title %q language %q format %q; want %q %q %q %q %q",
				src, a.URL, a.Outlet, a.Title, a.Language, a.Format, w.url, w.outlet, w.title, w.lang, w.format)
		}
		if !strings.Contains(a.Text, w.text) {
			t.Errorf("%s: text does not hold %q:\n%s", src, w.text, a.Text)
		}
		if !a.HasDate() {
			t.Errorf("%s: no date", src)
		}
	}
	if _, ok := got[filepath.Join("..", "testdata", "formats", "jsonld-page.html")]; !ok {
		t.Errorf("the file among the URLs was not read")
	}
	skipped[u("/vineyard")] = "duplicate of " + u("/vineyard")
	reasons := map[string]string{}
	for _, s := range set.Skipped {
		reasons[s.Source] = s.Reason
	}
	for src, r := range skipped {
		if !strings.HasPrefix(reasons[src], r) {
			t.Errorf("%s: skipped with %q, want %q", src, reasons[src], r)
		}
	}
	if n := len(set.Articles) + len(set.Skipped); n != len(articles)+len(skipped)+1 {
		t.Errorf("%d entries, want %d: %v", n, len(articles)+len(skipped)+1, reasons)
	}

	// The same inputs in another order, one at a time and with a cache,
	// give the same set.
	slices.Reverse(inputs)
	again, err := Load(context.Background(), inputs, nil, Options{Fetcher: testFetcher(t, t.TempDir()), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(set, again); d != "" {
		t.Errorf("another order and worker count changed the set (-first +second):\n%s", d)
	}
}

// TestLoadURLCharsets reads pages served with right, wrong and missing
// charsets, one URL at a time (the same page twice would be a duplicate).
func TestLoadURLCharsets(t *testing.T) {
	ferry := webPage(t, "harbour-gazette-ferry.html")              // UTF-8, declared in a meta tag
	vineyard := webPage(t, "lakeside-herald-vineyard-cp1252.html") // windows-1252, undeclared
	bridge := webPage(t, "severny-vestnik-bridge-cp1251.html")     // windows-1251, declared in a meta tag
	tests := []struct {
		name, contentType string
		body              []byte
		want              string
	}{
		{"utf-8 as declared", "text/html; charset=utf-8", ferry, "“We were the ones paying"},
		{"utf-8 served as latin-1", "text/html; charset=iso-8859-1", ferry, "“We were the ones paying"},
		{"utf-8 without a header", "", ferry, "crews’ union"},
		{"windows-1252 as declared", "text/html; charset=windows-1252", vineyard, "said René Dufresne"},
		{"windows-1252 without a charset", "text/html", vineyard, "“It is not the result my father would have wanted,”"},
		{"windows-1252 served as utf-8", "text/html; charset=utf-8", vineyard, "Côte Basse"},
		{"windows-1251 without a charset", "text/html", bridge, "«Мы опережаем график"},
		{"windows-1251 served as utf-8", "text/html; charset=UTF-8", bridge, "Паромная переправа"},
		{"windows-1251 in the header only", "text/html; charset=windows-1251", bytes.Replace(bridge, []byte("charset=windows-1251"), nil, 1), "Жители прибрежных посёлков"},
		{"xhtml", "application/xhtml+xml; charset=utf-8", ferry, "Elin Varga"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(serve(tt.contentType, tt.body))
			defer srv.Close()
			set, err := Load(context.Background(), []string{srv.URL + "/page"}, nil, Options{Fetcher: testFetcher(t, "")})
			if err != nil {
				t.Fatal(err)
			}
			if len(set.Articles) != 1 {
				t.Fatalf("no article: %v", set.Skipped)
			}
			if a := set.Articles[0]; !strings.Contains(a.Text, tt.want) {
				t.Errorf("text does not hold %q:\n%s", tt.want, a.Text)
			}
		})
	}
}

// TestLoadURLsCancelled checks that cancelling a load of URLs returns the
// context's error, not skipped entries.
func TestLoadURLsCancelled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	c, _ := fetch.New(fetch.Options{HostInterval: time.Microsecond, HeaderTimeout: 10 * time.Second})
	set, err := Load(ctx, []string{srv.URL + "/a", srv.URL + "/b"}, nil, Options{Fetcher: c})
	if err == nil {
		t.Fatalf("Load = %d articles, %v skipped; want the context's error", len(set.Articles), set.Skipped)
	}
}

// TestFetchOrder checks that URL inputs take their hosts in turn.
func TestFetchOrder(t *testing.T) {
	inputs := []input{
		{url: "https://a.example/1"}, {url: "https://a.example/2"}, {url: "https://a.example/3"},
		{name: "file.txt"},
		{url: "https://b.example/1"}, {url: "https://c.example/1"}, {url: "https://b.example/2"},
	}
	got := append(fileOrder(inputs), fetchOrder(inputs)...)
	want := []int{3, 0, 4, 5, 1, 6, 2}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

// TestLoadURLsAEB serves real article pages of ../shared/data/aeb, gzip
// encoded as a server sends them, and checks that each fetched page gives
// the text and title its saved file gives: a URL is read like a saved
// page.
func TestLoadURLsAEB(t *testing.T) {
	dir := filepath.Join(sharedPath(t, "data/aeb"), "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		t.Skipf("no pages in %s", dir)
	}
	slices.Sort(names)
	// Every sixth page: 31 pages of as many sites keep the test short.
	var pick []string
	for i := 0; i < len(names); i += 6 {
		pick = append(pick, names[i])
	}
	bodies := map[string][]byte{}
	for _, n := range pick {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		bodies["/"+strings.TrimSuffix(filepath.Base(n), ".gz")] = b
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := bodies[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(b)
	}))
	defer srv.Close()

	fromFiles, err := Load(context.Background(), pick, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, n := range pick {
		urls = append(urls, srv.URL+"/"+strings.TrimSuffix(filepath.Base(n), ".gz"))
	}
	fromURLs, err := Load(context.Background(), urls, nil, Options{Fetcher: testFetcher(t, "")})
	if err != nil {
		t.Fatal(err)
	}
	key := func(source string) string {
		return strings.TrimSuffix(strings.TrimSuffix(filepath.Base(source), ".gz"), ".html")
	}
	files := map[string]Article{}
	for _, a := range fromFiles.Articles {
		files[key(a.Source.Path)] = a
	}
	same := 0
	for _, a := range fromURLs.Articles {
		f, ok := files[key(a.Source.Path)]
		switch {
		case !ok:
			t.Errorf("%s: an article from the URL, none from the file", a.Source.Path)
		case f.Text != a.Text || f.Title != a.Title:
			t.Errorf("%s: the URL gives another text or title than the file (%q vs %q)", a.Source.Path, a.Title, f.Title)
		default:
			same++
		}
	}
	if len(fromURLs.Articles) != len(fromFiles.Articles) || len(fromURLs.Skipped) != len(fromFiles.Skipped) {
		t.Errorf("URLs: %d articles, %d skipped; files: %d, %d", len(fromURLs.Articles), len(fromURLs.Skipped), len(fromFiles.Articles), len(fromFiles.Skipped))
	}
	t.Logf("aeb through URLs: %d of %d pages give the same text and title as their files", same, len(pick))
}

// BenchmarkLoadURL measures reading one page through a local server,
// fetched once and then revalidated from the cache.
func BenchmarkLoadURL(b *testing.B) {
	ferry := webPage(b, "harbour-gazette-ferry.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"1"`)
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		serve("text/html; charset=utf-8", ferry)(w, r)
	}))
	defer srv.Close()
	c := testFetcher(b, b.TempDir())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		set, err := Load(context.Background(), []string{fmt.Sprintf("%s/ferry", srv.URL)}, nil, Options{Fetcher: c})
		if err != nil || len(set.Articles) != 1 {
			b.Fatal(err, set.Skipped)
		}
	}
}

// TestLoadFSAndURLs reads files of a file system (what a page's form
// sent) and URLs in one load: a file holding the text a URL serves is
// found to be its duplicate, names are the files' paths, and a path that
// is no URL is refused.
func TestLoadFSAndURLs(t *testing.T) {
	ferry := webPage(t, "harbour-gazette-ferry.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", serve("text/plain", []byte("User-agent: *\nDisallow:\n")))
	mux.HandleFunc("/ferry", serve("text/html; charset=utf-8", ferry))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	fsys := fstest.MapFS{
		"saved-ferry.html": {Data: ferry},
		"vineyard.txt":     {Data: []byte("Outlet: Lakeside Herald\nDate: 2023-05-09\nTitle: Vineyard votes\n\nMembers of the wine co-operative voted to merge with their rival after two years of talks.\n")},
		".hidden.txt":      {Data: []byte("Outlet: Nobody\n\nA hidden file is not read, as in a directory.\n")},
	}
	set, err := LoadFSAndURLs(context.Background(), fsys, ".", []string{srv.URL + "/ferry#top"}, Options{Fetcher: testFetcher(t, "")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range set.Articles {
		got = append(got, a.Source.Path+" "+a.Outlet)
	}
	slices.Sort(got)
	// The saved page and the served one are one article, kept once.
	if want := []string{srv.URL + "/ferry Harbour Gazette", "vineyard.txt Lakeside Herald"}; !slices.Equal(got, want) {
		t.Errorf("articles %q, want %q", got, want)
	}
	if len(set.Skipped) != 1 || set.Skipped[0].Source != "saved-ferry.html" || set.Skipped[0].Reason != "duplicate of "+srv.URL+"/ferry (same text)" {
		t.Errorf("skipped %+v, want the saved page as a duplicate of the URL", set.Skipped)
	}
	if _, err := LoadFSAndURLs(context.Background(), nil, ".", []string{"/etc/passwd"}, Options{}); err == nil {
		t.Errorf("a path given as a URL was read")
	}
}
