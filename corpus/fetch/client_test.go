package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// page is a small article page the test servers serve.
const page = `<!DOCTYPE html><html><head><title>Talks in Geneva</title></head>
<body><article><p>Delegations met in Geneva on Monday.</p></article></body></html>`

// virtualClock runs time forward when the Client sleeps, and records how
// long it slept in all. It is for tests where one goroutine fetches.
type virtualClock struct {
	mu    sync.Mutex
	now   time.Time
	slept time.Duration
	naps  []time.Duration
}

func newVirtualClock() *virtualClock {
	return &virtualClock{now: time.Date(2022, 2, 12, 18, 0, 0, 0, time.UTC)}
}

func (c *virtualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *virtualClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.slept += d
	c.naps = append(c.naps, d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *virtualClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// testOptions are fast options: no real waits (the virtual clock), tiny
// timeouts for the hanging handlers, small size caps.
func testOptions(clock Clock) Options {
	return Options{
		Version:        "1.2.3",
		Contact:        "ops@example.org",
		HostInterval:   time.Second, // virtual
		ConnectTimeout: 2 * time.Second,
		HeaderTimeout:  150 * time.Millisecond,
		BodyTimeout:    400 * time.Millisecond,
		Retries:        2,
		Backoff:        time.Second, // virtual
		MaxBytes:       1 << 20,
		MaxDecoded:     1 << 20,
		Clock:          clock,
	}
}

// server is a test site: a robots.txt, routes, and counts of what it was
// asked.
type server struct {
	*httptest.Server
	mu        sync.Mutex
	hits      map[string]int
	uncond    map[string]int // requests without If-None-Match or If-Modified-Since
	agents    map[string]bool
	stop      chan struct{} // closed at cleanup, to release hanging handlers
	inFlight  atomic.Int32
	maxFlight atomic.Int32
}

func newServer(t *testing.T, robots string, routes map[string]http.HandlerFunc) *server {
	t.Helper()
	s := &server{hits: map[string]int{}, uncond: map[string]int{}, agents: map[string]bool{}, stop: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("ETag", `"robots-1"`)
		if r.Header.Get("If-None-Match") == `"robots-1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, robots)
	})
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			m := s.maxFlight.Load()
			if n <= m || s.maxFlight.CompareAndSwap(m, n) {
				break
			}
		}
		s.mu.Lock()
		s.hits[r.URL.Path]++
		if r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == "" {
			s.uncond[r.URL.Path]++
		}
		s.agents[r.Header.Get("User-Agent")] = true
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		close(s.stop)
		s.Close()
	})
	return s
}

func (s *server) count(path string) (hits, unconditional int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path], s.uncond[path]
}

// html serves body as a page with an ETag, answering 304 to a request
// that has it.
func html(body, etag string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if etag != "" {
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		fmt.Fprint(w, body)
	}
}

func redirect(to string, code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, code) }
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestGet fetches every kind of page and failure from one site and
// checks the page, or the failure's kind, reason and whether it is
// temporary, and how many requests the server saw.
func TestGet(t *testing.T) {
	bomb := gzipped(make([]byte, 64<<20)) // 64 MiB of zeros in about 64 KiB
	var flaky atomic.Int32
	s := newServer(t, "User-agent: *\nDisallow: /private/\n", map[string]http.HandlerFunc{
		"/article":      html(page, `"a1"`),
		"/private/memo": html(page, ""),
		"/moved":        redirect("/article", http.StatusMovedPermanently),
		"/found":        redirect("/article?ref=home#top", http.StatusFound),
		"/loop-a":       redirect("/loop-b", http.StatusFound),
		"/loop-b":       redirect("/loop-a", http.StatusFound),
		"/hop/": func(w http.ResponseWriter, r *http.Request) {
			var n int
			fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
		},
		"/to-private": redirect("/private/memo", http.StatusFound),
		"/to-ftp":     redirect("ftp://example.org/file", http.StatusFound),
		"/gone":       func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusNotFound) },
		"/pdf": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7"))
		},
		"/gzip": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped([]byte(page)))
		},
		"/bad-gzip": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write([]byte("this is not gzip at all"))
		},
		"/bomb": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		},
		"/brotli": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte{0x1b, 0x03})
		},
		"/huge": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("<p>padding</p>\n"), 100_000)) // 1.5 MB, streamed without a length
		},
		"/huge-announced": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", "50000000")
			w.WriteHeader(http.StatusOK)
			// Nothing sent: the client must refuse on the header alone.
		},
		"/hang": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusOK)
			for i := 0; i < 100; i++ {
				if _, err := w.Write([]byte("<p>a</p>")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-time.After(20 * time.Millisecond):
				case <-r.Context().Done():
					return
				case <-time.After(5 * time.Second):
					return
				}
			}
		},
		"/unavailable": func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "down", http.StatusServiceUnavailable)
		},
		"/busy-once": func(w http.ResponseWriter, r *http.Request) {
			if flaky.Add(1) == 1 {
				w.Header().Set("Retry-After", "7")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			html(page, "")(w, r)
		},
		"/busy-for-hours": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "7200")
			http.Error(w, "come back tomorrow", http.StatusTooManyRequests)
		},
	})

	tests := []struct {
		path      string
		wantURL   string // the final URL's path, for a page
		kind      Kind   // for a failure
		reason    string // a part of the failure's reason
		temporary bool
		hits      int // requests the server saw for path
	}{
		{path: "/article", wantURL: "/article", hits: 1},
		{path: "/moved", wantURL: "/article", hits: 1},
		{path: "/found", wantURL: "/article?ref=home", hits: 1},
		{path: "/gzip", wantURL: "/gzip", hits: 1},
		{path: "/busy-once", wantURL: "/busy-once", hits: 2},
		{path: "/private/memo", kind: KindRobots, reason: "disallowed by the site's robots.txt", hits: 0},
		{path: "/to-private", kind: KindRobots, reason: "robots.txt", hits: 1},
		{path: "/loop-a", kind: KindRedirect, reason: "redirect loop", hits: 1},
		{path: "/hop/0", kind: KindRedirect, reason: "more than 5 redirects", hits: 1},
		{path: "/to-ftp", kind: KindRedirect, reason: "not an http or https URL", hits: 1},
		{path: "/gone", kind: KindStatus, reason: "HTTP 404 Not Found", hits: 1},
		{path: "/pdf", kind: KindType, reason: "not a web page or feed: content type application/pdf", hits: 1},
		{path: "/bad-gzip", kind: KindEncoding, reason: "unreadable gzip body", hits: 1},
		{path: "/bomb", kind: KindTooLarge, reason: "over the 1 MiB limit once decompressed", hits: 1},
		{path: "/brotli", kind: KindEncoding, reason: "unsupported content encoding br", hits: 1},
		{path: "/huge", kind: KindTooLarge, reason: "over the 1 MiB limit", hits: 1},
		{path: "/huge-announced", kind: KindTooLarge, reason: "47.7 MiB, over the 1 MiB limit", hits: 1},
		{path: "/hang", kind: KindTimeout, reason: "timed out waiting for the response (150ms)", temporary: true, hits: 1},
		{path: "/slow", kind: KindTimeout, reason: "timed out reading the page (400ms for the whole response)", temporary: true, hits: 1},
		{path: "/unavailable", kind: KindStatus, reason: "HTTP 503 Service Unavailable after 3 attempts", temporary: true, hits: 3},
		{path: "/busy-for-hours", kind: KindStatus, reason: "HTTP 429 Too Many Requests: the server asks to wait 2h0m0s, more than 2m0s", temporary: true, hits: 1},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			c, err := New(testOptions(newVirtualClock()))
			if err != nil {
				t.Fatal(err)
			}
			p, err := c.Get(context.Background(), s.URL+tt.path)
			hits, _ := s.count(strings.SplitN(tt.path, "?", 2)[0])
			if hits != tt.hits {
				t.Errorf("the server saw %d requests for %s, want %d", hits, tt.path, tt.hits)
			}
			if tt.kind == 0 {
				if err != nil {
					t.Fatalf("Get: %v", err)
				}
				if p.URL != s.URL+tt.wantURL {
					t.Errorf("URL %q, want %q", p.URL, s.URL+tt.wantURL)
				}
				if string(p.Body) != page {
					t.Errorf("body %q, want the page", p.Body)
				}
				return
			}
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("Get = %v, %v; want an *Error", p, err)
			}
			if fe.Kind != tt.kind || !strings.Contains(fe.Reason, tt.reason) || fe.Temporary() != tt.temporary {
				t.Errorf("error kind %d %q temporary %v; want kind %d containing %q, temporary %v", fe.Kind, fe.Reason, fe.Temporary(), tt.kind, tt.reason, tt.temporary)
			}
			if fe.URL != s.URL+tt.path {
				t.Errorf("error names %q, want the URL asked for", fe.URL)
			}
			if strings.Contains(fe.Reason, "\n") || len(fe.Reason) > 160 {
				t.Errorf("reason %q is not one short line", fe.Reason)
			}
		})
	}
}

// TestRetryAfterHonoured checks that a Retry-After given as a date is
// waited (TestGet waits one in seconds), and that backoff doubles without
// one.
func TestRetryAfterHonoured(t *testing.T) {
	clock := newVirtualClock()
	var calls atomic.Int32
	s := newServer(t, "", map[string]http.HandlerFunc{
		"/date": func(w http.ResponseWriter, r *http.Request) {
			if calls.Add(1) == 1 {
				w.Header().Set("Retry-After", clock.Now().Add(45*time.Second).Format(http.TimeFormat))
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			html(page, "")(w, r)
		},
		"/down": func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) },
	})
	opts := testOptions(clock)
	opts.HostInterval = time.Millisecond
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(context.Background(), s.URL+"/date"); err != nil {
		t.Fatal(err)
	}
	if clock.slept < 45*time.Second || clock.slept > 46*time.Second {
		t.Errorf("slept %v for Retry-After of 45s", clock.slept)
	}

	clock.naps = nil
	_, err = c.Get(context.Background(), s.URL+"/down")
	var fe *Error
	if !errors.As(err, &fe) || fe.Status != http.StatusBadGateway {
		t.Fatalf("Get = %v, want HTTP 502", err)
	}
	// Two retries: waits in [0.5s, 1s] then [1s, 2s] (equal jitter on 1s, 2s),
	// with the host's 1ms interval between.
	var backoffs []time.Duration
	for _, n := range clock.naps {
		if n > 10*time.Millisecond {
			backoffs = append(backoffs, n)
		}
	}
	if len(backoffs) != 2 || backoffs[0] < 500*time.Millisecond || backoffs[0] > time.Second ||
		backoffs[1] < time.Second || backoffs[1] > 2*time.Second {
		t.Errorf("backoff waits %v, want one in [0.5s, 1s] and one in [1s, 2s]", backoffs)
	}
}

// TestConditionalSecondRun fetches pages twice with one cache: the
// second run must send only conditional requests for the pages, none for
// robots.txt (fresh for 24 hours), and give the same bodies; --refresh
// fetches them again unconditionally.
func TestConditionalSecondRun(t *testing.T) {
	s := newServer(t, "User-agent: *\nAllow: /\n", map[string]http.HandlerFunc{
		"/etag": html(page, `"v1"`),
		"/last-modified": func(w http.ResponseWriter, r *http.Request) {
			const lm = "Fri, 11 Feb 2022 10:00:00 GMT"
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Last-Modified", lm)
			if r.Header.Get("If-Modified-Since") == lm {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, page)
		},
		"/permanent": redirect("/etag", http.StatusMovedPermanently),
	})
	dir := t.TempDir()
	paths := []string{"/etag", "/last-modified", "/permanent"}
	run := func(refresh bool) Stats {
		opts := testOptions(newVirtualClock())
		opts.CacheDir, opts.Refresh = dir, refresh
		c, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			pg, err := c.Get(context.Background(), s.URL+p)
			if err != nil {
				t.Fatal(err)
			}
			if string(pg.Body) != page {
				t.Fatalf("%s: body %q", p, pg.Body)
			}
		}
		if err := c.CacheError(); err != nil {
			t.Fatal(err)
		}
		return c.Stats()
	}
	first := run(false)
	_, robotsBefore := s.count("/robots.txt")
	_, etagBefore := s.count("/etag")
	_, lmBefore := s.count("/last-modified")
	_, permBefore := s.count("/permanent")
	second := run(false)
	_, robotsAfter := s.count("/robots.txt")
	_, etagAfter := s.count("/etag")
	_, lmAfter := s.count("/last-modified")
	_, permAfter := s.count("/permanent")
	if robotsAfter != robotsBefore || etagAfter != etagBefore || lmAfter != lmBefore || permAfter != permBefore {
		t.Errorf("second run made unconditional requests: robots %d->%d, etag %d->%d, last-modified %d->%d, permanent %d->%d",
			robotsBefore, robotsAfter, etagBefore, etagAfter, lmBefore, lmAfter, permBefore, permAfter)
	}
	if second.Requests != second.Conditional || second.NotModified != 3 || second.Downloaded != 0 {
		t.Errorf("second run: %+v; want every request conditional and three 304s (the first run: %+v)", second, first)
	}
	third := run(true)
	if third.Conditional != 0 || third.Downloaded != 3 {
		t.Errorf("refresh run: %+v; want three unconditional downloads", third)
	}
}

// TestFreshCopyNoRequest checks that a page within its max-age is used
// without a request, that a stale one is revalidated, that no-store pages
// are not kept, and that a kept page that comes back without a validator
// is dropped.
func TestFreshCopyNoRequest(t *testing.T) {
	var noValidator atomic.Bool
	s := newServer(t, "", map[string]http.HandlerFunc{
		"/fresh": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "max-age=600")
			html(page, `"f"`)(w, r)
		},
		"/private": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-store")
			html(page, `"p"`)(w, r)
		},
		"/changing": func(w http.ResponseWriter, r *http.Request) {
			if noValidator.Load() {
				html(page+"<p>updated</p>", "")(w, r)
				return
			}
			html(page, `"c1"`)(w, r)
		},
	})
	clock := newVirtualClock()
	opts := testOptions(clock)
	opts.CacheDir = t.TempDir()
	get := func(p string) {
		c, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Get(context.Background(), s.URL+p); err != nil {
			t.Fatal(err)
		}
	}
	get("/fresh")
	get("/fresh")
	if hits, _ := s.count("/fresh"); hits != 1 {
		t.Errorf("a fresh copy was asked for again: %d requests", hits)
	}
	clock.advance(11 * time.Minute)
	get("/fresh")
	if hits, uncond := s.count("/fresh"); hits != 2 || uncond != 1 {
		t.Errorf("stale copy: %d requests, %d unconditional; want 2, 1", hits, uncond)
	}
	get("/private")
	get("/private")
	if _, uncond := s.count("/private"); uncond != 2 {
		t.Errorf("no-store page: %d unconditional requests, want 2 (nothing kept)", uncond)
	}
	// A page that was kept and comes back without a validator is dropped.
	get("/changing")
	noValidator.Store(true)
	get("/changing")
	get("/changing")
	if hits, uncond := s.count("/changing"); hits != 3 || uncond != 2 {
		t.Errorf("page that lost its validator: %d requests, %d unconditional; want 3, 2", hits, uncond)
	}
}

// TestCorruptCache checks that an unreadable cache file is a miss.
func TestCorruptCache(t *testing.T) {
	s := newServer(t, "", map[string]http.HandlerFunc{"/a": html(page, `"a"`)})
	opts := testOptions(newVirtualClock())
	opts.CacheDir = t.TempDir()
	c, _ := New(opts)
	if _, err := c.Get(context.Background(), s.URL+"/a"); err != nil {
		t.Fatal(err)
	}
	u, _ := Normalize(s.URL + "/a")
	for _, garbage := range [][]byte{nil, []byte("{not json\n"), []byte(`{"url":"` + u.String() + `","size":10}` + "\nnot gzip")} {
		if err := writeFile(c.cache.path(u.String()), garbage); err != nil {
			t.Fatal(err)
		}
		p, err := c.Get(context.Background(), s.URL+"/a")
		if err != nil || string(p.Body) != page || p.Cached {
			t.Errorf("after a corrupt cache file %q: %v, cached %v", garbage, err, p != nil && p.Cached)
		}
	}
}

// TestRobots checks which group applies, Crawl-delay, and what an
// unreadable robots.txt means.
func TestRobots(t *testing.T) {
	tests := []struct {
		name    string
		robots  http.HandlerFunc
		path    string
		allowed bool
		reason  string
		delay   time.Duration // the least wait between two requests
	}{
		{"own group wins", text("User-agent: *\nDisallow: /\n\nUser-agent: framediff\nDisallow: /private\n"), "/news/a", true, "", 0},
		{"own group denies", text("User-agent: *\nAllow: /\n\nUser-agent: framediff\nDisallow: /news\n"), "/news/a", false, "disallowed", 0},
		{"star denies", text("User-agent: *\nDisallow: /news/\n"), "/news/a", false, "disallowed", 0},
		{"query matched", text("User-agent: *\nDisallow: /*?print=\n"), "/news/a?print=1", false, "disallowed", 0},
		{"longest rule wins", text("User-agent: *\nDisallow: /news/\nAllow: /news/a\n"), "/news/a", true, "", 0},
		{"rules before any agent", text("Disallow: /news/\n"), "/news/a", false, "disallowed", 0},
		{"bad crawl-delay ignored", text("User-agent: *\nCrawl-delay: soon\nDisallow: /news/\n"), "/news/a", false, "disallowed", 0},
		{"crawl-delay", text("User-agent: *\nCrawl-delay: 5\n"), "/news/a", true, "", 5 * time.Second},
		{"crawl-delay capped", text("User-agent: framediff\nCrawl-delay: 3600\n"), "/news/a", true, "", time.Minute},
		{"404 allows", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, "/news/a", true, "", 0},
		{"401 allows", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(401) }, "/news/a", true, "", 0},
		{"503 denies", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) }, "/news/a", false, "robots.txt unavailable (HTTP 503 Service Unavailable)", 0},
		{"redirected", redirect("/site-robots.txt", http.StatusMovedPermanently), "/news/a", false, "disallowed", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", tt.robots)
			mux.HandleFunc("/site-robots.txt", text("User-agent: *\nDisallow: /news/\n"))
			mux.HandleFunc("/", html(page, ""))
			srv := httptest.NewServer(mux)
			defer srv.Close()
			clock := newVirtualClock()
			opts := testOptions(clock)
			opts.HostInterval = time.Millisecond
			c, _ := New(opts)
			for i := 0; i < 2; i++ {
				_, err := c.Get(context.Background(), srv.URL+tt.path)
				var fe *Error
				switch {
				case tt.allowed && err != nil:
					t.Fatalf("Get: %v", err)
				case !tt.allowed && (!errors.As(err, &fe) || fe.Kind != KindRobots || !strings.Contains(fe.Reason, tt.reason)):
					t.Fatalf("Get = %v; want a robots.txt refusal saying %q", err, tt.reason)
				}
			}
			if tt.delay > 0 {
				var longest time.Duration
				for _, n := range clock.naps {
					longest = max(longest, n)
				}
				if longest != tt.delay {
					t.Errorf("longest wait %v, want the crawl delay %v", longest, tt.delay)
				}
			}
		})
	}
}

func text(s string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, s)
	}
}

// TestRobotsTTL checks that robots.txt is read once for many pages and
// asked for again, conditionally, after RobotsTTL.
func TestRobotsTTL(t *testing.T) {
	s := newServer(t, "User-agent: *\nDisallow: /x\n", map[string]http.HandlerFunc{"/": html(page, "")})
	clock := newVirtualClock()
	opts := testOptions(clock)
	opts.CacheDir = t.TempDir()
	get := func(p string) {
		c, _ := New(opts)
		if _, err := c.Get(context.Background(), s.URL+p); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"/a", "/b", "/c"} {
		get(p)
	}
	if hits, _ := s.count("/robots.txt"); hits != 1 {
		t.Errorf("robots.txt asked for %d times within a day, want once", hits)
	}
	clock.advance(RobotsTTL + time.Minute)
	get("/d")
	if hits, uncond := s.count("/robots.txt"); hits != 2 || uncond != 1 {
		t.Errorf("after a day: robots.txt %d requests, %d unconditional; want 2, 1", hits, uncond)
	}
}

// TestHostRate checks the per-host interval in virtual time: three pages
// of one host wait two intervals, and the first request to another host
// waits for nothing.
func TestHostRate(t *testing.T) {
	a := newServer(t, "", map[string]http.HandlerFunc{"/": html(page, "")})
	b := newServer(t, "", map[string]http.HandlerFunc{"/": html(page, "")})
	clock := newVirtualClock()
	opts := testOptions(clock)
	opts.HostInterval = 2 * time.Second
	c, _ := New(opts)
	// robots.txt, then three pages: three waits of 2s.
	for _, p := range []string{"/1", "/2", "/3"} {
		if _, err := c.Get(context.Background(), a.URL+p); err != nil {
			t.Fatal(err)
		}
	}
	if clock.slept != 6*time.Second {
		t.Errorf("one host: slept %v, want 6s", clock.slept)
	}
	before := clock.slept
	if _, err := c.Get(context.Background(), b.URL+"/1"); err != nil {
		t.Fatal(err)
	}
	// Another host: its robots.txt now, its page 2s later.
	if got := clock.slept - before; got != 2*time.Second {
		t.Errorf("another host waited %v, want 2s (between its robots.txt and its page)", got)
	}
}

// TestConcurrencyCap fetches from many hosts at once and checks that no
// more requests are open than Options.Concurrency.
func TestConcurrencyCap(t *testing.T) {
	var open, peak atomic.Int32
	var servers []*server
	for i := 0; i < 4; i++ {
		servers = append(servers, newServer(t, "", map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
			n := open.Add(1)
			defer open.Add(-1)
			for m := peak.Load(); n > m && !peak.CompareAndSwap(m, n); m = peak.Load() {
			}
			time.Sleep(15 * time.Millisecond)
			html(page, "")(w, r)
		}}))
	}
	opts := testOptions(nil) // the real clock: requests overlap in time
	opts.HostInterval = time.Microsecond
	opts.Concurrency = 2
	c, _ := New(opts)
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), fmt.Sprintf("%s/%d", servers[i%4].URL, i)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if c.Stats().Requests != 16+4 {
		t.Errorf("%d requests, want 16 pages and 4 robots.txt", c.Stats().Requests)
	}
	// The pages take 15ms each: without the cap, four hosts would overlap.
	if p := peak.Load(); p != 2 {
		t.Errorf("at most %d pages were being served at once, want the cap of 2 reached and kept", p)
	}
}

// TestUserAgent checks the User-Agent every request carries.
func TestUserAgent(t *testing.T) {
	s := newServer(t, "User-agent: *\nAllow: /\n", map[string]http.HandlerFunc{"/": html(page, "")})
	c, _ := New(testOptions(newVirtualClock()))
	if _, err := c.Get(context.Background(), s.URL+"/a"); err != nil {
		t.Fatal(err)
	}
	want := "framediff/1.2.3 (+https://github.com/framediff/framediff; ops@example.org)"
	if len(s.agents) != 1 || !s.agents[want] {
		t.Errorf("User-Agents %v, want only %q", s.agents, want)
	}
}

// TestNetworkFailures checks the reasons of failures below HTTP, with a
// transport that fails as the network would, and a closed port.
func TestNetworkFailures(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/a"
	l.Close()
	tests := []struct {
		name   string
		dial   func(ctx context.Context, network, addr string) (net.Conn, error)
		url    string
		kind   Kind
		reason string
	}{
		{"refused", nil, closed, KindRefused, "connection refused"},
		{"no such host", func(ctx context.Context, network, addr string) (net.Conn, error) {
			return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "no such host", Name: "news.invalid", IsNotFound: true}}
		}, "http://news.invalid/a", KindDNS, "host not found: news.invalid"},
		{"DNS server failure", func(ctx context.Context, network, addr string) (net.Conn, error) {
			return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "server misbehaving", Name: "news.invalid", IsTemporary: true}}
		}, "http://news.invalid/a", KindDNS, "DNS lookup failed for news.invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions(newVirtualClock())
			if tt.dial != nil {
				opts.Transport = &http.Transport{DialContext: tt.dial}
			}
			c, _ := New(opts)
			_, err := c.Get(context.Background(), tt.url)
			var fe *Error
			if !errors.As(err, &fe) || fe.Kind != tt.kind || fe.Reason != tt.reason || !fe.Temporary() {
				t.Fatalf("Get = %v; want kind %d %q, temporary", err, tt.kind, tt.reason)
			}
		})
	}
}

// TestCancel checks that a cancelled context returns the context's
// error, not an *Error.
func TestCancel(t *testing.T) {
	s := newServer(t, "", map[string]http.HandlerFunc{"/hang": func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}})
	opts := testOptions(nil)
	opts.HostInterval = time.Microsecond
	opts.HeaderTimeout = 10 * time.Second
	c, _ := New(opts)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := c.Get(ctx, s.URL+"/hang")
	var fe *Error
	if errors.As(err, &fe) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get = %v, want the context's error", err)
	}
}

func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o600) }

// TestRobotsRenewed checks that one long-lived Client (a feed poller's)
// reads robots.txt again after RobotsTTL, and after robotsRetry when it
// could not be read.
func TestRobotsRenewed(t *testing.T) {
	var down atomic.Bool
	var rules atomic.Value
	rules.Store("User-agent: *\nAllow: /\n")
	var robotsHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsHits.Add(1)
		if down.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, rules.Load().(string))
	})
	mux.HandleFunc("/", html(page, ""))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	clock := newVirtualClock()
	c, _ := New(testOptions(clock))
	get := func() error {
		_, err := c.Get(context.Background(), srv.URL+"/news/a")
		return err
	}
	if err := get(); err != nil {
		t.Fatal(err)
	}
	rules.Store("User-agent: *\nDisallow: /news/\n")
	clock.advance(time.Hour)
	if err := get(); err != nil || robotsHits.Load() != 1 {
		t.Fatalf("within a day: %v, robots.txt read %d times", err, robotsHits.Load())
	}
	clock.advance(RobotsTTL)
	var fe *Error
	if err := get(); !errors.As(err, &fe) || fe.Kind != KindRobots || robotsHits.Load() != 2 {
		t.Fatalf("after a day: %v, robots.txt read %d times; want the new rule", err, robotsHits.Load())
	}
	rules.Store("User-agent: *\nAllow: /\n")
	down.Store(true)
	clock.advance(RobotsTTL + time.Minute)
	if err := get(); !errors.As(err, &fe) || !fe.Temporary() || !strings.Contains(fe.Reason, "robots.txt unavailable") {
		t.Fatalf("robots.txt down: %v", err)
	}
	down.Store(false)
	clock.advance(robotsRetry + time.Second)
	if err := get(); err != nil {
		t.Fatalf("robots.txt back: %v", err)
	}
}

// TestHoldDelaysHost checks that a hold on a host (what a Retry-After
// sets) delays every later request to it, and no other host.
func TestHoldDelaysHost(t *testing.T) {
	a := newServer(t, "", map[string]http.HandlerFunc{"/": html(page, "")})
	b := newServer(t, "", map[string]http.HandlerFunc{"/": html(page, "")})
	clock := newVirtualClock()
	opts := testOptions(clock)
	opts.HostInterval = time.Millisecond
	c, _ := New(opts)
	ua, _ := Normalize(a.URL)
	c.hostOf(hostKey(ua)).hold(clock.Now().Add(30 * time.Second))
	if _, err := c.Get(context.Background(), b.URL+"/x"); err != nil {
		t.Fatal(err)
	}
	if clock.slept > 10*time.Millisecond {
		t.Errorf("another host waited %v", clock.slept)
	}
	if _, err := c.Get(context.Background(), a.URL+"/x"); err != nil {
		t.Fatal(err)
	}
	if clock.slept < 30*time.Second {
		t.Errorf("the held host was asked after %v, before its 30s hold", clock.slept)
	}
}
