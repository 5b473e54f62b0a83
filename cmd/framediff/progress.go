package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a load runs before its bar appears: a load
// that ends sooner shows nothing, so short runs keep a clean terminal.
const progressDelay = 500 * time.Millisecond

// progress draws a bar on standard error while inputs load. It exists only
// when standard error is a terminal: piped or redirected output never gets
// control codes.
type progress struct {
	w     io.Writer
	desc  string
	delay time.Duration
	start time.Time
	bar   *progressbar.ProgressBar
}

// newProgress returns a progress bar for w, or nil when w is not a
// terminal.
func newProgress(w io.Writer, desc string) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{w: w, desc: desc, delay: progressDelay, start: time.Now()}
}

// callback returns the function corpus.Options.Progress takes, or nil when
// there is no bar to draw.
func (p *progress) callback() func(done, total int) {
	if p == nil {
		return nil
	}
	return p.update
}

func (p *progress) update(done, total int) {
	if p.bar == nil {
		if done >= total || time.Since(p.start) < p.delay {
			return
		}
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(p.desc),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	p.bar.Set(done)
}

// finish removes the bar, if one was drawn.
func (p *progress) finish() {
	if p != nil && p.bar != nil {
		p.bar.Finish()
	}
}
