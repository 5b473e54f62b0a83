package compare

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Options controls a comparison. The zero value is not useful; start from
// DefaultOptions.
type Options struct {
	// Window is the largest gap between two articles of one event.
	Window time.Duration
	// MinOutlets is the fewest outlets an event needs to be reported.
	MinOutlets int
	// MinSimilarity is the lowest link score, and the lowest mean score
	// between two clusters, that groups articles into one event. Lower gives
	// coarser events, higher finer ones.
	MinSimilarity float64
	// Top is the number of distinctive terms kept per outlet and event.
	Top int
	// PriorWeight scales the informative prior of the log-odds ratio
	// relative to the event's own size (see logodds.go).
	PriorWeight float64
	// Stopwords are left out of terms; nil means DefaultStopwords.
	// StopwordsName says where they came from, for the report.
	Stopwords     Stopwords
	StopwordsName string
	// Background, when not nil, is the prior's term frequencies instead of
	// the loaded corpus's (see ReadBackground).
	Background *Background
	// Lexicon is the framing lexicon; nil means DefaultLexicon.
	Lexicon *Lexicon
	// AlignOnly skips the framing analysis: events keep their articles,
	// entities and evidence, and no terms, tone or similarity.
	AlignOnly bool
	// Aliases maps entity spellings to one name at compare time, so that a
	// user's table works on cached annotations too; nil means
	// nlp.DefaultAliases().
	Aliases *nlp.Aliases
	// Overrides are a reader's corrections of the alignment; they win over
	// scores and are echoed in Result.Overrides.
	Overrides []Override
	// Workers is the number of goroutines alignment uses; 0 means
	// GOMAXPROCS. The result does not depend on it.
	Workers int
}

// DefaultOptions are the settings the command starts from.
var DefaultOptions = Options{
	Window:        72 * time.Hour,
	MinOutlets:    2,
	MinSimilarity: defaultMinSimilarity,
	Top:           10,
	PriorWeight:   1,
}

// Validate reports the first option out of range, naming it.
func (o Options) Validate() error {
	switch {
	case o.Window <= 0:
		return fmt.Errorf("window must be positive, got %v", o.Window)
	case o.MinOutlets < 1:
		return fmt.Errorf("min-outlets must be at least 1, got %d", o.MinOutlets)
	case o.MinSimilarity < 0 || o.MinSimilarity > 1:
		return fmt.Errorf("min-similarity must be within [0, 1], got %g", o.MinSimilarity)
	case o.Top < 1:
		return fmt.Errorf("top must be at least 1, got %d", o.Top)
	case o.PriorWeight <= 0:
		return fmt.Errorf("prior weight must be positive, got %g", o.PriorWeight)
	}
	return nil
}

// comparer carries what one comparison shares across events.
type comparer struct {
	opts Options
	sw   Stopwords
}

// Compare aligns the documents into events and analyses the framing of
// each event with at least MinOutlets outlets. skipped is carried into the
// result as it is. The result does not depend on the order of docs.
func Compare(ctx context.Context, docs []*nlp.Doc, skipped []corpus.Skipped, opts Options) (*Result, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	c := &comparer{opts: opts, sw: opts.Stopwords}
	if c.sw == nil {
		c.sw = DefaultStopwords
	}
	docs = sortedDocs(docs)
	res := &Result{
		Articles: articles(docs),
		Skipped:  append([]corpus.Skipped{}, skipped...),
		Events:   []Event{},
		Outlets:  outletsOf(docs),
		Params: Params{
			Window: Duration(opts.Window), MinOutlets: opts.MinOutlets,
			MinSimilarity: opts.MinSimilarity, Top: opts.Top,
			Stopwords: sourceName(opts.StopwordsName, "built-in"), Background: "corpus", Lexicon: "built-in",
		},
	}
	sortSkipped(res.Skipped)
	if opts.Background != nil {
		res.Params.Background = opts.Background.Name
	}
	if opts.Lexicon != nil {
		res.Params.Lexicon = opts.Lexicon.Name
	}

	// Only English articles are aligned and scored: the stop words, stems,
	// sentiment lexicon and entity model are English. The others stay in
	// Result.Articles with their language and the note corpus gives them.
	docs = inEnglish(docs)

	docs = resolveEntities(docs, opts.Aliases, workers(opts.Workers))
	al, err := align(ctx, docs, opts, res.Outlets)
	if err != nil {
		return nil, err
	}
	res.Overrides = al.overrides
	events, members := al.events, al.docs
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !opts.AlignOnly {
		// Framing reads the documents alignment read, events in parallel
		// (frame.go).
		if err := newFramer(docs, opts).frameAll(ctx, events, members); err != nil {
			return nil, err
		}
	}
	// align numbered the events in their order.
	res.Events = append(res.Events, events...)
	return res, nil
}

// maxEventEntities caps the entities listed per event.
const maxEventEntities = 25

func eventEntities(docs []*nlp.Doc) []EntityCount {
	// An event has a handful of outlets: a short list per entity counts
	// them without a map each.
	type acc struct {
		name, typ string
		n         int
		outlets   []string
	}
	var accs []acc
	m := map[string]int{}
	for _, d := range docs {
		for _, e := range d.Entities {
			k, ok := m[e.Name]
			if !ok {
				k = len(accs)
				m[e.Name] = k
				accs = append(accs, acc{name: e.Name, typ: e.Type})
			}
			a := &accs[k]
			a.n++
			if !slices.Contains(a.outlets, d.Outlet) {
				a.outlets = append(a.outlets, d.Outlet)
			}
		}
	}
	out := make([]EntityCount, 0, len(accs))
	for _, a := range accs {
		out = append(out, EntityCount{Name: a.name, Type: a.typ, Mentions: a.n, Outlets: len(a.outlets)})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Outlets != b.Outlets {
			return a.Outlets > b.Outlets
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	if len(out) > maxEventEntities {
		out = out[:maxEventEntities]
	}
	return out
}

func sortedDocs(docs []*nlp.Doc) []*nlp.Doc {
	out := append([]*nlp.Doc{}, docs...)
	sort.SliceStable(out, func(i, j int) bool { return corpus.Less(&out[i].Article, &out[j].Article) })
	return out
}

func articles(docs []*nlp.Doc) []Article {
	out := make([]Article, 0, len(docs))
	for _, d := range docs {
		a := Article{
			ID: d.ID, Outlet: d.Outlet, Title: d.Title, URL: d.URL,
			Source: d.Source.String(), Words: d.WordCount, Language: d.Language, Notes: d.Notes,
			Text: d.Text,
		}
		if d.HasDate() {
			t := d.Published
			a.Published = &t
		}
		out = append(out, a)
	}
	return out
}

func outletsOf(docs []*nlp.Doc) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, d := range docs {
		if !seen[d.Outlet] {
			seen[d.Outlet] = true
			out = append(out, d.Outlet)
		}
	}
	sort.Strings(out)
	return out
}

func sortSkipped(s []corpus.Skipped) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Source != s[j].Source {
			return s[i].Source < s[j].Source
		}
		return s[i].Reason < s[j].Reason
	})
}

// inEnglish returns the documents in English, or of undeclared language.
func inEnglish(docs []*nlp.Doc) []*nlp.Doc {
	out := make([]*nlp.Doc, 0, len(docs))
	for _, d := range docs {
		if d.Language == "" || d.Language == "en" {
			out = append(out, d)
		}
	}
	return out
}

// sourceName is name, or def when name is empty.
func sourceName(name, def string) string {
	if name == "" {
		return def
	}
	return name
}
