package report

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/framediff/framediff/compare"
)

// Layout in a real browser: headless Chromium, driven through the DevTools
// protocol (chromedp), renders the report at a desktop width, at a phone's
// (390 px; a headless window cannot be narrower than 500 px, so the width
// is set by emulation, as DevTools' device mode does) and as printed; a
// script measures what the browser laid out (layoutProbe). Printing goes
// through Chromium's own PDF output, whose named destinations say on which
// page, and where, each linked element landed.

// layoutProbe opens every <details> (so that every chart is laid out),
// then measures, and returns its findings as JSON:
//   - the document's width against the viewport's, and the first element
//     past the viewport's right edge outside a box that scrolls;
//   - for every text element of every SVG chart, its box in the chart's
//     user units against the viewBox, its box on the page against the
//     chart's, the text or line of the same chart it collides with, and the
//     size its font is drawn at;
//   - for print, each chart's height against a page's and whether it may
//     be split.
const layoutProbe = `(function (pageHeight) {
  "use strict";
  var height = document.documentElement.scrollHeight, tall = [];
  document.querySelectorAll("body > header, main > section").forEach(function (el) {
    if (el.offsetHeight > 2000) { tall.push((el.id || el.tagName.toLowerCase()) + " " + el.offsetHeight + " px"); }
  });
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  var out = {height: height, tall: tall, viewport: window.innerWidth, doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, charts: 0, texts: 0, problems: [], minFont: 1e9, widest: ""};
  function name(svg) { return (svg.getAttribute("aria-label") || "").slice(0, 70); }
  function say(svg, what) { if (out.problems.length < 60) { out.problems.push(name(svg) + ": " + what); } }
  function overlap(a, b, slack) {
    return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > slack &&
      Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > slack;
  }
  function scrolls(el) {
    for (var p = el; p && p !== document.body; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden") { return true; }
    }
    return false;
  }
  var all = document.body.querySelectorAll("*");
  for (var e = 0; e < all.length && out.widest === ""; e++) {
    var r = all[e].getBoundingClientRect();
    if (r.right > window.innerWidth + 0.5 && !scrolls(all[e].parentElement)) {
      out.widest = all[e].tagName + "." + all[e].className + " right edge at " + Math.round(r.right) + " px";
    }
  }
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    out.charts++;
    var vb = svg.viewBox.baseVal, box = svg.getBoundingClientRect();
    var scale = box.width / vb.width;
    if (pageHeight > 0) {
      if (box.height > pageHeight) { say(svg, "chart " + Math.round(box.height) + " px high, taller than a page (" + pageHeight + " px)"); }
      var brk = getComputedStyle(svg).breakInside, outer = getComputedStyle(svg.parentElement).breakInside;
      if (brk !== "avoid" || outer !== "avoid") { say(svg, "a page break may split the chart (break-inside " + brk + ", of its box " + outer + ")"); }
    }
    var texts = [], lines = [];
    svg.querySelectorAll("text").forEach(function (t) {
      var b = t.getBBox();
      if (!t.textContent.trim()) { return; }
      out.texts++;
      texts.push({b: b, s: t.textContent.slice(0, 40)});
      if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5) {
        say(svg, "text " + JSON.stringify(t.textContent.slice(0, 40)) + " [" + [b.x, b.y, b.x + b.width, b.y + b.height].map(Math.round) + "] outside the viewBox " + vb.width + "x" + vb.height);
      }
      var c = t.getBoundingClientRect();
      if (c.left < box.left - 0.5 || c.right > box.right + 0.5 || c.top < box.top - 0.5 || c.bottom > box.bottom + 0.5) {
        say(svg, "text " + JSON.stringify(t.textContent.slice(0, 40)) + " outside the chart's box");
      }
      out.minFont = Math.min(out.minFont, parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    svg.querySelectorAll("line").forEach(function (l) {
      var x1 = l.x1.baseVal.value, x2 = l.x2.baseVal.value, y1 = l.y1.baseVal.value, y2 = l.y2.baseVal.value;
      lines.push({x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1)});
    });
    for (var i = 0; i < texts.length; i++) {
      for (var j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i].b, texts[j].b, 1)) {
          say(svg, "texts " + JSON.stringify(texts[i].s) + " and " + JSON.stringify(texts[j].s) + " overlap");
        }
      }
      for (var k = 0; k < lines.length; k++) {
        var ln = lines[k], b = texts[i].b;
        if (ln.x > b.x + 0.5 && ln.x < b.x + b.width - 0.5 && Math.min(ln.y + ln.height, b.y + b.height) - Math.max(ln.y, b.y) > 1) {
          say(svg, "a line crosses the text " + JSON.stringify(texts[i].s));
        }
      }
    }
  });
  return JSON.stringify(out);
})`

