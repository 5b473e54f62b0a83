package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
)

// Store is what the store pages read; *store.Store is one. The server
// only reads it.
type Store interface {
	Stats(ctx context.Context) (store.Stats, error)
	Each(ctx context.Context, f store.Filter, fn func(*nlp.Doc) error) error
	SelectVersions(ctx context.Context, f store.Filter) (docs []*nlp.Doc, annotators []int, skipped []corpus.Skipped, err error)
}

var _ Store = (*store.Store)(nil)

const (
	// dayLayout is how days are written in the pages and their links.
	dayLayout = "2006-01-02"
	// defaultDays is the span the store page shows first: the last week
	// with articles.
	defaultDays = 7
	// maxListed caps the articles listed by title on one page; the day
	// table counts them all.
	maxListed = 500
)

// selection is the days and outlets a store page is about. Days are
// calendar days in UTC, so that a day means the same in the table and in
// the filter.
type selection struct {
	from, to time.Time // the first and last day, at 00:00 UTC
	outlets  []string
}

func (sel selection) filter() store.Filter {
	return store.Filter{Since: sel.from, Until: sel.to.AddDate(0, 0, 1), Outlets: sel.outlets}
}

// readSelection reads from, to and outlet; a missing day is taken from
// the store: the last defaultDays days up to its latest article.
func (s *Server) readSelection(ctx context.Context, v url.Values) (selection, error) {
	var sel selection
	for _, o := range v["outlet"] {
		if o = oneLine(o); o != "" && len(o) <= maxField && !slices.Contains(sel.outlets, o) {
			sel.outlets = append(sel.outlets, o)
		}
	}
	if len(sel.outlets) > 200 {
		return sel, formErrorf("Choose at most 200 outlets.")
	}
	from, to := strings.TrimSpace(v.Get("from")), strings.TrimSpace(v.Get("to"))
	var err error
	if from != "" {
		if sel.from, err = time.Parse(dayLayout, from); err != nil {
			return sel, formErrorf("The first day must be a date like 2022-02-12, not %q.", clip(from, 20))
		}
	}
	if to != "" {
		if sel.to, err = time.Parse(dayLayout, to); err != nil {
			return sel, formErrorf("The last day must be a date like 2022-02-12, not %q.", clip(to, 20))
		}
	}
	if sel.from.IsZero() || sel.to.IsZero() {
		st, err := s.opts.Store.Stats(ctx)
		if err != nil {
			return sel, err
		}
		last := st.Last.UTC().Truncate(24 * time.Hour)
		if st.Last.IsZero() {
			last = time.Now().UTC().Truncate(24 * time.Hour)
		}
		switch {
		case sel.to.IsZero() && sel.from.IsZero():
			sel.to, sel.from = last, last.AddDate(0, 0, 1-defaultDays)
		case sel.to.IsZero():
			sel.to = sel.from.AddDate(0, 0, defaultDays-1)
		default:
			sel.from = sel.to.AddDate(0, 0, 1-defaultDays)
		}
	}
	if sel.to.Before(sel.from) {
		return sel, formErrorf("The last day (%s) comes before the first (%s).", sel.to.Format(dayLayout), sel.from.Format(dayLayout))
	}
	return sel, nil
}

// storePage is the page of the store's articles by day and outlet.
type storePage struct {
	Token    string
	Stats    string
	Error    string
	From, To string
	Outlets  []outletChoice
	Chosen   bool
	Columns  []string
	Days     []dayRow
	Total    int
	Articles []listed
	More     int
	Form     options
}

type outletChoice struct {
	Name   string
	Chosen bool
}

type dayRow struct {
	Day    string
	Link   string
	Counts []int
	Total  int
}

type listed struct {
	Published, Outlet, Title, URL string
}

func (s *Server) storePage(w http.ResponseWriter, r *http.Request) {
	release, ok := s.enter(w, r)
	if !ok {
		return
	}
	defer release()
	ctx := r.Context()
	p := storePage{Token: s.token, Form: defaultOptions()}
	st, err := s.opts.Store.Stats(ctx)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p.Stats = fmt.Sprintf("The store holds %d articles from %d outlets", st.Articles, st.Outlets)
	if !st.First.IsZero() {
		p.Stats += fmt.Sprintf(", published from %s to %s", st.First.UTC().Format(dayLayout), st.Last.UTC().Format(dayLayout))
	}
	p.Stats += "."
	sel, err := s.readSelection(ctx, r.URL.Query())
	if err != nil {
		if fe := (*formError)(nil); errors.As(err, &fe) {
			p.Error = fe.msg
			render(w, http.StatusBadRequest, "store", p)
			return
		}
		s.storeFail(w, r, err)
		return
	}
	p.From, p.To = sel.from.Format(dayLayout), sel.to.Format(dayLayout)
	if err := s.list(ctx, sel, &p); err != nil {
		s.storeFail(w, r, err)
		return
	}
	render(w, http.StatusOK, "store", p)
}

