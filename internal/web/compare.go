package web

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"testing/fstest"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// nothingError is a comparison with no article to compare: every input
// was skipped, with its reason.
type nothingError struct {
	msg     string
	skipped []corpus.Skipped
}

func (e *nothingError) Error() string { return e.msg }

// compare answers the compare form: the report, or the form again with
// what went wrong.
func (s *Server) compare(w http.ResponseWriter, r *http.Request) {
	// The turn is taken before the body is read, so that requests waiting
	// for one hold no more than their connection.
	release, ok := s.enter(w, r)
	if !ok {
		return
	}
	defer release()
	f, files, err := s.readCompare(w, r)
	if err != nil {
		s.fail(w, r, f, err)
		return
	}
	bodyRead(r)
	opts, err := f.compareOptions()
	if err != nil {
		s.fail(w, r, f, err)
		return
	}
	links, err := f.links(s.opts.MaxLinks)
	if err != nil {
		s.fail(w, r, f, err)
		return
	}
	// The pasted texts and files are read from memory, as a directory of
	// files would be read (corpus.LoadFSAndURLs walks an fs.FS);
	// fstest.MapFS is the standard library's map-backed fs.FS, and none
	// of it touches the disk.
	fsys := fstest.MapFS{}
	taken := map[string]bool{}
	for _, u := range append(f.pasted(), files...) {
		fsys[uploadName(u.name, taken)] = &fstest.MapFile{Data: u.data, Mode: 0o444}
	}
	if len(links) == 0 && len(fsys) == 0 {
		s.fail(w, r, f, formErrorf("Nothing to compare yet: paste links or the text of articles, or choose files."))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	var in fs.FS
	if len(fsys) > 0 {
		in = fsys
	}
	res, err := s.run(ctx, in, links, opts)
	if err != nil {
		s.fail(w, r, f, err)
		return
	}
	if err := s.sendReport(w, res); err != nil {
		s.logf("sending a report: %v", err)
	}
}

// enter takes a turn for a comparison, or answers that there is none.
func (s *Server) enter(w http.ResponseWriter, r *http.Request) (func(), bool) {
	release, err := s.gate.enter(r.Context())
	switch {
	case errors.Is(err, errBusy):
		busy(w)
		return nil, false
	case err != nil:
		return nil, false // the request was cancelled while it waited
	}
	return release, true
}

// run reads the inputs, annotates them and compares them. fsys holds
// the pasted texts and the files, or is nil when there are none.
func (s *Server) run(ctx context.Context, fsys fs.FS, links []string, opts compare.Options) (*compare.Result, error) {
	set, err := corpus.LoadFSAndURLs(ctx, fsys, ".", links, corpus.Options{Fetcher: s.opts.Fetcher})
	if err != nil {
		return nil, err
	}
	return s.annotateAndCompare(ctx, set.Articles, set.Skipped, opts)
}

// annotateAndCompare is the rest of the pipeline, shared with the store.
func (s *Server) annotateAndCompare(ctx context.Context, arts []corpus.Article, skipped []corpus.Skipped, opts compare.Options) (*compare.Result, error) {
	docs, failed, err := s.annotator.Annotate(ctx, arts)
	if err != nil {
		return nil, err
	}
	return s.compareDocs(ctx, docs, append(skipped, failed...), opts)
}

func (s *Server) compareDocs(ctx context.Context, docs []*nlp.Doc, skipped []corpus.Skipped, opts compare.Options) (*compare.Result, error) {
	if len(docs) == 0 {
		return nil, &nothingError{msg: "framediff found no article to compare in what it was given.", skipped: skipped}
	}
	return compare.Compare(ctx, docs, skipped, opts)
}

// fail answers a request that gave no report.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, f *form, err error) {
	if f == nil {
		f = newForm()
	}
	var (
		re *requestError
		fe *formError
		ne *nothingError
	)
	switch {
	case errors.As(err, &re):
		plain(w, re.code, re.msg)
	case errors.As(err, &fe):
		s.showHome(w, http.StatusBadRequest, f, fe.msg, nil)
	case errors.As(err, &ne):
		s.showHome(w, http.StatusUnprocessableEntity, f, ne.msg+" Each input and the reason it was left out are below.", ne.skipped)
	case r.Context().Err() != nil:
		// The user closed the tab or stopped the page: nobody reads an
		// answer, and the work has stopped.
		s.logf("%s %s: cancelled", r.Method, r.URL.Path)
	case errors.Is(err, context.DeadlineExceeded):
		plain(w, http.StatusGatewayTimeout, fmt.Sprintf("The comparison took longer than %s and was stopped. Try fewer links or files.", durationName(s.opts.Timeout)))
	default:
		s.logf("%s %s: %v", r.Method, r.URL.Path, err)
		plain(w, http.StatusInternalServerError, "The comparison failed: "+err.Error())
	}
}

func durationName(d time.Duration) string {
	if d >= time.Minute && d%time.Minute == 0 {
		if d == time.Minute {
			return "a minute"
		}
		return fmt.Sprintf("%d minutes", d/time.Minute)
	}
	return d.String()
}