// go test ./report -run TestBrowserLayout -layout FILE measures a report
// made elsewhere (of a large corpus, say) instead of the test's own.
var layoutFile = flag.String("layout", "", "measure this HTML report instead of the test's")

// go test ./report -run TestBrowserLayout -shots DIR writes screenshots of
// each report at each width, at its top and at its first event's first
// screen, articles and numbers, to look at.
var shotsDir = flag.String("shots", "", "write screenshots of the reports to this directory")

// probeResult is what layoutProbe reports.
type probeResult struct {
	Height   int      `json:"height"` // as the page opens, before the probe opens its details
	Tall     []string `json:"tall"`   // the sections over 2,000 px high then
	Viewport int      `json:"viewport"`
	Doc      int      `json:"doc"`
	Body     int      `json:"body"`
	Charts   int      `json:"charts"`
	Texts    int      `json:"texts"`
	Problems []string `json:"problems"`
	MinFont  float64  `json:"minFont"`
	Widest   string   `json:"widest"`
}

// Letter paper less the report's @page margins (11 and 10 mm), in CSS px.
const (
	printWidth  = 816 - 2*11*96/25.4
	printHeight = 1056 - 2*10*96/25.4
)

// browser starts a headless Chromium for the test, with a profile of its
// own, and returns the context to drive it with.
func browser(t *testing.T, bin string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-gpu", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	return ctx
}

// show opens a report file in the browser at a width, on screen or (print)
// as printed on Letter paper.
func show(t *testing.T, ctx context.Context, file string, width int, print bool) {
	t.Helper()
	media := ""
	if print {
		media = "print"
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(int64(width), 900),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
			return err
		}),
		chromedp.Navigate("file://"+file))
	if err != nil {
		t.Fatalf("opening %s at %d px: %v", file, width, err)
	}
}

// probe measures the page shown; pageHeight, when not 0, is the height of
// a printed page in px.
func probe(t *testing.T, ctx context.Context, pageHeight float64) probeResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	js, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf("%s(%g)", layoutProbe, pageHeight)))
	if err != nil {
		t.Fatalf("layout probe: %v", err)
	}
	var p probeResult
	if err := json.Unmarshal([]byte(js), &p); err != nil {
		t.Fatalf("layout probe: %v: %.300s", err, js)
	}
	return p
}

