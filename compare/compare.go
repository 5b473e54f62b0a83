package compare

import (
	"context"
	"encoding/json"
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
	"github.com/framediff/framediff/internal/par"
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
	// NoPairs and PairOutlets choose the outlet pairs compared directly
	// (Event.Pairs): every pair by default, none with NoPairs, or those
	// with an outlet of PairOutlets (see frame.Options).
	NoPairs     bool
	PairOutlets []string
	// MaxPairEvents, when positive, compares no pairs (as NoPairs) in a
	// comparison of more events than it: the pairs of every event of a
	// large corpus are more than anyone reads.
	MaxPairEvents int
	// EventIDs, when not empty, keeps only the events with these IDs and
	// their articles: the others are aligned but not framed or reported.
	// An ID that no event has is an *UnknownEventError.
	EventIDs []string
	// Cache, when not nil, keeps each event's framing between
	// comparisons: an event whose members, options and background did
	// not change is read back instead of framed again (cache.go).
	Cache Cache
	// Counts, when not nil, are the background counts of the corpus,
	// kept from an earlier comparison, instead of counting the documents
	// again. CountsID identifies them for the Cache (two Counts with the
	// same ID must be equal), and CountsName names them in
	// Params.Background when no Background file is given ("corpus" when
	// empty).
	Counts     *frame.Counts
	CountsID   string
	CountsName string
	// Backgrounds, when not nil, keeps the background counts of the
	// documents between comparisons (counts.go): set it only when the
	// documents are a whole store, the set the counts are kept for.
	// RefreshShare is the share of documents not yet counted at which the
	// counts are brought up to date; 0 means DefaultRefreshShare.
	Backgrounds  Backgrounds
	RefreshShare float64
	// Alignments, when not nil, keeps alignment's names and document
	// frequencies between comparisons of a store (aligned.go), brought up
	// to date at the same RefreshShare: set it only when the documents
	// are a whole store.
	Alignments Alignments
	// Loader, when not nil, loads the documents of the comparison again
	// by ID: the corpus is then held only while it is aligned, and each
	// batch of events is framed from its members loaded again and dropped
	// after (stream.go). Set it only when it gives back the documents
	// given to Start, as a store gives back those it selected.
	Loader Loader
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
	case o.RefreshShare < 0:
		return fmt.Errorf("refresh share must not be negative, got %g", o.RefreshShare)
	}
	return nil
}

// Compare aligns the documents into events and analyses the framing of
// each event with at least MinOutlets outlets: align, then frame, then the
// Result is assembled. skipped is carried into the result as it is. The
// result does not depend on the order of docs.
func Compare(ctx context.Context, docs []*nlp.Doc, skipped []corpus.Skipped, opts Options) (*Result, error) {
	res, err := Start(ctx, docs, skipped, opts)
	if err != nil {
		return nil, err
	}
	if err := res.Collect(); err != nil {
		return nil, err
	}
	return res, nil
}

// Start aligns the documents into events and returns the Result with
// everything but its events, which EachEvent then frames and hands over
// one at a time, in order, so that a report can be written while they
// are framed and no more than a few events are held at once. Collect
// keeps them all in Result.Events instead, as Compare does.
func Start(ctx context.Context, docs []*nlp.Doc, skipped []corpus.Skipped, opts Options) (*Result, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	docs = sortedDocs(docs)
	res := newResult(articles(docs), skipped, opts)
	res.Languages = languagesOf(docs)

	// Only articles in the compared languages (corpus.Compared) are
	// aligned and scored. The others stay in Result.Articles with their
	// language and the note corpus gives them.
	docs = inComparedLanguages(docs)

	names := nlp.NewNames(opts.Aliases)
	for _, d := range docs {
		names.Add(d)
	}
	resolver := names.Resolver()
	docs = resolveAll(docs, resolver, opts.Workers)
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
	if opts.MaxPairEvents > 0 && len(al.Events) > opts.MaxPairEvents {
		opts.NoPairs = true
	}
	events, err := chosenEvents(al.Events, opts.EventIDs)
	if err != nil {
		return nil, err
	}
	p := &pending{docs: docs, events: events, opts: opts, ctx: ctx, resolver: resolver}
	if len(opts.EventIDs) > 0 {
		res.Articles = membersOf(res.Articles, events)
	}
	if opts.Backgrounds != nil && opts.Counts == nil && !opts.AlignOnly {
		fopts := frameOptions(opts)
		p.kept = frame.NewKept(memberIDs(events))
		c, id, n, err := keptCounts(ctx, opts.Backgrounds, countDigests(docs, opts.Workers), opts, func(c *frame.Counts, idx []int) error {
			sel := make([]*nlp.Doc, len(idx))
			for k, i := range idx {
				sel[k] = docs[i]
			}
			c.AddKeeping(sel, fopts, p.kept)
			return nil
		})
		if err != nil {
			return nil, err
		}
		p.opts.Counts, p.opts.CountsID, p.lazyCounts = c, id, c == nil
		if n != len(docs) && opts.Background == nil {
			res.Params.Background = backgroundShare(n, len(docs))
		}
	}
	if opts.Loader != nil {
		p.release()
	}
	res.pending = p
	return res, nil
}

