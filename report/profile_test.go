package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/profile"
	"github.com/framediff/framediff/internal/testcorpus"
)

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func profileUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func fp(x float64) *float64 { return &x }

// profileFixture is a hand-built profile of two fictional outlets over
// Honolulu-week events, with an outlet name, a term and a sentence that
// try to break out of HTML, and a name long enough to be cut.
func profileFixture() *profile.Profile {
	sentence := "The State Department called it a <script>alert(1)</script> propaganda campaign & more."
	ts := strings.Index(sentence, "propaganda campaign")
	ex := profile.Example{Event: "e2", Example: compare.Example{Article: "a7", Start: 100, End: 100 + len(sentence), Text: sentence, TermStart: 100 + ts, TermEnd: 100 + ts + len("propaganda campaign")}}
	return &profile.Profile{
		Params: profile.Params{
			MinEvents: 3, Terms: []string{"propaganda campaign", "de-escalate"}, Actors: []string{"Putin"},
			Compare: compare.Params{Window: compare.Duration(72 * time.Hour), MinOutlets: 2, Top: 10},
		},
		Articles: 14, Events: 5, Undated: 1,
		Outlets: []profile.Outlet{
			{
				Outlet: "Meridian Post", Events: 4, Words: 12345,
				Loaded: &profile.Finding{Term: profile.AllLoaded, Count: 40, OthersCount: 90, Words: 12345, OthersWords: 20000,
					Rate: 3.24, OthersRate: 4.5, RateRatio: 0.71, Low: 0.49, High: 1.03, Z: -1.8, P: 0.07, PAdjusted: 0.07,
					Events: 4, OutletEvents: 4, OthersEvents: 4, Stable: true, UsedIn: []string{"e1", "e2", "e3", "e4"}, Examples: []profile.Example{}},
				Framing: []profile.Finding{
					{Term: "de-escalate", Count: 9, OthersCount: 1, Words: 9000, OthersWords: 15000, Rate: 1, OthersRate: 0.067,
						RateRatio: 14.2, Low: 2.4, High: 84.1, Z: 2.92, P: 0.0035, PAdjusted: 0.0105, Events: 4, OutletEvents: 4, OthersEvents: 1,
						Stable: true, Strong: true, UsedIn: []string{"e1", "e2", "e3", "e4"}, Examples: []profile.Example{}},
					{Term: "an extraordinarily long framing phrase that will not fit", Count: 2, OthersCount: 0, Words: 3000, OthersWords: 5000,
						Rate: 0.667, RateRatio: 8.3, Low: 0.4, High: 173.2, Z: 1.37, P: 0.17, PAdjusted: 0.26, Events: 2, OutletEvents: 2,
						Corrected: true, UsedIn: []string{"e1", "e3"}, Examples: []profile.Example{}},
				},
				LoadedWords: []profile.Finding{},
				Chosen: []profile.Finding{
					{Term: "propaganda campaign", Words: 12345, OthersWords: 20000, UsedIn: []string{}, Examples: []profile.Example{}},
					{Term: "de-escalate", Count: 9, OthersCount: 1, Words: 9000, OthersWords: 15000, RateRatio: 14.2, Low: 2.4, High: 84.1,
						P: 0.0035, PAdjusted: 0.007, Events: 4, OutletEvents: 4, OthersEvents: 1, Stable: true, Strong: true,
						UsedIn: []string{"e1", "e2", "e3", "e4"}, Examples: []profile.Example{}},
				},
				Actors: []profile.ActorTone{
					{Actor: "Vladimir Putin", Type: "PERSON", Mentions: 12, OthersMentions: 30, Mean: -0.31, OthersMean: -0.12, Diff: -0.19,
						Low: fp(-0.3), High: fp(-0.08), P: 0.01, PAdjusted: 0.02, Events: 4, Stable: true, Strong: true, In: []string{"e1", "e2", "e3", "e4"}},
					{Actor: "Antony Blinken", Type: "PERSON", Mentions: 5, OthersMentions: 6, Mean: 0.1, OthersMean: 0.05, Diff: 0.05,
						Low: fp(-2), High: fp(2), P: 0.9, PAdjusted: 0.9, Events: 2, In: []string{"e2", "e4"}},
				},
			},
			{
				Outlet: `Vostok <b>Review</b>`, Events: 3, Words: 4000,
				Framing: []profile.Finding{
					{Term: "propaganda campaign", Count: 4, OthersCount: 0, Words: 2500, OthersWords: 9000, Rate: 1.6,
						RateRatio: 21.5, Low: 1.2, High: 390, Z: 2.08, P: 0.037, PAdjusted: 0.037, Events: 2, OutletEvents: 2,
						Corrected: true, Stable: true, UsedIn: []string{"e2", "e4"}, Examples: []profile.Example{ex}},
				},
				LoadedWords: []profile.Finding{}, Chosen: []profile.Finding{}, Actors: []profile.ActorTone{},
			},
		},
		Weeks: []string{"2022-W06", "2022-W07"},
		Trends: []profile.Trend{
			{Kind: profile.TrendTerm, Name: "de-escalate", Points: []profile.Point{
				{Outlet: "Meridian Post", Week: "2022-W06", Events: 3, Count: 7, OthersCount: 1, Words: 7000, OthersWords: 12000, Estimate: fp(12.1), Low: fp(1.9), High: fp(77)},
				{Outlet: "Meridian Post", Week: "2022-W07", Events: 1, Count: 0, OthersCount: 0, Words: 2000, OthersWords: 3000},
				{Outlet: `Vostok <b>Review</b>`, Week: "2022-W06", Events: 2, Count: 0, OthersCount: 1, Words: 3000, OthersWords: 8000, Estimate: fp(0.9), Low: fp(0.04), High: fp(19)},
			}},
			{Kind: profile.TrendActor, Name: "Vladimir Putin", Points: []profile.Point{
				{Outlet: "Meridian Post", Week: "2022-W06", Events: 3, Count: 9, OthersCount: 20, Estimate: fp(-0.21), Low: fp(-0.4), High: fp(-0.02)},
				{Outlet: "Meridian Post", Week: "2022-W07", Events: 1, Count: 3, OthersCount: 10, Estimate: fp(-0.1)},
			}},
		},
		Notes: []string{`no matched event has tone toward an actor named "Nobody"`},
	}
}