// shoot writes screenshots of a report at a width: its top, and the first
// event's first screen, articles, numbers and framing terms.
func shoot(t *testing.T, ctx context.Context, file string, width int, prefix string) {
	t.Helper()
	for _, anchor := range []string{"", "e1", "e1-sides", "e1-numbers", "e1-framing", "e1-unique"} {
		ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
		err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(width)*3/4+300), chromedp.Navigate("file://"+file+"#"+anchor))
		var png []byte
		if err == nil {
			png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		}
		cancel()
		if err != nil {
			t.Fatalf("screenshot of %s#%s: %v", file, anchor, err)
		}
		name := fmt.Sprintf("%s-%d-%s.png", strings.TrimSuffix(prefix, ".html"), width, cmp.Or(anchor, "top"))
		if err := os.WriteFile(name, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBrowserLayout renders the demo, a large corpus's compact report and
// the hostile fixture at 1280 and 390 px and as printed: no page scrolls
// sideways, no text of any chart leaves its chart or collides with another
// text or an axis line, chart text is drawn at 9 px or more (on a phone
// the charts keep their size and scroll inside their box), and on paper
// every chart fits a page and may not be split from its axis.
func TestBrowserLayout(t *testing.T) {
	bin := chromium(t)
	ctx := browser(t, bin)
	reports := []struct {
		name string
		r    *compare.Result
	}{
		{"demo", demoResult(t)},
		{"large", syntheticResult(400)},
		{"hostile", hostileResult()},
	}
	if *layoutFile != "" {
		abs, err := filepath.Abs(*layoutFile)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports[:0], struct {
			name string
			r    *compare.Result
		}{abs, nil})
	}
	for _, rep := range reports {
		file := filepath.Join(t.TempDir(), rep.name+".html")
		if rep.r == nil {
			file = rep.name
		} else if err := os.WriteFile(file, renderHTML(t, rep.r), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, width := range []int{1280, 390, 0} {
			name, w, pageHeight := fmt.Sprint(width), width, 0.0
			if width == 0 {
				name, w, pageHeight = "print", int(math.Floor(printWidth)), printHeight
			}
			t.Run(rep.name+"/"+name, func(t *testing.T) {
				show(t, ctx, file, w, width == 0)
				p := probe(t, ctx, pageHeight)
				t.Logf("%s at %d px (%s): document %d px wide (body %d) in a %d px viewport, %d px high as it opens; %d charts, %d chart texts, smallest chart text %.1f px",
					filepath.Base(rep.name), w, name, p.Doc, p.Body, p.Viewport, p.Height, p.Charts, p.Texts, p.MinFont)
				if len(p.Tall) > 0 {
					t.Logf("the tallest parts: %s", strings.Join(p.Tall, ", "))
				}
				if p.Viewport != w {
					t.Fatalf("viewport %d px, want %d (the emulated width was not applied)", p.Viewport, w)
				}
				if p.Doc > p.Viewport || p.Body > p.Viewport {
					what := "the page scrolls sideways"
					if width == 0 {
						what = "the page is wider than the paper"
					}
					t.Errorf("%s: document %d px, body %d px, viewport %d px (first element past the edge: %s)", what, p.Doc, p.Body, p.Viewport, p.Widest)
				}
				if p.Charts > 0 && p.MinFont < 9 {
					t.Errorf("chart text drawn at %.1f px: too small to read", p.MinFont)
				}
				for _, pr := range p.Problems {
					t.Error(pr)
				}
				if *shotsDir != "" && width != 0 {
					shoot(t, ctx, file, width, filepath.Join(*shotsDir, filepath.Base(rep.name)))
				}
			})
		}
	}
}

// pdfPages returns a PDF's pages, as object numbers in page order, with
// their heights, and its named destinations: name to page index and the
// height on the page (from the bottom, in points). It reads the plain
// object dictionaries Chromium writes; it is no general PDF parser.
func pdfPages(t *testing.T, pdf []byte) (pages []int, height float64, dests map[string][2]float64) {
	t.Helper()
	objs := map[int]string{}
	re := regexp.MustCompile(`(?s)(\d+) 0 obj(.*?)endobj`)
	for _, m := range re.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		body := string(m[2])
		if i := strings.Index(body, "stream"); i >= 0 {
			body = body[:i] // only the dictionary
		}
		objs[n] = body
	}
	root := 0
	for _, body := range objs {
		if strings.Contains(body, "/Type /Catalog") {
			if m := regexp.MustCompile(`/Pages (\d+) 0 R`).FindStringSubmatch(body); m != nil {
				root, _ = strconv.Atoi(m[1])
			}
		}
	}
	if root == 0 {
		t.Fatal("PDF: no catalog with pages")
	}
	var walk func(n int)
	walk = func(n int) {
		body := objs[n]
		if !strings.Contains(body, "/Type /Pages") {
			pages = append(pages, n)
			if m := regexp.MustCompile(`/MediaBox \[0 0 [\d.]+ ([\d.]+)\]`).FindStringSubmatch(body); m != nil {
				height, _ = strconv.ParseFloat(m[1], 64)
			}
			return
		}
		m := regexp.MustCompile(`/Kids \[([^\]]*)\]`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("PDF: pages object %d without kids", n)
		}
		for _, k := range regexp.MustCompile(`(\d+) 0 R`).FindAllStringSubmatch(m[1], -1) {
			kid, _ := strconv.Atoi(k[1])
			walk(kid)
		}
	}
	walk(root)
	index := map[int]int{}
	for i, p := range pages {
		index[p] = i
	}
	dests = map[string][2]float64{}
	for _, m := range regexp.MustCompile(`/([A-Za-z0-9_-]+) \[(\d+) 0 R /XYZ [-\d.]+ ([-\d.]+)`).FindAllSubmatch(pdf, -1) {
		p, _ := strconv.Atoi(string(m[2]))
		y, _ := strconv.ParseFloat(string(m[3]), 64)
		if i, ok := index[p]; ok {
			dests[string(m[1])] = [2]float64{float64(i), y}
		}
	}
	return pages, height, dests
}