// newResult is a Result of the articles arts, in order, before alignment.
func newResult(arts []Article, skipped []corpus.Skipped, opts Options) *Result {
	res := &Result{
		Articles: arts,
		Skipped:  append([]corpus.Skipped{}, skipped...),
		Events:   []Event{}, // until Collect: EachEvent hands them over
		Outlets:  outletsOfArticles(arts),
		Params: Params{
			Window: Duration(opts.Window), MinOutlets: opts.MinOutlets,
			MinSimilarity: opts.MinSimilarity, Top: opts.Top,
			Stopwords: sourceName(opts.StopwordsName, "built-in"), Background: "corpus", Lexicon: "built-in",
		},
	}
	sortSkipped(res.Skipped)
	if opts.Counts != nil && opts.CountsName != "" {
		res.Params.Background = opts.CountsName
	}
	if opts.Background != nil {
		res.Params.Background = opts.Background.Name
	}
	if opts.Lexicon != nil {
		res.Params.Lexicon = opts.Lexicon.Name
	}
	return res
}

// backgroundShare names a background of the corpus that counts n of its
// total articles.
func backgroundShare(n, total int) string {
	return fmt.Sprintf("corpus, %d of its %d articles counted", n, total)
}

// UnknownEventError is an event ID that the comparison has no event of.
type UnknownEventError struct {
	ID     string
	Events int
}

func (e *UnknownEventError) Error() string {
	if e.Events == 0 {
		return fmt.Sprintf("no event %s: this comparison has no events", e.ID)
	}
	return fmt.Sprintf("no event %s: this comparison has %d events, e1 to e%d", e.ID, e.Events, e.Events)
}

