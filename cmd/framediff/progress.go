package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a run works before its progress line appears:
// a run that ends sooner shows nothing, so short runs keep a clean
// terminal, and any run longer than a second or two shows what it does.
const progressDelay = 500 * time.Millisecond

// etaAfter is how long a step runs before its time left is estimated: the
// first articles alone would give a rate too noisy to read.
const etaAfter = time.Second

// progress draws one line on standard error while a run works, one step
// after the other: the inputs read, the articles annotated with the time
// left, then the comparison, which has no count and shows the time it has
// taken. It exists only when standard error is a terminal: piped or
// redirected output never gets control codes. Its methods may be called on
// a nil *progress, which draws nothing.
type progress struct {
	w     io.Writer
	width int // the terminal's columns
	delay time.Duration
	start time.Time // the run's start: nothing is drawn before start+delay

	mu        sync.Mutex
	desc      string // what the step does: "annotating articles"
	stepStart time.Time
	bar       *progressbar.ProgressBar
	shown     string // the description the bar was last given
	// firstDone is when the step first counted something, and
	// firstCount what it counted then.
	firstDone  time.Time
	firstCount int
	// stop ends the ticker of a step without a count; done is closed
	// when it has ended.
	stop, done chan struct{}
	// waiting says a step without a count has drawn its line.
	waiting bool
}

// newProgress returns a progress line for w whose first step is desc, or
// nil when w is not a terminal.
func newProgress(w io.Writer, desc string) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	now := time.Now()
	return &progress{w: w, width: width, desc: desc, delay: progressDelay, start: now, stepStart: now}
}

// callback returns the function corpus.Options.Progress takes, or nil when
// there is no line to draw.
func (p *progress) callback() func(done, total int) {
	if p == nil {
		return nil
	}
	return p.update
}

// step ends the current step, removing its line, and starts the next.
func (p *progress) step(desc string) {
	if p == nil {
		return
	}
	p.finish()
	p.mu.Lock()
	p.desc, p.stepStart = desc, time.Now()
	p.firstDone, p.firstCount, p.shown = time.Time{}, 0, ""
	p.mu.Unlock()
}

// update draws done of total, with the time left once it can be
// estimated.
func (p *progress) update(done, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	// The rate is measured from the first article done: the time before
	// it is the models loading, which the others do not wait for again.
	if p.firstDone.IsZero() && done > 0 {
		p.firstDone, p.firstCount = time.Now(), done
	}
	desc := p.desc
	if !p.firstDone.IsZero() {
		desc += timeLeft(time.Since(p.firstDone), done-p.firstCount, total-p.firstCount)
	}
	if p.bar == nil {
		if done >= total || time.Since(p.start) < p.delay {
			return
		}
		p.shown = desc
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(p.barWidth()),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(false),
			progressbar.OptionShowDescriptionAtLineEnd(),
			progressbar.OptionSetDescription(desc),
			progressbar.OptionClearOnFinish(),
		)
	}
	if p.bar.GetMax() != total {
		p.bar.ChangeMax(total)
	}
	// The count first: Describe draws the line too, and a line drawn
	// before the count moved would show the old one.
	p.bar.Set(done)
	if desc != p.shown {
		p.bar.Describe(desc)
		p.shown = desc
	}
}

// barWidth leaves room on the terminal's line for the percentage, the
// count and the longest description.
func (p *progress) barWidth() int {
	return max(10, min(30, p.width-64))
}

// timeLeft estimates the time a step has left from its rate so far:
// ", about 40s left", or "" while there is too little to go on.
func timeLeft(elapsed time.Duration, done, total int) string {
	if done <= 0 || done >= total || elapsed < etaAfter {
		return ""
	}
	left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
	return ", about " + roundLeft(left) + " left"
}

// roundLeft renders a time left as precisely as it is worth reading:
// seconds under a minute, then tens of seconds, then minutes.
func roundLeft(d time.Duration) string {
	switch {
	case d < time.Second:
		return "1s"
	case d < time.Minute:
		return d.Round(time.Second).String()
	case d < 10*time.Minute:
		return d.Round(10 * time.Second).String()
	}
	return d.Round(time.Minute).String()
}

// wait starts a step with no count (the comparison): once the run is
// older than the delay it draws desc and the time the step has taken,
// every second, until the next step or finish.
func (p *progress) wait(desc string) {
	if p == nil {
		return
	}
	p.step(desc)
	p.mu.Lock()
	p.stop, p.done = make(chan struct{}), make(chan struct{})
	stop, done := p.stop, p.done
	p.mu.Unlock()
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				p.tick()
			}
		}
	}()
}

// tick draws a step without a count: its description and the time it has
// taken, on a line of its own that finish clears (progressbar's spinner
// counts iterations, and this step has none).
func (p *progress) tick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.start) < p.delay {
		return
	}
	line := fmt.Sprintf("%s (%s)", p.desc, time.Since(p.stepStart).Round(time.Second))
	if len(line) >= p.width {
		line = line[:max(0, p.width-1)]
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
	p.waiting = true
}

// finish ends the current step and removes its line, if one was drawn.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	stop, done := p.stop, p.done
	p.stop, p.done = nil, nil
	p.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
		p.bar = nil
	}
	if p.waiting {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.waiting = false
	}
}