// TestBrowserPrint prints the demo report to PDF as a teacher would, from
// the page as it opens, on Letter paper with chromium --headless
// --print-to-pdf and on A4 through the DevTools protocol: at most 30 pages,
// every event from the top of a new page, and its first screen, "What
// differs", on that one page (the articles that follow start on it, or at
// the top of the next).
func TestBrowserPrint(t *testing.T) {
	bin := chromium(t)
	r := demoResult(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, renderHTML(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("letter", func(t *testing.T) {
		out := filepath.Join(dir, "report.pdf")
		headless(t, bin, file, "--no-pdf-header-footer", "--print-to-pdf="+out)
		pdf, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		checkPrinted(t, pdf, r)
	})
	t.Run("a4", func(t *testing.T) {
		ctx := browser(t, bin)
		show(t, ctx, file, 1280, false)
		pctx, cancel := context.WithTimeout(ctx, 90*time.Second)
		defer cancel()
		pdf, err := chromedp.Run(pctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPrintBackground()))
		if err != nil {
			t.Fatal(err)
		}
		checkPrinted(t, pdf, r)
	})
}

// checkPrinted checks a printed demo: its page count, where each event
// starts and where its articles start.
func checkPrinted(t *testing.T, pdf []byte, r *compare.Result) {
	t.Helper()
	pages, height, dests := pdfPages(t, pdf)
	t.Logf("demo printed: %d pages of %.0f pt, %d bytes", len(pages), height, len(pdf))
	if len(pages) == 0 || len(pages) > 30 {
		t.Errorf("the demo prints on %d pages, want 1 to 30", len(pages))
	}
	top := height * 0.9 // a destination above this is at the top of its page
	last := -1.0
	var starts []string
	for i := range r.Events {
		id := eventAnchor(i)
		d, ok := dests[id]
		if !ok {
			t.Errorf("event %s: no destination in the PDF", id)
			continue
		}
		starts = append(starts, fmt.Sprintf("%s p.%d", id, int(d[0])+1))
		if d[1] < top || d[0] <= last {
			t.Errorf("event %s starts on page %d at %.0f pt of %.0f: not at the top of a new page", id, int(d[0])+1, d[1], height)
		}
		last = d[0]
		s, ok := dests[id+"-sides"]
		switch {
		case !ok:
			t.Errorf("event %s: no destination for its articles", id)
		case s[0] == d[0] || s[0] == d[0]+1 && s[1] >= top:
		default:
			t.Errorf("event %s: its first screen runs from page %d to page %d (the articles start at %.0f pt)", id, int(d[0])+1, int(s[0])+1, s[1])
		}
	}
	sort.Strings(starts)
	t.Logf("events start on: %s", strings.Join(starts, ", "))
}
