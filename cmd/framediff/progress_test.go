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
