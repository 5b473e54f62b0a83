package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/fetch"
	"github.com/framediff/framediff/corpus/store"
)

// fastFetch are fetch options for tests against a local server: no
// second between two requests to one host, short timeouts.
var fastFetch = fetch.Options{
	HostInterval:  time.Microsecond,
	HeaderTimeout: 500 * time.Millisecond,
	BodyTimeout:   2 * time.Second,
	Backoff:       time.Millisecond,
	MaxBackoff:    5 * time.Millisecond,
}

// runFetching runs the command line as runCmd does, with fastFetch.
func runFetching(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, fetch: fastFetch}
	code := runEnv(ctx, e, args)
	return code, out.String(), errb.String()
}

// site is a local news site: pages by path, a robots.txt, and a count of
// the requests it got, conditional or not.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	pages  map[string]string // path -> HTML or feed
	types  map[string]string // path -> Content-Type, when not text/html
	uncond map[string]int    // requests without a validator, by path
	cond   map[string]int    // conditional requests, by path
}

func newSite(t *testing.T, robots string) *site {
	t.Helper()
	s := &site{pages: map[string]string{}, types: map[string]string{}, uncond: map[string]int{}, cond: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		body, ok := s.pages[r.URL.Path]
		ctype := s.types[r.URL.Path]
		if r.Header.Get("If-None-Match") != "" {
			s.cond[r.URL.Path]++
		} else {
			s.uncond[r.URL.Path]++
		}
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, robots)
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		if ctype == "" {
			ctype = "text/html; charset=utf-8"
		}
		etag := fmt.Sprintf(`"%x"`, len(body)) + fmt.Sprintf(`"%d"`, strings.Count(body, "<"))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", ctype)
		fmt.Fprint(w, body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) set(path, body, ctype string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = body
	if ctype != "" {
		s.types[path] = ctype
	}
}

func (s *site) counts(path string) (uncond, cond int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.uncond[path], s.cond[path]
}

// articlePage renders a sample-corpus text file (header lines, a blank
// line, paragraphs) as the page its outlet would publish: title, site
// name and date in meta tags, the text in <article>, navigation around.
func articlePage(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(b), "\n\n")
	meta := map[string]string{}
	for _, l := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(l, ":")
		meta[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return pageHTML(meta["Outlet"], meta["Title"], meta["Date"], strings.Split(strings.TrimSpace(body), "\n\n"))
}

func pageHTML(outlet, title, date string, paras []string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>%s</h1>`,
		html.EscapeString(title), html.EscapeString(outlet), html.EscapeString(outlet), date, html.EscapeString(title))
	for _, p := range paras {
		fmt.Fprintf(&sb, "<p>%s</p>\n", html.EscapeString(strings.TrimSpace(p)))
	}
	sb.WriteString("</article><footer>Contact us</footer></body></html>")
	return sb.String()
}

// TestCompareURLs is the teacher's workflow: four links to four outlets'
// reports of one event, one command, the report. A second run asks each
// site only whether its page changed and gives the same report; the
// links in another order give it too.
func TestCompareURLs(t *testing.T) {
	files := []string{
		"keystone-wire/2022-02-12-blinken-honolulu.txt",
		"meridian-post/2022-02-12-blinken-honolulu.txt",
		"pacific-ledger/2022-02-12-trilateral-honolulu.txt",
		"capitol-dispatch/2022-02-12-blinken-sanctions.txt",
	}
	var sites []*site
	var urls []string
	for _, f := range files {
		s := newSite(t, "User-agent: *\nDisallow: /account/\n")
		p := "/world/" + strings.TrimSuffix(filepath.Base(f), ".txt")
		s.set(p, articlePage(t, filepath.Join("..", "..", "testdata", "corpus", f)), "")
		sites = append(sites, s)
		urls = append(urls, s.URL+p)
	}
	cache := t.TempDir()
	args := func(urls []string) []string {
		return append([]string{"compare", "--format", "json", "--cache", cache, "--contact", "teacher@school.example"}, urls...)
	}
	code, first, stderr := runFetching(t, context.Background(), args(urls)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Articles []struct{ Outlet, URL, Source string }
		Events   []struct{ Outlets []string }
		Skipped  []struct{ Source, Reason string }
	}
	if err := json.Unmarshal([]byte(first), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 4 || len(r.Skipped) != 0 {
		t.Fatalf("%d articles, skipped %v; want the four pages", len(r.Articles), r.Skipped)
	}
	var outlets []string
	for _, a := range r.Articles {
		if !slices.Contains(urls, a.URL) || a.Source != a.URL {
			t.Errorf("article of %s: url %q source %q, want the URL fetched", a.Outlet, a.URL, a.Source)
		}
		outlets = append(outlets, a.Outlet)
	}
	slices.Sort(outlets)
	if want := []string{"Capitol Dispatch", "Keystone Wire", "Meridian Post", "Pacific Ledger"}; !slices.Equal(outlets, want) {
		t.Errorf("outlets %q, want %q", outlets, want)
	}
	var widest []string
	for _, ev := range r.Events {
		if len(ev.Outlets) > len(widest) {
			widest = ev.Outlets
		}
	}
	if len(widest) < 3 {
		t.Errorf("no event joins three of the four outlets: %+v", r.Events)
	}
	if !strings.Contains(stderr, "fetched 4 pages: 4 downloaded\n") {
		t.Errorf("stderr %q does not sum up the fetches", stderr)
	}

	slices.Reverse(urls)
	code, second, stderr := runFetching(t, context.Background(), args(urls)...)
	if code != exitOK || second != first {
		t.Fatalf("second run, URLs reversed: exit %d, same report %v; stderr %s", code, second == first, stderr)
	}
	if !strings.Contains(stderr, "fetched 4 pages: 4 unchanged since the cached copy\n") {
		t.Errorf("second run stderr %q", stderr)
	}
	for i, s := range sites {
		p := strings.TrimPrefix(urls[len(urls)-1-i], s.URL)
		if uncond, cond := s.counts(p); uncond != 1 || cond != 1 {
			t.Errorf("%s: %d unconditional and %d conditional requests over two runs, want 1 and 1", p, uncond, cond)
		}
		if uncond, cond := s.counts("/robots.txt"); uncond+cond != 1 {
			t.Errorf("robots.txt asked for %d times over two runs, want once (kept a day)", uncond+cond)
		}
	}
}

// TestURLFailures mixes pages that cannot be read with two that can: the
// run goes on, and each failure is a skipped entry with its reason, in
// the report and on stderr.
func TestURLFailures(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /members/\n")
	dir := filepath.Join("..", "..", "testdata", "corpus")
	s.set("/a", articlePage(t, filepath.Join(dir, "keystone-wire/2022-02-12-blinken-honolulu.txt")), "")
	s.set("/b", articlePage(t, filepath.Join(dir, "meridian-post/2022-02-12-blinken-honolulu.txt")), "")
	s.set("/members/c", articlePage(t, filepath.Join(dir, "vostok-review/2022-02-13-blinken-honolulu.txt")), "")
	s.set("/report.pdf", "%PDF-1.4", "application/pdf")
	list := filepath.Join(t.TempDir(), "urls.txt")
	content := "# the class's links\n" + s.URL + "/a\n\n" + s.URL + "/members/c\n" + s.URL + "/report.pdf\n" + s.URL + "/gone\n"
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runFetching(t, context.Background(), "compare", "--format", "json", "--cache", t.TempDir(), "--urls", list, s.URL+"/b")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Articles []struct{ URL string }
		Skipped  []struct{ Source, Reason string }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		s.URL + "/members/c":  "disallowed by the site's robots.txt",
		s.URL + "/report.pdf": "not a web page or feed: content type application/pdf",
		s.URL + "/gone":       "HTTP 404 Not Found",
	}
	if len(r.Articles) != 2 || len(r.Skipped) != len(want) {
		t.Fatalf("%d articles and skipped %v; want 2 and %d", len(r.Articles), r.Skipped, len(want))
	}
	for _, sk := range r.Skipped {
		if want[sk.Source] != sk.Reason {
			t.Errorf("skipped %s: %q, want %q", sk.Source, sk.Reason, want[sk.Source])
		}
		if !strings.Contains(stderr, "skipped "+sk.Source+": "+sk.Reason) {
			t.Errorf("stderr does not say %s was skipped: %s", sk.Source, stderr)
		}
	}
}

// TestFetchFlags checks the flags' validation: each mistake is a usage
// error naming the flag, before anything is fetched.
func TestFetchFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad.txt", "https://news.example/a\n# fine\nnews.example/b\n")
	empty := write("empty.txt", "# nothing yet\n\n")
	db := filepath.Join(dir, "x.db")
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"urls line not a URL", []string{"compare", "--urls", bad}, `--urls: ` + bad + `:3: "news.example/b" is not an http or https URL`},
		{"urls file empty", []string{"events", "--urls", empty}, "lists no URL"},
		{"urls file missing", []string{"inspect", "--urls", filepath.Join(dir, "nope.txt")}, "--urls: open"},
		{"contact with a newline", []string{"compare", "--contact", "a@b.example\nX: y", "https://news.example/a"}, "--contact"},
		{"contact with parentheses", []string{"ingest", "--db", db, "--contact", "(me)", "https://news.example/a"}, "--contact"},
		{"feed not a URL", []string{"ingest", "--db", db, "--feed", "news.example/rss"}, `--feed "news.example/rss": not an http or https URL`},
		{"every too often", []string{"ingest", "--db", db, "--feed", "https://news.example/rss", "--every", "10s"}, "--every 10s: at least 1m0s"},
		{"every without feeds", []string{"ingest", "--db", db, "--every", "15m", "x"}, "--every polls feeds"},
		{"feeds file with a bad line", []string{"ingest", "--db", db, "--feeds", bad}, "--feeds: " + bad + ":3"},
		{"since not a time", []string{"compare", "--db", db, "--since", "yesterday"}, `--since "yesterday": want a date`},
		{"since negative", []string{"compare", "--db", db, "--since", "-24h"}, `--since "-24h"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runFetching(t, context.Background(), tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.stderr)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a usage error created the store")
	}
}

