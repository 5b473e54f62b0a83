package report

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/compare"
)

// go test ./report -run TestBrowser -screenshot rewrites the README's
// screenshot, docs/screenshot.png, from the demo report.
func init() {
	if flag.Lookup("screenshot") == nil {
		flag.Bool("screenshot", false, "rewrite docs/screenshot.png from the demo report")
	}
}

// chromium finds a Chromium to drive, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH: install Debian's chromium (apt-get install chromium; .ci/run does) to render the report in a real browser")
	return ""
}

// headless runs Chromium on a local file with no network, no profile and
// no first-run work, and returns its standard output.
func headless(t *testing.T, bin, file string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--mute-audio",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+file)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, lastLines(stderr.String(), 10))
	}
	return stdout.Bytes()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TestBrowser renders the demo report in headless Chromium and checks the
// DOM the browser built: the style and the script ran under the report's
// Content-Security-Policy, every event is there with its charts, and the
// distinctive terms and quotes are marked in the text.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	r := demoResult(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, renderHTML(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := headless(t, bin, file, "--dump-dom")
	nodes := parse(t, dom)
	if len(nodes) == 0 || nodes[0].tag != "html" {
		t.Fatalf("no document from %s: %.200q", bin, dom)
	}
	// report.js sets these; it runs only if the policy allows its hash, and
	// data-css is "ok" only if the policy allowed the style too.
	if got := nodes[0].attrs["data-script"]; got != "ran" {
		t.Errorf("the report's script did not run under its policy (data-script=%q)", got)
	}
	if got := nodes[0].attrs["data-css"]; got != "ok" {
		t.Errorf("the report's style was not applied under its policy (data-css=%q)", got)
	}
	events, charts, terms, who := 0, 0, map[string]bool{}, 0
	kinds := map[string]int{} // term marks by kind: fterm, term, qterm
	labels := map[string]bool{}
	for _, n := range nodes {
		switch {
		case n.tag == "section" && n.attrs["class"] == "event":
			events++
		case n.tag == "svg" && strings.HasPrefix(n.attrs["class"], "chart"):
			charts++
		case n.tag == "a" && termClass(n.attrs["class"]) != "":
			terms[n.text] = true
			kinds[termClass(n.attrs["class"])]++
		case n.tag == "small" && n.attrs["class"] == "who":
			who++
		case n.tag == "h2":
			labels[n.text] = true
		}
	}
	if events != len(r.Events) {
		t.Errorf("%d events in the DOM, want %d", events, len(r.Events))
	}
	for _, ev := range r.Events {
		if !labels[ev.ID+ev.Label] {
			t.Errorf("event %s %q has no heading in the DOM", ev.ID, ev.Label)
		}
	}
	// At least the terms chart, the tone chart and a heat map per event.
	if charts < 3*len(r.Events) {
		t.Errorf("%d charts in the DOM for %d events", charts, len(r.Events))
	}
	// Every term whose example the text shows is marked.
	want := 0
	for _, ev := range r.Events {
		for _, term := range ev.Terms {
			for _, ex := range term.Examples {
				if ex.TermEnd > ex.TermStart {
					want++
					break
				}
			}
		}
	}
	if want > 0 && len(terms) == 0 {
		t.Errorf("no distinctive term marked in the text, though %d terms have offsets", want)
	}
	// Framing terms and quoted words are marked apart from topical terms.
	framing, quoted := 0, 0
	for _, ev := range r.Events {
		framing += len(ev.Framing)
		quoted += len(ev.QuotedTerms)
	}
	if (framing > 0 && kinds["fterm"] == 0) || (quoted > 0 && kinds["qterm"] == 0) || kinds["term"] == 0 {
		t.Errorf("term marks by kind %v, for %d framing terms and %d quoted terms", kinds, framing, quoted)
	}
	t.Logf("DOM: %d events, %d charts, %d distinct marked terms (marks by kind %v), %d quotes with a speaker, %d bytes of HTML",
		events, charts, len(terms), kinds, who, len(renderHTML(t, r)))

	shot := filepath.Join(dir, "screenshot.png")
	headless(t, bin, file, "--hide-scrollbars", "--window-size=1200,1500", "--screenshot="+shot)
	img, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	checkNotBlank(t, img)
	if f := flag.Lookup("screenshot"); f != nil && f.Value.String() == "true" {
		writeScreenshot(t, bin, r)
	}
}

// writeScreenshot renders the demo's event with the most outlets alone and
// keeps the part of the page from its heading down: the articles side by
// side and the first charts.
func writeScreenshot(t *testing.T, bin string, r *compare.Result) {
	one := *r
	best := 0
	for i, ev := range r.Events {
		if len(ev.Outlets) > len(r.Events[best].Outlets) {
			best = i
		}
	}
	one.Events = r.Events[best : best+1]
	file := filepath.Join(t.TempDir(), "event.html")
	if err := os.WriteFile(file, renderHTML(t, &one), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "page.png")
	headless(t, bin, file, "--hide-scrollbars", "--window-size=1200,3600", "--screenshot="+shot)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	page, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// Headings and table heads are underlined by dark rules across the
	// page: the Events heading, the events table's head, then the event's
	// heading. Keep 1,400 pixels from just above the third.
	top, rules := 0, 0
	bounds := page.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y && rules < 3; y++ {
		dark := 0
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b, _ := page.At(x, y).RGBA()
			if r < 0x4000 && g < 0x4000 && b < 0x4000 {
				dark++
			}
		}
		if dark > bounds.Dx()*8/10 {
			rules++
			top = y
			y += 4 // past the rule's thickness
		}
	}
	top = max(bounds.Min.Y, top-50)
	crop := image.Rect(bounds.Min.X, top, bounds.Max.X, min(bounds.Max.Y, top+1400))
	sub := page.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(crop)
	var out bytes.Buffer
	if err := png.Encode(&out, sub); err != nil {
		t.Fatal(err)
	}
	checkNotBlank(t, out.Bytes())
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshot.png"), out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote docs/screenshot.png: event %s, %d bytes", one.Events[0].ID, out.Len())
}

// TestBrowserHostile opens the hostile fixture in the browser: after the
// parser and the script have run, no element came from the inputs.
func TestBrowserHostile(t *testing.T) {
	bin := chromium(t)
	r := hostileResult()
	file := filepath.Join(t.TempDir(), "hostile.html")
	if err := os.WriteFile(file, renderHTML(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	checkSafe(t, headlessDOM(t, bin, file), articleURLs(r))
}

func headlessDOM(t *testing.T, bin, file string) []byte {
	t.Helper()
	dom := headless(t, bin, file, "--dump-dom")
	// --dump-dom writes the live DOM, where the script has set its marks;
	// drop them to compare with the page as written.
	dom = bytes.Replace(dom, []byte(` data-script="ran" data-css="ok"`), nil, 1)
	return dom
}

// checkNotBlank asserts a screenshot shows something: many colours.
func checkNotBlank(t *testing.T, b []byte) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	colours := map[[3]uint32]bool{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 7 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 12, g >> 12, b >> 12}] = true
		}
	}
	if len(colours) < 8 {
		t.Errorf("the screenshot looks blank: %d colours in %v", len(colours), bounds)
	}
}
