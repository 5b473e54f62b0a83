package compare

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/compare/frame"
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
	// relative to the event's own size (see compare/frame/logodds.go).
	PriorWeight float64
	// Stopwords are left out of terms; nil means nlp.DefaultStopwords.
	// StopwordsName says where they came from, for the report.
	Stopwords     nlp.Stopwords
	StopwordsName string
	// Background, when not nil, is the prior's term frequencies instead of
	// the loaded corpus's (see frame.ReadBackground).
	Background *frame.Background
	// Lexicon is the framing lexicon; nil means frame.DefaultLexicon.
	Lexicon *frame.Lexicon
	// AlignOnly skips the framing analysis: events keep their articles,
	// entities and evidence, and no terms, tone or similarity.
	AlignOnly bool
	// Aliases maps entity spellings to one name at compare time, so that a
	// user's table works on cached annotations too; nil means
	// nlp.DefaultAliases().
	Aliases *nlp.Aliases
	// Overrides are a reader's corrections of the alignment; they win over
	// scores and are echoed in Result.Overrides.
	Overrides []align.Override
	// Workers is the number of goroutines alignment uses; 0 means
	// GOMAXPROCS. The result does not depend on it.
	Workers int
}

// DefaultOptions returns the settings the command starts from.
func DefaultOptions() Options {
	return Options{
		Window:        72 * time.Hour,
		MinOutlets:    2,
		MinSimilarity: align.DefaultMinSimilarity,
		Top:           10,
		PriorWeight:   1,
	}
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

// Compare aligns the documents into events and analyses the framing of
// each event with at least MinOutlets outlets: align, then frame, then the
// Result is assembled. skipped is carried into the result as it is. The
// result does not depend on the order of docs.
func Compare(ctx context.Context, docs []*nlp.Doc, skipped []corpus.Skipped, opts Options) (*Result, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
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
	res.Languages = languagesOf(docs)
	if opts.Background != nil {
		res.Params.Background = opts.Background.Name
	}
	if opts.Lexicon != nil {
		res.Params.Lexicon = opts.Lexicon.Name
	}

	// Only articles in the compared languages (corpus.Compared) are
	// aligned and scored. The others stay in Result.Articles with their
	// language and the note corpus gives them.
	docs = inComparedLanguages(docs)

	docs = nlp.ResolveNames(docs, opts.Aliases, opts.Workers)
	al, err := align.Align(ctx, docs, align.Options{
		Window: opts.Window, MinOutlets: opts.MinOutlets, MinSimilarity: opts.MinSimilarity,
		Stopwords: opts.Stopwords, Overrides: opts.Overrides, Workers: opts.Workers,
	}, res.Outlets)
	if err != nil {
		return nil, err
	}
	res.Overrides = al.Overrides
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	framed := make([]frame.Event, len(al.Events))
	members := make([][]*nlp.Doc, len(al.Events))
	for i, ev := range al.Events {
		framed[i] = frame.Event{Outlets: ev.Outlets, Entities: frame.Entities(ev.Docs)}
		members[i] = ev.Docs
	}
	if !opts.AlignOnly {
		// Framing reads the documents alignment read, events in parallel.
		f := frame.New(docs, frame.Options{
			Top: opts.Top, PriorWeight: opts.PriorWeight, Stopwords: opts.Stopwords,
			Background: opts.Background, Lexicon: opts.Lexicon, Aliases: opts.Aliases, Workers: opts.Workers,
		})
		if err := f.FrameAll(ctx, framed, members); err != nil {
			return nil, err
		}
	}
	for i, ev := range al.Events {
		res.Events = append(res.Events, event(ev, framed[i]))
	}
	return res, nil
}

// event assembles a reported event from its alignment and its framing. The
// framing fields are empty, not null, in an alignment-only result.
func event(a align.Event, f frame.Event) Event {
	return Event{
		ID: a.ID, Label: a.Label, Start: a.Start, End: a.End, Languages: a.Languages,
		Articles: a.Articles, Outlets: a.Outlets, Missing: a.Missing, Entities: f.Entities,
		Evidence: a.Evidence, Members: a.Members,
		Framing: nonNil(f.Framing), Terms: nonNil(f.Terms), QuotedTerms: nonNil(f.QuotedTerms),
		LoadedWords: nonNil(f.LoadedWords), Emphasis: nonNil(f.Emphasis), Pairs: nonNil(f.Pairs), Sentiment: f.Sentiment, Similarity: f.Similarity,
		Quotes: nonNil(f.Quotes), EntityTone: nonNil(f.EntityTone), Labels: nonNil(f.Labels),
		Unique: nonNil(f.Unique), Lexicon: nonNil(f.Lexicon),
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
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

// inComparedLanguages returns the documents in a language framediff
// compares, or of undeclared language.
func inComparedLanguages(docs []*nlp.Doc) []*nlp.Doc {
	out := make([]*nlp.Doc, 0, len(docs))
	for _, d := range docs {
		if d.Language == "" || corpus.Compared(d.Language) {
			out = append(out, d)
		}
	}
	return out
}

// languagesOf says which figures cover which languages, or nil when the
// documents are all in one language.
func languagesOf(docs []*nlp.Doc) *Languages {
	l := &Languages{Articles: map[string]int{}, Compared: []string{}}
	for _, d := range docs {
		code := d.Language
		if code == "" {
			code = "en"
		}
		l.Articles[code]++
	}
	if len(l.Articles) < 2 {
		return nil
	}
	var counts, other []string
	for _, code := range slices.Sorted(maps.Keys(l.Articles)) {
		counts = append(counts, fmt.Sprintf("%s %d", code, l.Articles[code]))
		if corpus.Compared(code) {
			l.Compared = append(l.Compared, code)
		} else {
			other = append(other, code)
		}
	}
	l.Note = "Languages: " + strings.Join(counts, ", ") + " articles, each shown in its own language, nothing translated. " +
		"Events, quotes, labels, emphasis and omissions compare " + strings.Join(l.Compared, ", ") + " through names, dates and numbers; " +
		"distinctive terms are measured within each language, never across; loaded words, tone, tone toward entities, similarity and the framing lexicon cover English only (no lexicon for the other languages may be shipped under the project's licence)."
	if len(other) > 0 {
		l.Note += " Articles in " + strings.Join(other, ", ") + " are listed and set aside."
	}
	return l
}

// sourceName is name, or def when name is empty.
func sourceName(name, def string) string {
	if name == "" {
		return def
	}
	return name
}
