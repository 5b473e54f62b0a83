package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/fetch"
	"github.com/framediff/framediff/internal/testcorpus"
	"github.com/framediff/framediff/report"
)

// fastFetch are fetch options for a local server: no second between two
// requests to one host, short timeouts.
var fastFetch = fetch.Options{
	HostInterval:  time.Microsecond,
	HeaderTimeout: 5 * time.Second,
	BodyTimeout:   10 * time.Second,
	Backoff:       time.Millisecond,
	MaxBackoff:    5 * time.Millisecond,
}

func newServer(t *testing.T, opts Options) *Server {
	t.Helper()
	if opts.Fetcher == nil {
		c, err := fetch.New(fastFetch)
		if err != nil {
			t.Fatal(err)
		}
		opts.Fetcher = c
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// field is one part of a form, in order; file names a file part.
type field struct{ name, value, file string }

// multipartBody encodes fields as a browser sends a form with files.
func multipartBody(t *testing.T, fields ...field) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range fields {
		var w io.Writer
		var err error
		if f.file != "" {
			w, err = mw.CreateFormFile(f.name, f.file)
		} else {
			w, err = mw.CreateFormField(f.name)
		}
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, f.value)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

// post sends the compare form from the page's own origin.
func post(t *testing.T, s *Server, ctx context.Context, fields ...field) *httptest.ResponseRecorder {
	t.Helper()
	body, ctype := multipartBody(t, fields...)
	r := httptest.NewRequestWithContext(ctx, "POST", "http://127.0.0.1:8080/compare", body)
	r.Header.Set("Content-Type", ctype)
	r.Header.Set("Origin", "http://127.0.0.1:8080")
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

func sample(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testcorpus.Root, "testdata", "corpus", rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func get(s *Server, target, host string) *httptest.ResponseRecorder {
	r := httptest.NewRequest("GET", target, nil)
	r.Host = host
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// TestPageHeaders checks the form page: its policy allows its own style,
// by the hash of the style it carries, and no script; it may not be
// framed, sniffed, cached or leak a referrer; and the form carries the
// token as its first field.
func TestPageHeaders(t *testing.T) {
	s := newServer(t, Options{})
	w := get(s, "/", "127.0.0.1:8080")
	if w.Code != http.StatusOK {
		t.Fatalf("GET / = %d: %s", w.Code, w.Body)
	}
	h := w.Header()
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("policy %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "script-src", "*"} {
		if strings.Contains(csp, bad) {
			t.Errorf("policy %q allows %q", csp, bad)
		}
	}
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(w.Body.String())
	if style == nil {
		t.Fatal("no style in the page")
	}
	sum := sha256.Sum256([]byte(style[1]))
	if hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, "style-src "+hash) {
		t.Errorf("policy %q does not allow the page's style, %s", csp, hash)
	}
	for k, v := range map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
		"Cache-Control":          "no-store",
	} {
		if got := h.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	form := regexp.MustCompile(`(?s)<form method="post"[^>]*>\s*<input type="hidden" name="token" value="([^"]+)">`).FindStringSubmatch(w.Body.String())
	if form == nil || form[1] != s.token {
		t.Errorf("the form does not start with this process's token")
	}
	if other := newServer(t, Options{}); other.token == s.token {
		t.Errorf("two servers share a token")
	}
	if w := get(s, "/etc/passwd", "127.0.0.1:8080"); w.Code != http.StatusNotFound {
		t.Errorf("GET /etc/passwd = %d, want 404", w.Code)
	}
	if w := get(s, "/store", "127.0.0.1:8080"); w.Code != http.StatusNotFound {
		t.Errorf("GET /store without a store = %d, want 404", w.Code)
	}
}

// TestHost: an IP address or localhost passes; any other name is refused,
// as a DNS-rebound page would send it, unless the user allowed it.
func TestHost(t *testing.T) {
	s := newServer(t, Options{Hosts: []string{"laptop.lan"}})
	for _, tc := range []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"LOCALHOST", true},
		{"app.localhost:1", true},
		{"[::1]:8080", true},
		{"192.168.1.20:8080", true},
		{"laptop.lan:8080", true},
		{"evil.example", false},
		{"evil.example:8080", false},
		{"127.0.0.1.nip.io:8080", false},
		{"localhost.evil.example", false},
		{"", false},
	} {
		t.Run(tc.host, func(t *testing.T) {
			w := get(s, "/", tc.host)
			if ok := w.Code == http.StatusOK; ok != tc.ok {
				t.Errorf("Host %q: %d %s", tc.host, w.Code, w.Body)
			}
			if !tc.ok && (w.Code != http.StatusForbidden || strings.Contains(w.Body.String(), "<form")) {
				t.Errorf("Host %q refused with %d and the form", tc.host, w.Code)
			}
		})
	}
}

// TestCrossSite: a form sent from another site, or without this
// process's token first, does no work.
func TestCrossSite(t *testing.T) {
	s := newServer(t, Options{})
	text := sample(t, "keystone-wire/2022-02-12-blinken-honolulu.txt")
	send := func(header map[string]string, fields ...field) *httptest.ResponseRecorder {
		body, ctype := multipartBody(t, fields...)
		r := httptest.NewRequest("POST", "http://127.0.0.1:8080/compare", body)
		r.Header.Set("Content-Type", ctype)
		for k, v := range header {
			r.Header.Set(k, v)
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	good := []field{{name: "token", value: s.token}, {name: "text1", value: text}}
	// A token that differs from the server's in its first character, whatever
	// that is ("x" + the rest was the token itself one time in 64).
	wrong := "x" + s.token[1:]
	if s.token[0] == 'x' {
		wrong = "y" + s.token[1:]
	}
	for _, tc := range []struct {
		name   string
		header map[string]string
		fields []field
		want   int
	}{
		{"cross-site fetch", map[string]string{"Sec-Fetch-Site": "cross-site"}, good, http.StatusForbidden},
		{"same-site but other origin", map[string]string{"Sec-Fetch-Site": "same-site"}, good, http.StatusForbidden},
		{"other origin", map[string]string{"Origin": "http://evil.example"}, good, http.StatusForbidden},
		{"no token", map[string]string{"Sec-Fetch-Site": "same-origin"}, good[1:], http.StatusForbidden},
		{"wrong token", map[string]string{"Sec-Fetch-Site": "same-origin"}, []field{{name: "token", value: wrong}, good[1]}, http.StatusForbidden},
		{"token after the text", map[string]string{"Sec-Fetch-Site": "same-origin"}, []field{good[1], good[0]}, http.StatusForbidden},
		{"same origin", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://127.0.0.1:8080"}, good, http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := send(tc.header, tc.fields...)
			if w.Code != tc.want {
				t.Errorf("%d, want %d: %.300s", w.Code, tc.want, w.Body)
			}
			if tc.want != http.StatusOK && strings.Contains(w.Body.String(), "<article") {
				t.Errorf("refused, and still a report")
			}
		})
	}
}

// TestLimits: each limit refuses what is over it with a sentence naming
// it, and what is under it is read.
func TestLimits(t *testing.T) {
	s := newServer(t, Options{MaxRequest: 64 << 10, MaxText: 8 << 10, MaxFiles: 2, MaxLinks: 3})
	tok := field{name: "token", value: s.token}
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		fields []field
		code   int
		say    string
	}{
		{"body over the limit", []field{tok, {name: "files", file: "big.txt", value: strings.Repeat("word ", 20<<10)}}, http.StatusRequestEntityTooLarge, "larger than the 64 KiB"},
		{"pasted text over the limit", []field{tok, {name: "text2", value: strings.Repeat("word ", 2<<10)}}, http.StatusBadRequest, "The text of article 2 is longer than framediff reads (8 KiB)"},
		{"too many files", []field{tok, {name: "files", file: "a.txt", value: "a"}, {name: "files", file: "b.txt", value: "b"}, {name: "files", file: "c.txt", value: "c"}}, http.StatusBadRequest, "at most 2 files"},
		{"too many links", []field{tok, {name: "links", value: "https://a.example/1\nhttps://a.example/2\n\n# a comment\nhttps://a.example/3\nhttps://a.example/4"}}, http.StatusBadRequest, "at most 3 links"},
		{"not a link", []field{tok, {name: "links", value: "https://a.example/1\nfile:///etc/passwd"}}, http.StatusBadRequest, "Line 2 of the links is not a web address"},
		{"a local path", []field{tok, {name: "links", value: "/etc/passwd"}}, http.StatusBadRequest, "Line 1 of the links is not a web address"},
		{"an unknown field", []field{tok, {name: "path", value: "/etc/passwd"}}, http.StatusBadRequest, "does not know"},
		{"a bad option", []field{tok, {name: "text1", value: "x"}, {name: "days", value: "-1"}}, http.StatusBadRequest, "days between articles of one event must be a number from 0.5 to 365"},
		{"nothing", []field{tok, {name: "links", value: "\n  \n"}, {name: "files", file: "", value: ""}}, http.StatusBadRequest, "Nothing to compare yet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := post(t, s, ctx, tc.fields...)
			if w.Code != tc.code || !strings.Contains(w.Body.String(), tc.say) {
				t.Errorf("%d %.400q; want %d saying %q", w.Code, w.Body, tc.code, tc.say)
			}
		})
	}
	// A form sent back keeps what was typed, escaped.
	w := post(t, s, ctx, tok, field{name: "text1", value: "<script>alert(1)</script> x"}, field{name: "outlet1", value: "Harbour Times"}, field{name: "top", value: "zero"})
	if body := w.Body.String(); !strings.Contains(body, `value="Harbour Times"`) || !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt; x") || strings.Contains(body, "<script>") {
		t.Errorf("the form sent back does not keep what was typed, escaped: %.2000s", body)
	}
}