// TestProfileGolden renders the fixture in every format and compares the
// output with testdata/profile.*.golden; -update rewrites them.
func TestProfileGolden(t *testing.T) {
	for _, c := range []struct {
		ext    string
		render ProfileRenderer
	}{
		{"txt", ProfileText},
		{"json", ProfileJSON},
		{"csv", ProfileCSV},
		{"html", ProfileHTML},
	} {
		t.Run(c.ext, func(t *testing.T) {
			var buf bytes.Buffer
			if err := c.render(&buf, profileFixture(), "framediff test"); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "profile."+c.ext+".golden")
			if profileUpdating() {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./report -run TestProfileGolden -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from %s; run with -update and review the diff", c.ext, path)
			}
		})
	}
}

// TestProfileEscapes checks that nothing from an article reaches the HTML
// as markup, that the page loads nothing, and that the CSV and JSON parse.
func TestProfileEscapes(t *testing.T) {
	p := profileFixture()
	var h, c, j bytes.Buffer
	if err := ProfileHTML(&h, p, "framediff test"); err != nil {
		t.Fatal(err)
	}
	html := h.String()
	for _, bad := range []string{"<script>", "<b>Review", "src=\"http", "href=\"http"} {
		if strings.Contains(html, bad) {
			t.Errorf("the HTML holds %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;", "Vostok &lt;b&gt;Review&lt;/b&gt;", "<mark>propaganda campaign</mark>", "default-src &#39;none&#39;", "<svg class=\"chart\""} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
	if err := ProfileCSV(&c, p, ""); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// 2 framing + loaded + 2 chosen + 2 actors, 1 framing; 3 + 2 points.
	if len(rows) != 1+8+5 {
		t.Errorf("%d CSV rows, want 14", len(rows))
	}
	if err := ProfileJSON(&j, p, "framediff test"); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Schema  string            `json:"schema"`
		Outlets []profile.Outlet  `json:"outlets"`
		Trends  []profile.Trend   `json:"trends"`
		Params  profile.Params    `json:"params"`
		Extra   map[string]string `json:"-"`
	}
	if err := json.Unmarshal(j.Bytes(), &back); err != nil || back.Schema != profile.Schema || len(back.Outlets) != 2 || len(back.Trends) != 2 {
		t.Errorf("JSON: %v, schema %q, %d outlets", err, back.Schema, len(back.Outlets))
	}
}

// TestProfileSample profiles the sample corpus and checks that the text
// fits 80 columns and every format renders.
func TestProfileSample(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	res, err := compare.Compare(ctx, docs, nil, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	opts := profile.DefaultOptions()
	opts.Terms, opts.Actors = []string{"sanctions", "propaganda", "de-escalate"}, []string{"Putin", "Blinken"}
	p, err := profile.Build(ctx, res, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ProfileText(&buf, p, "framediff test"); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("line %d has %d columns: %q", i+1, n, line)
		}
	}
	if !strings.Contains(buf.String(), "== Vostok Review") || !strings.Contains(buf.String(), `== term "propaganda" week by week`) {
		t.Errorf("the text lacks an outlet or a trend:\n%s", buf.String())
	}
	for _, r := range []ProfileRenderer{ProfileHTML, ProfileJSON, ProfileCSV} {
		if err := r(&bytes.Buffer{}, p, "framediff test"); err != nil {
			t.Error(err)
		}
	}
}