// chosenEvents keeps the events of ids, in their order of events; all of
// them when ids is empty.
func chosenEvents(events []align.Event, ids []string) ([]align.Event, error) {
	if len(ids) == 0 {
		return events, nil
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var out []align.Event
	for _, ev := range events {
		if want[ev.ID] {
			out = append(out, ev)
			delete(want, ev.ID)
		}
	}
	for _, id := range ids {
		if want[id] {
			return nil, &UnknownEventError{ID: id, Events: len(events)}
		}
	}
	return out, nil
}

// membersOf keeps the articles of events.
func membersOf(arts []Article, events []align.Event) []Article {
	in := map[string]bool{}
	for _, ev := range events {
		for _, id := range ev.Articles {
			in[id] = true
		}
	}
	out := []Article{}
	for _, a := range arts {
		if in[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// event assembles a reported event from its alignment and its framing. The
// framing fields are empty, not null, in an alignment-only result.
func event(a align.Event, f frame.Event) Event {
	fr := framingOf(&f)
	return Event{
		ID: a.ID, Label: a.Label, Start: a.Start, End: a.End, Languages: a.Languages,
		Articles: a.Articles, Outlets: a.Outlets, Missing: a.Missing, Entities: f.Entities,
		Evidence: a.Evidence, Members: a.Members,
		Framing: fr.Framing, Terms: fr.Terms, QuotedTerms: fr.QuotedTerms,
		LoadedWords: fr.LoadedWords, Emphasis: fr.Emphasis, Pairs: fr.Pairs, Sentiment: fr.Sentiment, Similarity: fr.Similarity,
		Quotes: fr.Quotes, EntityTone: fr.EntityTone, Labels: fr.Labels,
		Unique: fr.Unique, Lexicon: fr.Lexicon,
	}
}

// eventFraming is an Event's framing as the report encodes it: Event's
// fields from Framing to Lexicon, in its order and named as it names
// them (TestEventFields holds the two together). A kept framing is its
// JSON, and the report writes those bytes (Event.AppendJSON) instead of
// encoding the framing a second time.
type eventFraming struct {
	Framing     []FramingTerm  `json:"framing"`
	Terms       []Term         `json:"terms"`
	QuotedTerms []Term         `json:"quoted_terms"`
	LoadedWords []OutletLoaded `json:"loaded_words"`
	Emphasis    []Emphasis     `json:"emphasis"`
	Pairs       []Pair         `json:"pairs"`
	Sentiment   []Tone         `json:"sentiment"`
	Similarity  Similarity     `json:"similarity"`
	Quotes      []OutletQuotes `json:"quotes"`
	EntityTone  []EntityTone   `json:"entity_tone"`
	Labels      []Label        `json:"labels"`
	Unique      []Unique       `json:"unique"`
	Lexicon     []LexiconCount `json:"lexicon"`
}

// eventHead is the rest of an Event: its fields before Framing.
type eventHead struct {
	ID        string        `json:"id"`
	Label     string        `json:"label"`
	Start     time.Time     `json:"start"`
	End       time.Time     `json:"end"`
	Articles  []string      `json:"articles"`
	Outlets   []string      `json:"outlets"`
	Languages []string      `json:"languages,omitempty"`
	Missing   []string      `json:"missing"`
	Entities  []EntityCount `json:"entities"`
	Evidence  []Link        `json:"evidence"`
	Members   []Member      `json:"members"`
}

// framingOf is the framing of f as an Event holds it: a list framing
// found nothing in is empty, not nil.
func framingOf(f *frame.Event) eventFraming {
	return eventFraming{
		Framing: nonNil(f.Framing), Terms: nonNil(f.Terms), QuotedTerms: nonNil(f.QuotedTerms),
		LoadedWords: nonNil(f.LoadedWords), Emphasis: nonNil(f.Emphasis), Pairs: nonNil(f.Pairs), Sentiment: f.Sentiment, Similarity: f.Similarity,
		Quotes: nonNil(f.Quotes), EntityTone: nonNil(f.EntityTone), Labels: nonNil(f.Labels),
		Unique: nonNil(f.Unique), Lexicon: nonNil(f.Lexicon),
	}
}

// AppendJSON appends to dst the JSON of ev that encoding/json.Marshal
// writes. An event EachEvent hands over that this comparison framed and
// kept in its Cache carries the JSON of its framing, encoded once for
// both, and only the fields before Framing are encoded; an event changed
// after it was handed over must be encoded by encoding/json instead.
func (ev *Event) AppendJSON(dst []byte) ([]byte, error) {
	if ev.framingJSON == nil {
		b, err := json.Marshal(ev)
		return append(dst, b...), err
	}
	head, err := json.Marshal(eventHead{
		ID: ev.ID, Label: ev.Label, Start: ev.Start, End: ev.End, Articles: ev.Articles, Outlets: ev.Outlets,
		Languages: ev.Languages, Missing: ev.Missing, Entities: ev.Entities, Evidence: ev.Evidence, Members: ev.Members,
	})
	if err != nil {
		return dst, err
	}
	// {"id":...,"members":[...]} and {"framing":...,"lexicon":[...]}
	// make one object.
	dst = append(dst, head[:len(head)-1]...)
	dst = append(dst, ',')
	return append(dst, ev.framingJSON[1:]...), nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// resolveAll resolves the names of docs across the corpus (nlp.Resolver).
func resolveAll(docs []*nlp.Doc, r *nlp.Resolver, workers int) []*nlp.Doc {
	out := make([]*nlp.Doc, len(docs))
	par.Do(len(docs), par.Workers(workers), func(_, i int) { out[i] = r.Resolve(docs[i]) })
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
		out = append(out, articleOf(&d.Article, d.WordCount, d.Text))
	}
	return out
}

// articleOf is the report's article of a, with its word count and text.
func articleOf(a *corpus.Article, words int, text string) Article {
	out := Article{
		ID: a.ID, Outlet: a.Outlet, Title: a.Title, URL: a.URL,
		Source: a.Source.String(), Words: words, Language: a.Language, Notes: a.Notes,
		Text: text,
	}
	if a.HasDate() {
		t := a.Published
		out.Published = &t
	}
	return out
}

// outletsOfArticles returns the outlets of arts, sorted.
func outletsOfArticles(arts []Article) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, a := range arts {
		if !seen[a.Outlet] {
			seen[a.Outlet] = true
			out = append(out, a.Outlet)
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
	codes := make([]string, len(docs))
	for i, d := range docs {
		codes[i] = d.Language
	}
	return languagesFrom(codes)
}

// languageCode is a language as reports count it: English when none was
// declared.
func languageCode(code string) string {
	if code == "" {
		return "en"
	}
	return code
}

// languagesFrom is languagesOf from the articles' languages.
func languagesFrom(codes []string) *Languages {
	l := &Languages{Articles: map[string]int{}, Compared: []string{}}
	for _, code := range codes {
		l.Articles[languageCode(code)]++
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