// list fills the page with the selected days' articles: the outlets of
// those days to choose from, the count per day and outlet, and the
// articles by title. The store is read one document at a time.
func (s *Server) list(ctx context.Context, sel selection, p *storePage) error {
	days := selection{from: sel.from, to: sel.to}
	match := store.Filter{Outlets: sel.outlets}
	counts := map[string]map[string]int{} // day -> outlet -> articles
	seen := map[string]bool{}
	var arts []listed
	err := s.opts.Store.Each(ctx, days.filter(), func(d *nlp.Doc) error {
		a := &d.Article
		seen[a.Outlet] = true
		if !match.Match(a) {
			return nil
		}
		day := a.Published.UTC().Format(dayLayout)
		if counts[day] == nil {
			counts[day] = map[string]int{}
		}
		counts[day][a.Outlet]++
		p.Total++
		arts = append(arts, listed{Published: a.Published.UTC().Format("2006-01-02 15:04"), Outlet: a.Outlet, Title: a.Title, URL: a.URL})
		return nil
	})
	if err != nil {
		return err
	}
	for o := range seen {
		chosen := false
		for _, c := range sel.outlets {
			if corpus.Slug(c) == corpus.Slug(o) {
				chosen = true
			}
		}
		p.Outlets = append(p.Outlets, outletChoice{Name: o, Chosen: chosen})
		p.Chosen = p.Chosen || chosen
		if chosen || len(sel.outlets) == 0 {
			p.Columns = append(p.Columns, o)
		}
	}
	sort.Slice(p.Outlets, func(i, j int) bool { return p.Outlets[i].Name < p.Outlets[j].Name })
	sort.Strings(p.Columns)
	var dayKeys []string
	for d := range counts {
		dayKeys = append(dayKeys, d)
	}
	sort.Strings(dayKeys)
	for _, d := range dayKeys {
		q := url.Values{"from": {d}, "to": {d}}
		for _, o := range sel.outlets {
			q.Add("outlet", o)
		}
		row := dayRow{Day: d, Link: "/store?" + q.Encode()}
		for _, o := range p.Columns {
			row.Counts = append(row.Counts, counts[d][o])
			row.Total += counts[d][o]
		}
		p.Days = append(p.Days, row)
	}
	// The store's order is not sorted; the page is, by time, outlet and
	// headline.
	sort.Slice(arts, func(i, j int) bool {
		a, b := arts[i], arts[j]
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		if a.Outlet != b.Outlet {
			return a.Outlet < b.Outlet
		}
		return a.Title < b.Title
	})
	if len(arts) > maxListed {
		p.More = len(arts) - maxListed
		arts = arts[:maxListed]
	}
	p.Articles = arts
	return nil
}

// storeCompare compares the articles of the selected days and outlets.
func (s *Server) storeCompare(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.storeFail(w, r, s.bodyError(err))
		return
	}
	if !s.validToken(r.PostForm.Get("token")) {
		s.storeFail(w, r, errNoToken)
		return
	}
	bodyRead(r)
	release, ok := s.enter(w, r)
	if !ok {
		return
	}
	defer release()
	var o options
	for _, k := range []string{"days", "min_outlets", "top", "similarity"} {
		o.set(k, r.PostForm.Get(k))
	}
	opts, err := o.compareOptions()
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	sel, err := s.readSelection(ctx, r.PostForm)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	res, err := s.compareStored(ctx, sel.filter(), opts)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	if err := s.sendReport(w, res); err != nil {
		s.logf("sending a report: %v", err)
	}
}

// compareStored compares the documents f selects. The documents another
// version of framediff annotated are annotated again in memory, so that
// a comparison never mixes two annotators' output; the store is left as
// it is.
func (s *Server) compareStored(ctx context.Context, f store.Filter, opts compare.Options) (*compare.Result, error) {
	docs, versions, skipped, err := s.opts.Store.SelectVersions(ctx, f)
	if err != nil {
		return nil, err
	}
	kept := docs[:0]
	for i, d := range docs {
		if versions[i] != nlp.AnnotatorVersion {
			nd, err := s.annotator.AnnotateOne(ctx, d.Article)
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				skipped = append(skipped, corpus.Skipped{Source: d.Source.String(), Reason: "annotation failed: " + err.Error()})
				continue
			}
			d = nd
		}
		kept = append(kept, d)
	}
	// The outlets are unified over the selection, as the command does:
	// ingest unified them a batch at a time.
	arts := make([]*corpus.Article, len(kept))
	for i, d := range kept {
		arts[i] = &d.Article
	}
	corpus.UnifyOutlets(arts, nil)
	if len(kept) == 0 {
		return nil, &nothingError{msg: "No stored article falls in these days and outlets.", skipped: skipped}
	}
	return s.compareDocs(ctx, kept, skipped, opts)
}

// storeFail answers a store request that gave no page.
func (s *Server) storeFail(w http.ResponseWriter, r *http.Request, err error) {
	var (
		re *requestError
		fe *formError
		ne *nothingError
	)
	switch {
	case errors.As(err, &re):
		plain(w, re.code, re.msg)
	case errors.As(err, &fe):
		plain(w, http.StatusBadRequest, fe.msg+" Go back and correct it.")
	case errors.As(err, &ne):
		plain(w, http.StatusUnprocessableEntity, ne.msg+" Go back and choose other days or outlets.")
	default:
		s.fail(w, r, nil, err)
	}
}
