// Package synth generates synthetic news corpora for measuring framediff
// at scale: fictional outlets reporting made-up events over a year, with
// the article lengths, outlet sizes, event sizes and word and name
// frequencies of real news, as text files for a real ingest or as
// documents already annotated (without the model) for the store and the
// comparison.
//
// Algorithm: events are drawn first (a date, a handful of topical words
// and names, a size from a log-normal weight); each article then belongs
// to one event (or, for a quarter of them, to none), is published within
// hours of it by an outlet drawn by outlet size, and is written sentence by
// sentence from templates whose slots draw words by Zipf's law from the
// common vocabulary, the event's own words and a long tail of made-up
// words. The builder that writes the text records, as it goes, what the
// annotator would: paragraphs, sentences with tone, tokens with tags,
// entity mentions and quotes.
//
// Scoring: article i is a pure function of the configuration and i, so
// any subset can be generated in any order, in parallel, and again.
//
// Limits: the text is grammatical but meaningless; the tags are the ones
// the templates intend, not what prose would assign. It measures speed
// and memory, never quality.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Config shapes a corpus. Zero fields take the defaults in brackets.
type Config struct {
	Seed      uint64
	Outlets   int       // [40]
	Start     time.Time // the first day [2022-01-01 UTC]
	Days      int       // [365]
	MeanWords int       // mean article length in words [650]
	// EventSize is the mean number of articles per event [6].
	EventSize float64
	// Singletons is the share of articles that report no shared event
	// [0.25].
	Singletons float64
}

// Generator makes the articles of one corpus.
type Generator struct {
	cfg     Config
	n       int
	outlets []string
	outletW weighted
	bias    []float64 // outlet tone bias

	nouns    []string // common nouns, then the made-up tail
	nounZ    zipf
	places   []string
	placeZ   zipf
	people   []string
	peopleZ  zipf
	orgs     []string
	orgZ     zipf
	verbZ    zipf
	adjZ     zipf
	events   []event
	eventW   weighted
	tailFrom int // first made-up noun
}

type event struct {
	at     time.Time
	nouns  []string
	verb   int
	people []string
	places []string
	org    string
}

