package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/fetch"
	"github.com/framediff/framediff/internal/testcorpus"
)

// chromiumPath finds a Chromium to drive, or skips the test.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH: install Debian's chromium (apt-get install chromium; .ci/run does) to drive framediff serve in a real browser")
	return ""
}

// browser starts headless Chromium, with no profile, no first-run work
// and nothing fetched in the background, and returns the context of its
// tab. It is stopped at the end of the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-component-update", true),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); acancel() })
	// The first run starts the browser, which lives as long as the
	// context of that run: no timeout on it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// newsSite serves pages by path, a robots.txt that keeps crawlers out
// of /private/, and nothing else.
func newsSite(t *testing.T, pages map[string][]byte) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// reportRow is an article as the report's article table shows it.
type reportRow struct {
	Outlet, Title string
}

// pasteAndCompare is the teacher's workflow in a browser: open the page,
// paste the links, press Compare, and read the report that comes back.
// It checks on the way that both pages' styles, and the report's script,
// ran under their Content-Security-Policy headers.
func pasteAndCompare(t *testing.T, links []string) (headline string, outlets []string, rows []reportRow, emphasis []string) {
	t.Helper()
	page := startServe(t)
	tab := browser(t)
	ctx, cancel := context.WithTimeout(tab, 3*time.Minute)
	defer cancel()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(page))
	if err != nil {
		t.Fatalf("opening %s: %v", page, err)
	}
	if resp.Status != http.StatusOK {
		t.Fatalf("opening %s: %d", page, resp.Status)
	}
	// The page's rounded fieldsets come from its own style sheet, which
	// only its policy's hash lets the browser apply.
	radius, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("fieldset")).borderTopLeftRadius`))
	if err != nil || radius != "6px" {
		t.Errorf("the form page's style did not apply under its policy: border radius %q, %v", radius, err)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("links"), strings.Join(links, "\n"))); err != nil {
		t.Fatalf("pasting the links: %v", err)
	}
	resp, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	if err != nil {
		t.Fatalf("sending the form: %v", err)
	}
	if resp.Status != http.StatusOK {
		body, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		t.Fatalf("the form gave %d: %.500s", resp.Status, body)
	}
	headline, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	if err != nil {
		t.Fatal(err)
	}
	outlets, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".legend-outlets li"), li => li.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	rows, err = chromedp.Run(ctx, chromedp.Evaluate[[]reportRow](`Array.from(document.querySelectorAll("#articles tbody tr"), tr => ({
		Outlet: tr.cells[1].textContent.trim(),
		Title: (tr.cells[2].querySelector("a") || tr.cells[2]).firstChild.textContent.trim(),
	}))`))
	if err != nil {
		t.Fatal(err)
	}
	emphasis, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("b.hl"), b => b.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	// report.js marks the page when it ran: only the report's policy,
	// sent as a header by serve, allows it, by its hash.
	ran, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.getAttribute("data-script") + " " + document.documentElement.getAttribute("data-css")`))
	if err != nil || !strings.HasPrefix(ran, "ran ") || strings.HasSuffix(ran, " none") {
		t.Errorf("the report's script and style did not both run under its policy: %q, %v", ran, err)
	}
	return headline, outlets, rows, emphasis
}

// TestServeBrowser pastes the links of two pages of a local news site,
// written for this test (fictional outlets on the clearing of the
// Ambassador Bridge blockade, 13 February 2022), into the page in
// headless Chromium, and reads the report: one event, both outlets, and
// each outlet's headline where the report shows what each puts first.
func TestServeBrowser(t *testing.T) {
	pages := map[string][]byte{}
	var links []string
	for _, name := range []string{"lakeshore-gazette.html", "northern-current.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", "serve", name))
		if err != nil {
			t.Fatal(err)
		}
		p := "/2022/02/13/" + name
		pages[p] = b
		links = append(links, p)
	}
	site := newsSite(t, pages)
	for i := range links {
		links[i] = site.URL + links[i]
	}
	headline, outlets, rows, emphasis := pasteAndCompare(t, links)
	if headline != "How 2 outlets framed 1 event" {
		t.Errorf("headline %q, want two outlets and one event", headline)
	}
	if want := []string{"Lakeshore Gazette", "Northern Current"}; !slices.Equal(outlets, want) {
		t.Errorf("outlets %q, want %q", outlets, want)
	}
	wantRows := []reportRow{
		{"Lakeshore Gazette", "Police clear blockade at Ambassador Bridge, easing border trade"},
		{"Northern Current", "Arrests as police break up bridge protest in Windsor"},
	}
	if !slices.Equal(rows, wantRows) {
		t.Errorf("articles %q, want %q", rows, wantRows)
	}
	for _, r := range wantRows {
		if !slices.Contains(emphasis, r.Title) {
			t.Errorf("the headline %q is not among what each puts first: %q", r.Title, emphasis)
		}
	}
}

// TestServeBrowserAEB does the same with two real saved pages of the
// AEB set (../shared/data/aeb), served by a local site: the report the
// browser shows has the two articles with the outlet and headline that
// framediff reads from the same pages without the browser.
func TestServeBrowserAEB(t *testing.T) {
	dir := filepath.Join(testcorpus.Root, "..", "shared", "data", "aeb", "html")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("AEB set not found at ../shared/data/aeb beside the module root")
	}
	// Two pages of one day's coverage of the Los Angeles Auto Show, from
	// two sites, with their site names in their metadata.
	ids := []string{
		"05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f",
		"06ee193de4bd611f7fafbab0c59b0f6fe3495093516720632cd093b24c7a0e98",
	}
	pages := map[string][]byte{}
	var links []string
	for _, id := range ids {
		matches, _ := filepath.Glob(filepath.Join(dir, id[:12]+"*.html.gz"))
		if len(matches) != 1 {
			t.Skipf("AEB page %s not found in %s", id[:12], dir)
		}
		pages["/news/"+id[:12]+".html"] = gunzipFile(t, matches[0])
		links = append(links, "/news/"+id[:12]+".html")
	}
	site := newsSite(t, pages)
	for i := range links {
		links[i] = site.URL + links[i]
	}
	// What the command line's readers make of the same pages.
	c, err := fetch.New(fastFetch)
	if err != nil {
		t.Fatal(err)
	}
	set, err := corpus.Load(context.Background(), links, nil, corpus.Options{Fetcher: c})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 2 {
		t.Fatalf("the readers made %d articles of the two pages (skipped %v)", len(set.Articles), set.Skipped)
	}
	var want []reportRow
	for _, a := range set.Articles {
		if a.Outlet == "" || a.Title == "" {
			t.Fatalf("the readers found no outlet or title in %s", a.URL)
		}
		want = append(want, reportRow{a.Outlet, a.Title})
	}
	_, outlets, rows, _ := pasteAndCompare(t, links)
	slices.SortFunc(rows, func(a, b reportRow) int { return strings.Compare(a.Outlet, b.Outlet) })
	slices.SortFunc(want, func(a, b reportRow) int { return strings.Compare(a.Outlet, b.Outlet) })
	if !slices.Equal(rows, want) {
		t.Errorf("the browser shows articles %q, want %q", rows, want)
	}
	if len(outlets) != 2 || outlets[0] == outlets[1] {
		t.Errorf("outlets %q, want two", outlets)
	}
	t.Logf("aeb serve: %q", rows)
}

func gunzipFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
