package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf, "reading"); p != nil {
		t.Error("a progress bar for a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgress(f, "reading"); p != nil {
		t.Error("a progress bar for a regular file")
	}
	var p *progress
	if p.callback() != nil {
		t.Error("a nil progress gives a callback")
	}
	p.finish() // must not panic
}

func TestProgressDraws(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, desc: "reading"}
	cb := p.callback()
	for i := 1; i <= 4; i++ {
		cb(i, 10)
	}
	p.finish()
	out := buf.String()
	if !strings.Contains(out, "reading") || !strings.Contains(out, "/10") {
		t.Errorf("bar output %q lacks the description and count", out)
	}
}

func TestProgressQuietWhenQuick(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, desc: "reading", delay: progressDelay, start: time.Now()}
	p.callback()(1, 2)
	p.callback()(2, 2)
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("a load shorter than the delay drew %q", buf.String())
	}
}

// TestProgressCountsArticlesWithTimeLeft draws an annotation step: the
// count of articles, and once a second has passed since the first article
// was done, the time left at the rate since then (the wait for the first
// one is the models loading, which the others do not repeat).
func TestProgressCountsArticlesWithTimeLeft(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, width: 100, desc: "articles annotated"}
	p.update(1, 449)
	if p.firstDone.IsZero() || p.firstCount != 1 {
		t.Fatalf("the first article done did not start the clock: %v, %d", p.firstDone, p.firstCount)
	}
	p.firstDone = p.firstDone.Add(-2 * time.Second)
	p.bar = nil // draw anew, without the throttle of the first line
	p.update(101, 449)
	p.finish()
	out := buf.String()
	// 100 articles in the 2s since the first: 348 more take about 7s.
	for _, want := range []string{"(101/449)", "articles annotated, about 7s left"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output %q lacks %q", out, want)
		}
	}
	if strings.Contains(out, "(1/449) articles annotated,") {
		t.Errorf("a time left was drawn after the first article: %q", out)
	}
}

func TestTimeLeft(t *testing.T) {
	tests := []struct {
		elapsed     time.Duration
		done, total int
		want        string
	}{
		{500 * time.Millisecond, 10, 100, ""}, // too early to tell
		{2 * time.Second, 0, 100, ""},
		{2 * time.Second, 100, 100, ""},
		{2 * time.Second, 50, 100, ", about 2s left"},
		{10 * time.Second, 10, 100, ", about 1m30s left"},
		{time.Minute, 1, 100, ", about 1h39m0s left"},
		{3 * time.Second, 99, 100, ", about 1s left"},
	}
	for _, tt := range tests {
		if got := timeLeft(tt.elapsed, tt.done, tt.total); got != tt.want {
			t.Errorf("timeLeft(%s, %d, %d) = %q, want %q", tt.elapsed, tt.done, tt.total, got, tt.want)
		}
	}
}

// TestProgressWaitStep draws a step without a count (the comparison)
// with the time it has taken, and clears its line when it ends.
func TestProgressWaitStep(t *testing.T) {
	var buf syncBuffer
	p := &progress{w: &buf, width: 80}
	p.wait("comparing 448 articles")
	time.Sleep(300 * time.Millisecond)
	p.finish()
	out := buf.String()
	if !strings.Contains(out, "comparing 448 articles (0s)") {
		t.Errorf("wait output %q lacks the step and its time", out)
	}
	if !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("wait output %q does not end by clearing its line", out)
	}
	var nilp *progress
	nilp.wait("comparing")
	nilp.step("reading")
	nilp.update(1, 2)
	nilp.finish()
}
