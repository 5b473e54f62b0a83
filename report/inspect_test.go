package report

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/corpus/nlp/target"
)

// TestInspectTone: framediff inspect --format json gives every entity
// mention the tone of its sentence toward it, every pronoun its entity
// and tone, and every article its tone toward each entity, the mean of
// its mentions and the pronouns resolved to it. The article is written for
// the test.
func TestInspectTone(t *testing.T) {
	text := "Prosecutors accused Governor Tom Baker of taking bribes from contractors.\n\n" +
		"Baker was indicted on corruption charges on Tuesday. He resigned the same day.\n\n" +
		"Senator Anna Warren praised the prosecutors for their work."
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "a1", Outlet: "Harbour Times", Text: text, Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	tm := target.Default()
	tones, refs := tm.Mentions(d), tm.References(d)
	in := Inspected{Doc: d, Tones: tones, References: refs, Stances: tm.Stances(d, tones, refs)}
	if err := InspectJSON(&b, []Inspected{in}, nil); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Articles []struct {
			Entities []struct {
				Name string
				Tone struct {
					Score float64
					Label string
				}
			}
			References []struct {
				Start, End int
				Text       string
				Entity     *string
				Tone       struct {
					Score float64
					Label string
				}
			}
			EntityTone []struct {
				Entity             string
				Mentions           int
				References         int
				Mean               float64
				Positive, Negative float64
				Stance             string
			} `json:"entity_tone"`
		}
	}
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	a := r.Articles[0]
	sums, counts := map[string]float64{}, map[string]int{}
	for _, e := range a.Entities {
		if e.Tone.Score < -1 || e.Tone.Score > 1 || !strings.Contains("neg neu pos", e.Tone.Label) || e.Tone.Label == "" {
			t.Errorf("%s: tone %+v", e.Name, e.Tone)
		}
		sums[e.Name] += e.Tone.Score
		counts[e.Name]++
	}
	if len(a.EntityTone) != len(counts) {
		t.Errorf("entity_tone has %d entities, the mentions %d", len(a.EntityTone), len(counts))
	}
	// "He" (the second paragraph's second sentence) is Baker: the only
	// person before it; "their" in the last has no organisation before it.
	refCounts := map[string]int{}
	resolved := map[string]string{}
	for _, r := range a.References {
		if r.Tone.Score < -1 || r.Tone.Score > 1 || r.Tone.Label == "" || text[r.Start:r.End] != r.Text {
			t.Errorf("reference %+v", r)
		}
		if r.Entity != nil {
			resolved[r.Text] = *r.Entity
			sums[*r.Entity] += r.Tone.Score
			refCounts[*r.Entity]++
		} else {
			resolved[r.Text] = ""
		}
	}
	if got, ok := resolved["He"]; !ok || got != "Tom Baker" {
		t.Errorf(`"He" resolved to %q (listed %v), want Tom Baker; references %+v`, got, ok, a.References)
	}
	if got, ok := resolved["their"]; !ok || got != "" {
		t.Errorf(`"their" resolved to %q (listed %v), want no entity`, got, ok)
	}
	for _, s := range a.EntityTone {
		n := counts[s.Entity] + refCounts[s.Entity]
		want := sums[s.Entity] / float64(n)
		if s.Mentions != counts[s.Entity] || s.References != refCounts[s.Entity] || math.Abs(s.Mean-want) > 1e-3 {
			t.Errorf("%s: %d mentions, %d references, mean %v; want %d, %d, %v", s.Entity, s.Mentions, s.References, s.Mean, counts[s.Entity], refCounts[s.Entity], want)
		}
	}
	tests := []struct{ entity, stance string }{
		{"Tom Baker", "neg"},
	}
	for _, tt := range tests {
		found := false
		for _, s := range a.EntityTone {
			if s.Entity == tt.entity {
				found = true
				if s.Stance != tt.stance {
					t.Errorf("%s: stance %q (mean %+.2f), want %q", tt.entity, s.Stance, s.Mean, tt.stance)
				}
			}
		}
		if !found {
			t.Errorf("no entity_tone for %s: %+v", tt.entity, a.EntityTone)
		}
	}
}

// TestInspectLoaded: each article's loaded word occurrences are listed
// with their offsets, text, score and voice, quoted ones as quoted.
func TestInspectLoaded(t *testing.T) {
	text := "The senator called the plan a \"bogus scheme\" on Tuesday.\n\nCritics slammed the reckless proposal."
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "a1", Outlet: "Harbour Times", Text: text, Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	in := Inspected{Doc: d}
	for _, o := range loaded.Default().Score(d) {
		if o.Loaded {
			in.Loaded = append(in.Loaded, o)
		}
	}
	if len(in.Loaded) == 0 {
		t.Fatal("the model finds no loaded word in the test article")
	}
	var b bytes.Buffer
	if err := InspectJSON(&b, []Inspected{in}, nil); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Articles []struct {
			Loaded []struct {
				Start, End int
				Text       string
				Score      float64
				Voice      string
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	got := r.Articles[0].Loaded
	if len(got) != len(in.Loaded) {
		t.Fatalf("%d loaded words in the JSON, want %d", len(got), len(in.Loaded))
	}
	for i, l := range got {
		if text[l.Start:l.End] != l.Text || l.Score < loaded.Default().Threshold || l.Score > 1 {
			t.Errorf("loaded word %+v does not match the text or the threshold", l)
		}
		wantVoice := "own"
		if in.Loaded[i].Quoted {
			wantVoice = "quoted"
		}
		if l.Voice != wantVoice {
			t.Errorf("%q: voice %q, want %q", l.Text, l.Voice, wantVoice)
		}
	}
}

// TestInspectTextLayout: the text of framediff inspect fits the width it
// is given, each field's value starts in one column after its name and
// wraps under itself, and the article's paragraphs wrap with nothing
// lost. The article is written for the test, with a long URL to break.
func TestInspectTextLayout(t *testing.T) {
	text := "Prosecutors accused Governor Tom Baker of taking bribes from contractors in the state capital, " +
		"a case that has shaken the legislature and the governor's own party for most of the winter.\n\n" +
		"Baker was indicted on corruption charges on Tuesday."
	url := "https://harbour-times.example/news/2022/02/15/governor-tom-baker-indicted-on-corruption-charges-after-long-inquiry"
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "a1", Outlet: "Harbour Times", Title: "Governor indicted", URL: url, Text: text, Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	skipped := []corpus.Skipped{{Source: "notes/README.txt", Reason: "not an article: a README, licence or notes file"}}
	for _, width := range []int{0, 40, 60, 100} {
		var b bytes.Buffer
		o := TextOptions{Width: width}
		if err := o.Inspect(&b, []Inspected{{Doc: d}}, skipped); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for i, line := range strings.Split(out, "\n") {
			if n := textWidthOf(line); n > o.width() {
				t.Errorf("width %d: line %d is %d wide: %s", width, i+1, n, line)
			}
		}
		if !strings.Contains(out, "outlet:    Harbour Times\n") || !strings.Contains(out, "title:     Governor indicted\n") {
			t.Errorf("width %d: fields are not aligned after their names:\n%s", width, out)
		}
		flat := strings.Join(strings.Fields(out), " ")
		for _, want := range []string{
			strings.Join(strings.Fields(text), " "),
			"notes/README.txt: not an article: a README, licence or notes file",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("width %d: the text lacks %q", width, want)
			}
		}
		if !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(out, "\n           ", "")), ""), url) {
			t.Errorf("width %d: the URL is not whole once its lines are joined", width)
		}
	}
}