func TestParseAgo(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"24h", 24 * time.Hour, true},
		{"90m", 90 * time.Minute, true},
		{"1h30m", 90 * time.Minute, true},
		{"7d", 7 * 24 * time.Hour, true},
		{"0d", 0, false},
		{"-24h", 0, false},
		{"0s", 0, false},
		{"1.5d", 0, false},
		{"d", 0, false},
		{"2022-02-12", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseAgo(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseAgo(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	now := time.Date(2023, 5, 9, 12, 0, 0, 0, time.UTC)
	if got, err := parseDay("--since", "24h", false, now); err != nil || !got.Equal(now.Add(-24*time.Hour)) {
		t.Errorf("--since 24h = %v, %v; want a day before now", got, err)
	}
}

// feedXML is an RSS feed of items linking to paths of base, or to
// absolute URLs.
func feedXML(base string, items ...string) string {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Gazette - Local</title><link>` + base + `/</link>`)
	for _, p := range items {
		link := p
		if !strings.HasPrefix(p, "http") {
			link = base + p
		}
		fmt.Fprintf(&sb, "<item><title>%s</title><link>%s</link><description>A summary.</description></item>", p, link)
	}
	sb.WriteString("</channel></rss>")
	return sb.String()
}

// localPage is an article published ago before now, with text of its
// own so that no two are duplicates.
func localPage(outlet, title string, ago time.Duration, topic string) string {
	date := time.Now().Add(-ago).UTC().Format(time.RFC3339)
	return pageHTML(outlet, title, date, []string{
		fmt.Sprintf("The harbour council voted on Tuesday to go ahead with the %s, after a consultation that drew more replies than any in the past decade.", topic),
		fmt.Sprintf("Supporters of the %s said it would bring visitors back to the old quay; opponents said the cost had been understated and asked for an independent review.", topic),
		fmt.Sprintf("Work on the %s is to start in the autumn and last about a year, the council said in a statement.", topic),
	})
}

// TestIngestFeeds polls a feed twice into a store, the second time with
// one more item: each article is stored once, the second poll fetches
// only the new one, and compare --since 24h selects what came in.
func TestIngestFeeds(t *testing.T) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) {
			s := newSite(t, "User-agent: *\nDisallow: /private/\n")
			s.set("/lamps", localPage("Harbour Gazette", "Harbour lamps to be replaced", 2*time.Hour, "lamp replacement"), "")
			s.set("/quay", localPage("Harbour Gazette", "Old quay to reopen", 3*time.Hour, "quay reopening"), "")
			s.set("/archive", localPage("Harbour Gazette", "Ferry timetable changes", 72*time.Hour, "timetable change"), "")
			s.set("/private/memo", localPage("Harbour Gazette", "Staff memo", time.Hour, "staff memo"), "")
			s.set("/ferry", localPage("Harbour Gazette", "New ferry named", time.Hour, "ferry naming"), "")
			s.set("/rss", feedXML(s.URL, "/lamps", "/quay", "/archive", "/private/memo"), "application/rss+xml")
			db := k.location(t)
			cache := t.TempDir()
			ingest := []string{"ingest", "--db", db, "--feed", s.URL + "/rss", "--cache", cache}

			code, out, stderr := runFetching(t, context.Background(), ingest...)
			if code != exitOK {
				t.Fatalf("first poll: exit %d\n%s%s", code, out, stderr)
			}
			if !strings.Contains(out, "1 feed, 4 new links: 3 added") || !strings.Contains(stderr, "disallowed by the site's robots.txt") {
				t.Errorf("first poll:\n%s%s", out, stderr)
			}

			s.set("/rss", feedXML(s.URL, "/ferry", "/lamps", "/quay", "/archive", "/private/memo"), "application/rss+xml")
			code, out, stderr = runFetching(t, context.Background(), ingest...)
			if code != exitOK {
				t.Fatalf("second poll: exit %d\n%s%s", code, out, stderr)
			}
			// The robots.txt refusal is tried again (a new run), the stored
			// articles are not.
			if !strings.Contains(out, "2 new links: 1 added") {
				t.Errorf("second poll:\n%s%s", out, stderr)
			}
			for _, p := range []string{"/lamps", "/quay", "/archive"} {
				if uncond, cond := s.counts(p); uncond != 1 || cond != 0 {
					t.Errorf("%s: %d unconditional and %d conditional requests, want one fetch in all", p, uncond, cond)
				}
			}
			if uncond, cond := s.counts("/private/memo"); uncond+cond != 0 {
				t.Errorf("the disallowed page was requested %d times", uncond+cond)
			}
			if n := count(db); n != 4 {
				t.Errorf("the store holds %d articles, want 4", n)
			}

			code, out, stderr = runFetching(t, context.Background(), "compare", "--db", db, "--since", "24h", "--format", "json")
			if code != exitOK {
				t.Fatalf("compare --since 24h: exit %d\n%s", code, stderr)
			}
			var r struct{ Articles []struct{ Title string } }
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, a := range r.Articles {
				titles = append(titles, a.Title)
			}
			slices.Sort(titles)
			if want := []string{"Harbour lamps to be replaced", "New ferry named", "Old quay to reopen"}; !slices.Equal(titles, want) {
				t.Errorf("compare --since 24h reads %q, want %q", titles, want)
			}
		})
	}
}

// TestFeedPollerEvery runs the poll loop of --every with an instant wait:
// two polls, the second adding an item, then a stop between polls. Each
// article is stored once, the stop is clean, and a link that failed for a
// passing reason is tried again at the next poll.
func TestFeedPollerEvery(t *testing.T) {
	s := newSite(t, "")
	s.set("/a", localPage("Harbour Gazette", "Lamps", time.Hour, "lamp replacement"), "")
	s.set("/b", localPage("Harbour Gazette", "Quay", time.Hour, "quay reopening"), "")
	var mu sync.Mutex
	downHits := 0
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		downHits++
		mu.Unlock()
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer flaky.Close()
	down := flaky.URL + "/down"
	s.set("/rss", feedXML(s.URL, "/a", "/b", down), "application/rss+xml")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := filepath.Join(t.TempDir(), "corpus.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := fetch.New(fastFetch)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	polls := 0
	p := &feedPoller{
		e: &env{stdout: &out, stderr: &errb}, s: st, db: db, feeds: []string{s.URL + "/rss"},
		client: c, opts: store.IngestOptions{Fetcher: c}, every: 15 * time.Minute,
		stamp: func() string { return "" },
		wait: func(ctx context.Context, d time.Duration) error {
			polls++
			if polls == 1 {
				s.set("/c", localPage("Harbour Gazette", "Ferry", time.Hour, "ferry naming"), "")
				s.set("/rss", feedXML(s.URL, "/c", "/a", "/b", down), "application/rss+xml")
				return nil
			}
			cancel()
			return ctx.Err()
		},
	}
	if err := p.run(ctx); err != nil {
		t.Fatalf("run: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// The link that gave a 503 is tried at both polls, the others once.
	if len(lines) != 2 || !strings.Contains(lines[0], "3 new links: 2 added") || !strings.Contains(lines[1], "2 new links: 1 added") {
		t.Errorf("poll lines:\n%s", out.String())
	}
	if !strings.Contains(errb.String(), "stopped between polls: 3 articles stored since the start") {
		t.Errorf("stderr: %s", errb.String())
	}
	if want := 2 * 4; downHits != want {
		t.Errorf("the failing link was requested %d times, want %d (a try and three retries at each poll)", downHits, want)
	}
	for _, path := range []string{"/a", "/b", "/c"} {
		if uncond, cond := s.counts(path); uncond != 1 || cond != 0 {
			t.Errorf("%s: %d requests, %d conditional; want one fetch", path, uncond, cond)
		}
	}
	docs, _, err := st.Select(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Errorf("the store holds %d articles, want 3", len(docs))
	}
}

// TestIngestEverySignalled stops a real ingest --every with SIGTERM
// between polls and with SIGINT during one: each is a clean stop (exit 0,
// a line that says what was stored), the store is intact, and no article
// is half-written. The binary keeps its default rate (a request per
// second per site), so the feeds are short.
func TestIngestEverySignalled(t *testing.T) {
	bin := buildBinary(t)
	tests := []struct {
		name   string
		sig    os.Signal
		items  int
		after  int // articles stored before the signal
		stderr string
	}{
		{"SIGTERM between polls", syscall.SIGTERM, 1, 1, "stopped between polls: 1 articles stored since the start"},
		// Signalled as the second page is fetched.
		{"SIGINT during a poll", syscall.SIGINT, 4, 0, "stopped during a poll: 0 articles stored since the start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t, "")
			var items []string
			for i := 0; i < tt.items; i++ {
				p := fmt.Sprintf("/news/%d", i)
				s.set(p, localPage("Harbour Gazette", fmt.Sprintf("Story %d", i), time.Hour, fmt.Sprintf("project number %d", i)), "")
				items = append(items, p)
			}
			s.set("/rss", feedXML(s.URL, items...), "application/rss+xml")
			db := filepath.Join(t.TempDir(), "corpus.db")
			cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "1", "--cache", t.TempDir(), "--feed", s.URL+"/rss", "--every", "1h")
			var stdout, stderr syncBuffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(time.Minute)
			ready := func() bool {
				if tt.after == 0 {
					uncond, _ := s.counts("/news/1")
					return uncond > 0
				}
				// Between polls: once the poll's line is out.
				return count(db) >= tt.after && strings.Contains(stdout.String(), " new link")
			}
			for !ready() && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if !ready() {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("the ingest did not get there in a minute:\n%s%s", stdout.String(), stderr.String())
			}
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != exitOK || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitOK, tt.stderr)
			}
			integrity(t, db)
			if n := count(db); n < tt.after || n > tt.items {
				t.Errorf("%d articles stored, want %d to %d", n, tt.after, tt.items)
			}
			if !strings.Contains(stdout.String(), "the store holds") {
				t.Errorf("no totals after the stop:\n%s", stdout.String())
			}
		})
	}
}

// syncBuffer is a buffer a process writes to while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