// TestUploadName: a sent file's name becomes a plain, unique file name
// with its extension.
func TestUploadName(t *testing.T) {
	taken := map[string]bool{}
	for _, tc := range []struct{ in, want string }{
		{"article.html", "article.html"},
		{"article.html", "article-2.html"},
		{"../../etc/passwd", "passwd"},
		{`C:\Users\t\page.htm`, "page.htm"},
		{".hidden.txt", "hidden.txt"},
		{"..", "upload"},
		{"a\x00b\nc.json", "abc.json"},
		{"", "upload-2"},
	} {
		if got := uploadName(tc.in, taken); got != tc.want {
			t.Errorf("uploadName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCompare: pasted text and an uploaded file give the report, under
// the report's own policy, with both outlets and their headlines; what
// cannot be read is listed with its reason.
func TestCompare(t *testing.T) {
	s := newServer(t, Options{})
	w := post(t, s, context.Background(),
		field{name: "token", value: s.token},
		field{name: "text1", value: sample(t, "keystone-wire/2022-02-12-blinken-honolulu.txt")},
		field{name: "files", file: "2022-02-12-blinken-honolulu.txt", value: sample(t, "meridian-post/2022-02-12-blinken-honolulu.txt")},
		field{name: "files", file: "photo.png", value: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
		field{name: "days", value: "2"},
	)
	if w.Code != http.StatusOK {
		t.Fatalf("%d: %.500s", w.Code, w.Body)
	}
	if got, want := w.Header().Get("Content-Security-Policy"), report.HTMLPolicy()+"; frame-ancestors 'none'"; got != want {
		t.Errorf("report policy %q, want %q", got, want)
	}
	body := w.Body.String()
	for _, want := range []string{
		"How 2 outlets framed 1 event",
		"Keystone Wire", "Meridian Post",
		"<code>window</code> 48h;",
		"<code>photo.png</code>: binary",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestPastedHeader: what the user says of a pasted text wins, and a
// line break in a field cannot add a header line.
func TestPastedHeader(t *testing.T) {
	f := newForm()
	f.Texts[0] = paste{N: 1, Outlet: "Harbour\nTitle: Forged", Date: " 2022-02-13 ", Text: "The bridge reopened."}
	f.Texts[2] = paste{N: 3, Text: "  \n"}
	got := f.pasted()
	if len(got) != 1 {
		t.Fatalf("%d pasted files, want 1", len(got))
	}
	want := "Outlet: Harbour Title: Forged\nDate: 2022-02-13\n\nThe bridge reopened."
	if got[0].name != "pasted-article-1.txt" || string(got[0].data) != want {
		t.Errorf("pasted %s %q, want %q", got[0].name, got[0].data, want)
	}
}

// hangingSite serves robots.txt and hangs on every other path until
// the request is cancelled, which it reports on cancelled.
func hangingSite(t *testing.T) (*httptest.Server, <-chan struct{}, <-chan struct{}) {
	started := make(chan struct{}, 10)
	cancelled := make(chan struct{}, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		started <- struct{}{}
		select {
		case <-r.Context().Done():
			cancelled <- struct{}{}
		case <-time.After(30 * time.Second):
		}
	}))
	t.Cleanup(srv.Close)
	return srv, started, cancelled
}

// TestCancel: closing the tab cancels the request, and the fetch it was
// waiting on stops: the site sees its request cancelled, and the handler
// returns at once.
func TestCancel(t *testing.T) {
	site, started, cancelled := hangingSite(t)
	s := newServer(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan *httptest.ResponseRecorder)
	go func() {
		done <- post(t, s, ctx, field{name: "token", value: s.token}, field{name: "links", value: site.URL + "/news/slow"})
	}()
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("the link was never fetched")
	}
	cancel()
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the site's request went on after the browser's was cancelled")
	}
	select {
	case w := <-done:
		if strings.Contains(w.Body.String(), "<article") {
			t.Errorf("a cancelled request got a report")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the handler did not return once its request was cancelled")
	}
}

// TestOverload: with one comparison at a time and one place in the
// queue, a second request waits its turn and gets its report, a third is
// refused at once with a 503 and a sentence, and a request that waits
// longer than QueueWait is refused too.
func TestOverload(t *testing.T) {
	site, started, _ := hangingSite(t)
	s := newServer(t, Options{Jobs: 1, Queue: 1, QueueWait: 20 * time.Second})
	tok := field{name: "token", value: s.token}
	text := field{name: "text1", value: sample(t, "keystone-wire/2022-02-12-blinken-honolulu.txt")}

	ctx1, cancel1 := context.WithCancel(context.Background())
	defer cancel1()
	first := make(chan *httptest.ResponseRecorder)
	go func() { first <- post(t, s, ctx1, tok, field{name: "links", value: site.URL + "/news/slow"}) }()
	<-started // the one turn is taken

	second := make(chan *httptest.ResponseRecorder)
	go func() { second <- post(t, s, context.Background(), tok, text) }()
	waitFor(t, func() bool { return len(s.gate.waiting) == 1 })

	start := time.Now()
	w := post(t, s, context.Background(), tok, text)
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), "busy with other comparisons") {
		t.Errorf("third request: %d %q, want a 503 saying framediff is busy", w.Code, w.Body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the third request was refused after %v, not at once", d)
	}

	cancel1()
	<-first
	select {
	case w := <-second:
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Keystone Wire") {
			t.Errorf("the queued request: %d %.300s, want its report", w.Code, w.Body)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the queued request never got its turn")
	}

	t.Run("wait runs out", func(t *testing.T) {
		s := newServer(t, Options{Jobs: 1, Queue: 4, QueueWait: 50 * time.Millisecond})
		release, err := s.gate.enter(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer release()
		w := post(t, s, context.Background(), field{name: "token", value: s.token}, text)
		if w.Code != http.StatusServiceUnavailable {
			t.Errorf("%d, want 503 once the wait ran out", w.Code)
		}
	})
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
	}
}

func TestSizeName(t *testing.T) {
	for n, want := range map[int64]string{32 << 20: "32 MiB", 64 << 10: "64 KiB", 1000: "1000 bytes"} {
		if got := sizeName(n); got != want {
			t.Errorf("sizeName(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestLongComparison: a comparison that outlasts the server's read
// timeout (here a site that answers slowly) still gets its report; the
// timeout bounds reading the request, not the work.
func TestLongComparison(t *testing.T) {
	text := sample(t, "keystone-wire/2022-02-12-blinken-honolulu.txt")
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		time.Sleep(800 * time.Millisecond)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, text)
	}))
	defer site.Close()
	s := newServer(t, Options{})
	s.readTimeout = 200 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	body, ctype := multipartBody(t, field{name: "token", value: s.token}, field{name: "links", value: site.URL + "/news/blinken"})
	resp, err := http.Post("http://"+ln.Addr().String()+"/compare", ctype, body)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "Keystone Wire") {
		t.Errorf("%d %.300s; want the report", resp.StatusCode, page)
	}
	cancel()
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestCancelConnection: a browser that goes away, over a real
// connection, cancels the comparison: the fetch it waited on stops. The
// form is sent as a body of unknown length (chunked) with an epilogue
// after its last boundary, which no form reader reads by itself.
func TestCancelConnection(t *testing.T) {
	site, started, cancelled := hangingSite(t)
	s := newServer(t, Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	go s.Serve(sctx, ln)
	body, ctype := multipartBody(t, field{name: "token", value: s.token}, field{name: "links", value: site.URL + "/news/slow"})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", "http://"+ln.Addr().String()+"/compare", io.MultiReader(body, strings.NewReader(strings.Repeat("epilogue\r\n", 2<<10))))
	req.Header.Set("Content-Type", ctype)
	go func() {
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("the link was never fetched")
	}
	cancel()
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the site's request went on after the browser went away")
	}
}
