package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lineBuffer is a buffer that a running server writes to while the test
// reads it, and that says when a line has come.
type lineBuffer struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func newLineBuffer() *lineBuffer { return &lineBuffer{lines: make(chan string, 16)} }

func (b *lineBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n, _ := b.buf.Write(p)
	for _, l := range strings.SplitAfter(string(p), "\n") {
		if strings.HasSuffix(l, "\n") {
			select {
			case b.lines <- strings.TrimSpace(l):
			default:
			}
		}
	}
	return n, nil
}

func (b *lineBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var servingLine = regexp.MustCompile(`^framediff: serving on (http://127\.0\.0\.1:\d+/) \(Ctrl-C stops it\)$`)

// startServe runs framediff serve with args on a free loopback port,
// fetching as fast as a local site allows, and returns the page's
// address. At the end of the test it is stopped as Ctrl-C stops it, and
// must exit 0.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out, errb := newLineBuffer(), newLineBuffer()
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: errb, fetch: fastFetch}
	done := make(chan int, 1)
	go func() {
		done <- runEnv(ctx, e, append([]string{"serve", "--no-open", "--cache", t.TempDir()}, args...))
	}()
	var page string
	select {
	case l := <-out.lines:
		m := servingLine.FindStringSubmatch(l)
		if m == nil {
			cancel()
			t.Fatalf("serve printed %q, want its address", l)
		}
		page = m[1]
	case code := <-done:
		cancel()
		t.Fatalf("serve exited %d before serving: %s", code, errb)
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatal("serve printed no address")
	}
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve stopped with exit %d: %s", code, errb)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop when cancelled")
		}
	})
	return page
}

// TestServe runs the command, gets its page from the address it printed,
// and stops it as Ctrl-C does.
func TestServe(t *testing.T) {
	page := startServe(t)
	resp, err := http.Get(page)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `<form method="post" action="/compare"`) {
		t.Fatalf("GET %s: %d %.300s", page, resp.StatusCode, body)
	}
	if resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("the page has no Content-Security-Policy")
	}
	if strings.Contains(string(body), `href="/store"`) {
		t.Errorf("the page links to the store without --db")
	}
}

// TestServeFlags: flag mistakes are usage errors, found before anything
// listens.
func TestServeFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--addr", "8080"}, "--addr \"8080\": want HOST:PORT"},
		{[]string{"serve", "--jobs", "0"}, "--jobs must be at least 1"},
		{[]string{"serve", "--workers", "-1"}, "--workers must be 0 or more"},
		{[]string{"serve", "--contact", "a\nb"}, "--contact"},
		{[]string{"serve", "extra"}, "unknown command \"extra\""},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			if code != exitUsage || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tc.want)
			}
		})
	}
	code, _, stderr := runCmd(t, "", "serve", "--no-open", "--db", t.TempDir()+"/none.db")
	if code != exitFailure || !strings.Contains(stderr, "does not exist: make it with framediff ingest") {
		t.Errorf("a missing store: exit %d, %q", code, stderr)
	}
	// A port that is taken is a failure that says so.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, stderr = runCmd(t, "", "serve", "--no-open", "--addr", ln.Addr().String())
	if code != exitFailure || !strings.Contains(stderr, "listening on "+ln.Addr().String()) {
		t.Errorf("a taken port: exit %d, %q", code, stderr)
	}
}

func TestPageURL(t *testing.T) {
	for in, want := range map[string]string{
		"127.0.0.1:8080": "http://127.0.0.1:8080/",
		"0.0.0.0:8080":   "http://127.0.0.1:8080/",
		"[::]:8080":      "http://[::1]:8080/",
		"[::1]:9":        "http://[::1]:9/",
	} {
		a, err := net.ResolveTCPAddr("tcp", in)
		if err != nil {
			t.Fatal(err)
		}
		if got := pageURL(a); got != want {
			t.Errorf("pageURL(%s) = %s, want %s", in, got, want)
		}
	}
}
