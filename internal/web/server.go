package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/report"
)

// Options controls a Server. The zero value of each field means its
// default (DefaultOptions).
type Options struct {
	// Generator names the program in reports ("framediff v1.2.3").
	Generator string
	// Fetcher gets the links; nil means corpus's default, a polite
	// fetcher without a cache. One Fetcher serves every request, so that
	// its rate limits hold over all of them.
	Fetcher corpus.Fetcher
	// Store, when set, adds the pages that list and compare its articles.
	Store Store
	// Hosts are the host names, besides IP addresses and localhost, that
	// requests may be addressed to (the Host header).
	Hosts []string
	// MaxRequest caps the body of a request, in bytes; MaxText one pasted
	// text, MaxFiles and MaxLinks the number of files and of links.
	MaxRequest int64
	MaxText    int64
	MaxFiles   int
	MaxLinks   int
	// Jobs is the most comparisons run at once; Queue how many more may
	// wait for a turn, each at most QueueWait before it is refused.
	Jobs      int
	Queue     int
	QueueWait time.Duration
	// Timeout bounds one comparison, from the first fetch to the report.
	Timeout time.Duration
	// Workers is the number of articles annotated at once in one
	// comparison; 0 means GOMAXPROCS.
	Workers int
	// Log receives one line per failed request; nil means none.
	Log io.Writer
}

// DefaultOptions returns the defaults: requests of up to 32 MiB, pasted
// texts of up to 1 MiB (corpus's largest article), 100 files, 50 links;
// two comparisons at once, eight more waiting up to 20 seconds; ten
// minutes per comparison (a site may ask the fetcher to wait two).
func DefaultOptions() Options {
	return Options{
		Generator:  "framediff",
		MaxRequest: 32 << 20,
		MaxText:    corpus.DefaultMaxArticleSize,
		MaxFiles:   100,
		MaxLinks:   50,
		Jobs:       2,
		Queue:      8,
		QueueWait:  20 * time.Second,
		Timeout:    10 * time.Minute,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Generator == "" {
		o.Generator = d.Generator
	}
	if o.MaxRequest <= 0 {
		o.MaxRequest = d.MaxRequest
	}
	if o.MaxText <= 0 {
		o.MaxText = d.MaxText
	}
	if o.MaxFiles <= 0 {
		o.MaxFiles = d.MaxFiles
	}
	if o.MaxLinks <= 0 {
		o.MaxLinks = d.MaxLinks
	}
	if o.Jobs <= 0 {
		o.Jobs = d.Jobs
	}
	if o.Queue < 0 {
		o.Queue = 0
	} else if o.Queue == 0 {
		o.Queue = d.Queue
	}
	if o.QueueWait <= 0 {
		o.QueueWait = d.QueueWait
	}
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	return o
}

// Server is the web UI. It is an http.Handler; Serve runs it on a
// listener.
type Server struct {
	opts        Options
	token       string
	readTimeout time.Duration
	gate        *gate
	annotator   *nlp.Annotator
	handler     http.Handler
}

// New returns a Server with a fresh token.
func New(opts Options) (*Server, error) {
	opts = opts.withDefaults()
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, fmt.Errorf("making the form token: %w", err)
	}
	s := &Server{
		opts:        opts,
		token:       base64.RawURLEncoding.EncodeToString(b[:]),
		gate:        newGate(opts.Jobs, opts.Queue, opts.QueueWait),
		readTimeout: opts.QueueWait + 2*time.Minute,
		annotator:   &nlp.Annotator{Workers: opts.Workers},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("POST /compare", s.compare)
	if opts.Store != nil {
		mux.HandleFunc("GET /store", s.storePage)
		mux.HandleFunc("POST /store/compare", s.storeCompare)
	}
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		plain(w, http.StatusForbidden, "This form was sent from another web site; framediff accepts forms only from its own page. Open the page again and send it from there.")
	}))
	s.handler = secure(s.checkHost(cop.Handler(mux)))
	return s, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve answers requests on ln until ctx is done, then stops: the
// requests in flight are cancelled with ctx (their contexts derive from
// it) and given a few seconds to answer.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		// A body is read once its comparison has a turn: the longest
		// wait plus time to send the largest body over a slow link. The
		// server lifts the deadline once the body is read.
		ReadTimeout:    s.readTimeout,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			hs.Close()
		}
		if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// checkHost refuses a request addressed to a host name other than
// localhost and the allowed ones. A web page can make a browser send
// requests to any name it controls and then point that name at 127.0.0.1
// (DNS rebinding); the Host header still carries the page's name, and
// the browser would treat the answers as the page's own.
func (s *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			plain(w, http.StatusForbidden, fmt.Sprintf("framediff answers only to localhost and IP addresses, not to %q.", clip(r.Host, 80)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) hostAllowed(host string) bool {
	h := host
	if hh, _, err := net.SplitHostPort(host); err == nil {
		h = hh
	}
	h = strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
	if h == "" {
		return false
	}
	if _, err := netip.ParseAddr(h); err == nil {
		// An address cannot be rebound: no other site's page is served
		// under it.
		return true
	}
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	for _, a := range s.opts.Hosts {
		if strings.EqualFold(strings.TrimSuffix(a, "."), h) {
			return true
		}
	}
	return false
}

// Policies: a form page runs no script and loads nothing; its style is
// allowed by its hash. A report keeps its own policy, and neither may be
// framed by another page.
var (
	pagePolicy   = "default-src 'none'; style-src " + cspHash(pageCSS) + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	reportPolicy = report.HTMLPolicy() + "; frame-ancestors 'none'"
)

// secure sets the headers every answer carries: the page policy (a
// report replaces it with its own), no sniffing, no referrer, no framing,
// no caching.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", pagePolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// bodyRead reads what is left of a request's body once the form has
// been read. The server notices that the browser went away, and cancels
// the request's context, only by reading the connection after the body
// has been read to its end; bytes after a form's last boundary that no
// reader asked for would leave a comparison running after its tab was
// closed.
func bodyRead(r *http.Request) {
	io.Copy(io.Discard, r.Body)
}

// validToken reports whether a form's token is this process's.
func (s *Server) validToken(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1
}

// plain answers with one sentence of plain text.
func plain(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprintln(w, msg)
}

// busy refuses a request that found no turn.
func busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "30")
	plain(w, http.StatusServiceUnavailable, "framediff is busy with other comparisons. Wait a minute, then go back and send the form again.")
}

// sendReport renders res and sends it as the answer, under the report's
// own policy. The report is rendered whole first, so that a failure is
// an error page rather than half a report.
func (s *Server) sendReport(w http.ResponseWriter, res *compare.Result) error {
	var buf bytes.Buffer
	if err := report.HTML(&buf, res, s.opts.Generator); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Security-Policy", reportPolicy)
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, err := buf.WriteTo(w)
	return err
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		fmt.Fprintf(s.opts.Log, "framediff serve: "+format+"\n", args...)
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