// New prepares a corpus of n articles.
func New(n int, cfg Config) *Generator {
	if cfg.Outlets <= 0 {
		cfg.Outlets = 40
	}
	if cfg.Start.IsZero() {
		cfg.Start = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if cfg.Days <= 0 {
		cfg.Days = 365
	}
	if cfg.MeanWords <= 0 {
		cfg.MeanWords = 650
	}
	if cfg.EventSize <= 0 {
		cfg.EventSize = 6
	}
	if cfg.Singletons <= 0 {
		cfg.Singletons = 0.25
	}
	g := &Generator{cfg: cfg, n: n}
	r := rand.New(rand.NewPCG(cfg.Seed, 1))

	// Outlets: a few large ones, many small (Zipf-like weights), each with
	// its own leaning of tone.
	seen := map[string]bool{}
	for len(g.outlets) < cfg.Outlets {
		name := outletFirst[r.IntN(len(outletFirst))] + " " + outletSecond[r.IntN(len(outletSecond))]
		if len(g.outlets)%3 == 0 {
			name = "The " + name
		}
		if seen[corpus.Slug(strings.TrimPrefix(name, "The "))] {
			continue
		}
		seen[corpus.Slug(strings.TrimPrefix(name, "The "))] = true
		g.outlets = append(g.outlets, name)
	}
	w := make([]float64, cfg.Outlets)
	g.bias = make([]float64, cfg.Outlets)
	for i := range w {
		w[i] = 1 / math.Pow(float64(i+1), 0.8)
		g.bias[i] = r.NormFloat64() * 0.1
	}
	g.outletW = newWeighted(w)

	// Vocabulary: the tail is large enough that distinct words keep
	// growing with the corpus (Heaps' law) up to a few hundred thousand
	// articles.
	avoid := map[string]bool{}
	for _, x := range commonNouns {
		avoid[x] = true
	}
	tail := pseudoWords(cfg.Seed+11, 40000, avoid)
	g.nouns = append(append([]string{}, commonNouns...), tail...)
	g.tailFrom = len(commonNouns)
	g.nounZ = newZipf(len(g.nouns), 1.05)
	g.places = append([]string{}, realPlaces...)
	for _, p := range pseudoWords(cfg.Seed+12, 4000, avoid) {
		g.places = append(g.places, capitalize(p))
	}
	g.placeZ = newZipf(len(g.places), 1.0)
	for _, l := range lastNames {
		for _, f := range firstNames {
			g.people = append(g.people, f+" "+l)
		}
	}
	for i, l := range pseudoWords(cfg.Seed+13, 6000, avoid) {
		g.people = append(g.people, firstNames[i%len(firstNames)]+" "+capitalize(l))
	}
	r.Shuffle(len(g.people), func(i, j int) { g.people[i], g.people[j] = g.people[j], g.people[i] })
	g.peopleZ = newZipf(len(g.people), 1.0)
	g.orgs = append([]string{}, realOrgs...)
	for i, o := range pseudoWords(cfg.Seed+14, 1500, avoid) {
		g.orgs = append(g.orgs, capitalize(o)+" "+orgKinds[i%len(orgKinds)])
	}
	g.orgZ = newZipf(len(g.orgs), 1.0)
	g.verbZ = newZipf(len(verbs), 0.7)
	g.adjZ = newZipf(len(adjectives), 0.9)

	// Events.
	ne := int(math.Round(float64(n) * (1 - cfg.Singletons) / cfg.EventSize))
	ne = max(ne, 1)
	ew := make([]float64, ne)
	g.events = make([]event, ne)
	for e := range g.events {
		ew[e] = math.Exp(r.NormFloat64() * 0.8)
		ev := &g.events[e]
		ev.at = cfg.Start.Add(time.Duration(r.Int64N(int64(cfg.Days) * int64(24*time.Hour))))
		for k := 0; k < 6; k++ {
			// Topical words come from the tail's middle: rarer than
			// everyday words, commoner than one-off ones.
			ev.nouns = append(ev.nouns, g.nouns[g.tailFrom+r.IntN(len(g.nouns)-g.tailFrom)/4])
		}
		ev.nouns = append(ev.nouns, commonNouns[r.IntN(len(commonNouns))], commonNouns[r.IntN(len(commonNouns))])
		ev.verb = g.verbZ.draw(r)
		for k := 0; k < 1+r.IntN(2); k++ {
			ev.people = append(ev.people, g.people[g.peopleZ.draw(r)])
		}
		for k := 0; k < 1+r.IntN(2); k++ {
			ev.places = append(ev.places, g.places[g.placeZ.draw(r)])
		}
		if r.IntN(2) == 0 {
			ev.org = g.orgs[g.orgZ.draw(r)]
		}
	}
	g.eventW = newWeighted(ew)
	return g
}

// Len is the number of articles.
func (g *Generator) Len() int { return g.n }

// Outlets lists the outlets' names.
func (g *Generator) Outlets() []string { return append([]string{}, g.outlets...) }

// Doc returns article i, annotated as the builder wrote it.
func (g *Generator) Doc(i int) *nlp.Doc {
	r := rand.New(rand.NewPCG(g.cfg.Seed^0x9e3779b97f4a7c15, uint64(i)))
	o := g.outletW.draw(r)
	var ev *event
	var at time.Time
	if r.Float64() >= g.cfg.Singletons {
		ev = &g.events[g.eventW.draw(r)]
		// Coverage follows the event within hours, a few pieces days later.
		at = ev.at.Add(time.Duration(r.ExpFloat64() * float64(10*time.Hour)))
	} else {
		ev = g.singleton(r)
		at = ev.at
	}
	at = at.Truncate(time.Minute)
	words := int(float64(g.cfg.MeanWords) * math.Exp(r.NormFloat64()*0.45-0.1))
	words = min(max(words, 120), 4000)

	b := &builder{g: g, r: r, ev: ev, bias: g.bias[o]}
	b.write(words)
	d := b.doc()
	d.Outlet = g.outlets[o]
	d.Published = at
	d.Title = b.title()
	d.Language = "en"
	d.Format = "text"
	slug := corpus.Slug(d.Outlet)
	d.URL = fmt.Sprintf("https://%s.example/%s/%s-%d", slug, at.Format("2006/01/02"), corpus.Slug(d.Title), i)
	d.Source = corpus.Source{Path: g.FileName(i)}
	d.ID = corpus.MakeID(d.Outlet, d.Published, d.Text)
	return d
}

// singleton makes a one-article story on a random day.
func (g *Generator) singleton(r *rand.Rand) *event {
	ev := &event{at: g.cfg.Start.Add(time.Duration(r.Int64N(int64(g.cfg.Days) * int64(24*time.Hour))))}
	for k := 0; k < 4; k++ {
		ev.nouns = append(ev.nouns, g.nouns[g.nounZ.draw(r)])
	}
	ev.verb = g.verbZ.draw(r)
	ev.people = []string{g.people[g.peopleZ.draw(r)]}
	ev.places = []string{g.places[g.placeZ.draw(r)]}
	return ev
}

// FileName is where WriteFiles puts article i: a directory per outlet, as
// a newsroom's export would be laid out.
func (g *Generator) FileName(i int) string {
	r := rand.New(rand.NewPCG(g.cfg.Seed^0x9e3779b97f4a7c15, uint64(i)))
	o := g.outletW.draw(r)
	return filepath.Join(corpus.Slug(g.outlets[o]), fmt.Sprintf("%07d.txt", i))
}

// File renders article i as a text file with a header block, the format
// corpus reads as "text".
func (g *Generator) File(i int) []byte {
	d := g.Doc(i)
	var b strings.Builder
	fmt.Fprintf(&b, "Outlet: %s\nDate: %s\nTitle: %s\nURL: %s\n\n%s\n", d.Outlet, d.Published.Format(time.RFC3339), d.Title, d.URL, d.Text)
	return []byte(b.String())
}

// WriteFiles writes articles [from, to) under dir.
func (g *Generator) WriteFiles(dir string, from, to int) error {
	made := map[string]bool{}
	for i := from; i < to; i++ {
		p := filepath.Join(dir, g.FileName(i))
		if d := filepath.Dir(p); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		if err := os.WriteFile(p, g.File(i), 0o644); err != nil {
			return err
		}
	}
	return nil
}
