package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

// Options controls a Client. The zero value of each field means its
// default (DefaultOptions).
type Options struct {
	// Version and Contact go into the User-Agent:
	// "framediff/VERSION (+https://github.com/framediff/framediff; CONTACT)".
	// Contact is how a site's operator reaches the user (an e-mail
	// address or a URL); it may be empty.
	Version, Contact string
	// CacheDir holds the cache; "" keeps nothing.
	CacheDir string
	// Refresh ignores the cache when reading (everything is fetched
	// again, unconditionally) and still writes it.
	Refresh bool
	// HostInterval is the least time between two requests to one host.
	HostInterval time.Duration
	// MaxCrawlDelay caps the interval a robots.txt Crawl-delay asks for.
	MaxCrawlDelay time.Duration
	// Concurrency is the most requests open at once, over all hosts.
	Concurrency int
	// ConnectTimeout bounds DNS, TCP and TLS; HeaderTimeout the wait for
	// the response header once the request is sent; BodyTimeout the
	// whole exchange, from connecting to the last byte.
	ConnectTimeout, HeaderTimeout, BodyTimeout time.Duration
	// Retries is how many times a 429 or 5xx is tried again; negative
	// means never.
	Retries int
	// Backoff is the first wait before a retry, doubled at each one up to
	// MaxBackoff (with jitter; see Client.backoff).
	Backoff, MaxBackoff time.Duration
	// MaxRetryAfter is the longest Retry-After honoured; a server that
	// asks for more is a failure now rather than a stalled run.
	MaxRetryAfter time.Duration
	// MaxRedirects is the most redirects followed from one URL; negative
	// means none.
	MaxRedirects int
	// MaxBytes caps a body as sent, MaxDecoded once gzip is undone.
	MaxBytes, MaxDecoded int64
	// Transport makes the requests; nil means a transport with the
	// timeouts above. Tests may pass their own.
	Transport http.RoundTripper
	// Clock is the time the Client waits by; nil means the wall clock.
	Clock Clock
}

// DefaultOptions returns the defaults: one request per second per host
// (what polite crawlers settle on when a site says nothing), four
// requests at once, timeouts of 10 s to connect, 20 s for the header and
// 60 s in all, three retries from 1 s up to 30 s, Retry-After honoured up
// to two minutes, five redirects, 16 MiB per page either way (as
// corpus/extract reads at most 16 MiB of a page).
func DefaultOptions() Options {
	return Options{
		HostInterval:   time.Second,
		MaxCrawlDelay:  time.Minute,
		Concurrency:    4,
		ConnectTimeout: 10 * time.Second,
		HeaderTimeout:  20 * time.Second,
		BodyTimeout:    60 * time.Second,
		Retries:        3,
		Backoff:        time.Second,
		MaxBackoff:     30 * time.Second,
		MaxRetryAfter:  2 * time.Minute,
		MaxRedirects:   5,
		MaxBytes:       16 << 20,
		MaxDecoded:     16 << 20,
	}
}

// Client fetches pages politely; see the package doc. It is safe for
// concurrent use, and its politeness (rates, robots.txt, concurrency)
// holds over all the goroutines that share it.
type Client struct {
	opts  Options
	agent string
	http  *http.Client
	cache cache
	clock Clock
	slots chan struct{}

	mu    sync.Mutex
	hosts map[string]*host

	statsMu  sync.Mutex
	stats    Stats
	cacheErr atomic.Pointer[error]
}

// Stats counts what a Client did: the HTTP requests it sent (robots.txt,
// redirects and retries included), and what each Get gave.
type Stats struct {
	Requests    int // HTTP requests sent
	Conditional int // of which conditional (If-None-Match, If-Modified-Since)
	Downloaded  int // pages read from a 200 response
	NotModified int // pages whose cached copy a 304 confirmed
	Fresh       int // pages whose cached copy was used without a request
	Failed      int // URLs that gave an *Error
}

// New returns a Client. It fails when an option is out of range or the
// contact would not fit in a header.
func New(opts Options) (*Client, error) {
	d := DefaultOptions()
	fill := func(v *time.Duration, def time.Duration) {
		if *v == 0 {
			*v = def
		}
	}
	fill(&opts.HostInterval, d.HostInterval)
	fill(&opts.MaxCrawlDelay, d.MaxCrawlDelay)
	fill(&opts.ConnectTimeout, d.ConnectTimeout)
	fill(&opts.HeaderTimeout, d.HeaderTimeout)
	fill(&opts.BodyTimeout, d.BodyTimeout)
	fill(&opts.Backoff, d.Backoff)
	fill(&opts.MaxBackoff, d.MaxBackoff)
	fill(&opts.MaxRetryAfter, d.MaxRetryAfter)
	if opts.Concurrency == 0 {
		opts.Concurrency = d.Concurrency
	}
	if opts.Retries == 0 {
		opts.Retries = d.Retries
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = d.MaxRedirects
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = d.MaxBytes
	}
	if opts.MaxDecoded == 0 {
		opts.MaxDecoded = d.MaxDecoded
	}
	opts.Retries = max(opts.Retries, 0)
	opts.MaxRedirects = max(opts.MaxRedirects, 0)
	switch {
	case opts.Concurrency < 0:
		return nil, errors.New("fetch: Concurrency must not be negative")
	case opts.HostInterval < 0 || opts.ConnectTimeout < 0 || opts.HeaderTimeout < 0 || opts.BodyTimeout < 0 ||
		opts.Backoff < 0 || opts.MaxBackoff < 0 || opts.MaxRetryAfter < 0 || opts.MaxCrawlDelay < 0:
		return nil, errors.New("fetch: durations must not be negative")
	case opts.MaxBytes < 0 || opts.MaxDecoded < 0:
		return nil, errors.New("fetch: size limits must not be negative")
	}
	if err := CheckContact(opts.Contact); err != nil {
		return nil, err
	}
	version := opts.Version
	if version == "" {
		version = "dev"
	}
	agent := "framediff/" + version + " (+https://github.com/framediff/framediff"
	if opts.Contact != "" {
		agent += "; " + opts.Contact
	}
	agent += ")"
	c := &Client{
		opts:  opts,
		agent: agent,
		cache: cache{dir: opts.CacheDir, maxBody: max(opts.MaxDecoded, robotsMax)},
		clock: opts.Clock,
		slots: make(chan struct{}, opts.Concurrency),
		hosts: map[string]*host{},
	}
	if c.clock == nil {
		c.clock = realClock{}
	}
	rt := opts.Transport
	if rt == nil {
		dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
		rt = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   opts.ConnectTimeout,
			ResponseHeaderTimeout: opts.HeaderTimeout,
			// Gzip is asked for and undone here, so that both sizes are
			// capped (see read).
			DisableCompression:  true,
			MaxIdleConnsPerHost: 2,
			IdleConnTimeout:     90 * time.Second,
			ForceAttemptHTTP2:   true,
		}
	}
	c.http = &http.Client{
		Transport: rt,
		// Redirects are followed by Get, hop by hop, each under the
		// robots.txt and rate of its own host.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return c, nil
}

// CheckContact says whether a contact fits in a User-Agent header: one
// line of printable ASCII, without the parentheses that would end the
// comment it goes in, at most 200 bytes.
func CheckContact(s string) error {
	if len(s) > 200 {
		return fmt.Errorf("contact %q: longer than 200 bytes", s[:40]+"...")
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsPrint(r) || r == '(' || r == ')' {
			return fmt.Errorf("contact %q: use printable ASCII without parentheses (an e-mail address or a URL)", s)
		}
	}
	return nil
}

// UserAgent is the User-Agent the Client sends.
func (c *Client) UserAgent() string { return c.agent }

// Concurrency is the most requests the Client has open at once: a
// caller that feeds it URLs gains nothing from more goroutines.
func (c *Client) Concurrency() int { return c.opts.Concurrency }

// Stats returns what the Client did so far.
func (c *Client) Stats() Stats {
	c.statsMu.Lock()
	defer c.statsMu.Unlock()
	return c.stats
}

func (c *Client) count(f func(*Stats)) {
	c.statsMu.Lock()
	f(&c.stats)
	c.statsMu.Unlock()
}

// CacheError returns the first error writing the cache met, or nil: the
// pages were fetched, but the next run will fetch them again.
func (c *Client) CacheError() error {
	if p := c.cacheErr.Load(); p != nil {
		return *p
	}
	return nil
}

func (c *Client) save(e *entry) {
	if err := c.cache.put(e); err != nil {
		c.cacheErr.CompareAndSwap(nil, &err)
	}
}

// Page is a fetched body.
type Page struct {
	// URL is where the body came from: the URL asked for after redirects,
	// without a fragment.
	URL string
	// ContentType is the Content-Type header as the server sent it, with
	// its charset; "" when it sent none.
	ContentType string
	// Body is the body with any gzip undone and its charset untouched.
	Body []byte
	// Cached says that the body is the cached copy: the server said it
	// had not changed (304), or it was still fresh and not asked for.
	Cached bool
}

// Get fetches rawURL by the rules of the package doc. A failure is an
// *Error; a cancelled ctx returns ctx's error.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	p, err := c.get(ctx, rawURL)
	var fe *Error
	if errors.As(err, &fe) {
		c.count(func(s *Stats) { s.Failed++ })
	}
	return p, err
}

func (c *Client) get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := Normalize(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Kind: KindURL, Reason: err.Error()}
	}
	start := u.String()
	seen := map[string]bool{}
	for hops := 0; ; hops++ {
		key := u.String()
		if seen[key] {
			return nil, &Error{URL: start, Kind: KindRedirect, Reason: "redirect loop at " + key}
		}
		seen[key] = true
		if hops > c.opts.MaxRedirects {
			return nil, &Error{URL: start, Kind: KindRedirect, Reason: fmt.Sprintf("more than %d redirects", c.opts.MaxRedirects)}
		}
		h := c.hostOf(hostKey(u))
		if err := c.allowed(ctx, u, h); err != nil {
			return nil, withURL(err, start)
		}
		var old *entry
		if !c.opts.Refresh {
			old = c.cache.get(key)
		}
		if old != nil && old.Location != "" {
			// A permanent redirect, remembered.
			next, err := url.Parse(old.Location)
			if err == nil {
				u = next
				continue
			}
			old = nil
		}
		if old != nil && c.clock.Now().Before(old.Expires) {
			c.count(func(s *Stats) { s.Fresh++ })
			return &Page{URL: key, ContentType: old.ContentType, Body: old.body, Cached: true}, nil
		}
		if !old.conditional() {
			old = nil
		}
		r, err := c.request(ctx, u, h, old, false)
		if err != nil {
			return nil, withURL(err, start)
		}
		switch {
		case r.status == http.StatusNotModified && old != nil:
			c.count(func(s *Stats) { s.NotModified++ })
			c.keep(old, r)
			return &Page{URL: key, ContentType: old.ContentType, Body: old.body, Cached: true}, nil
		case isRedirect(r.status):
			next, err := location(u, r.header.Get("Location"))
			if err != nil {
				return nil, &Error{URL: start, Kind: KindRedirect, Reason: err.Error()}
			}
			if r.status == http.StatusMovedPermanently || r.status == http.StatusPermanentRedirect {
				if _, store := freshness(r.header, c.clock.Now()); store {
					c.save(&entry{URL: key, Status: r.status, Location: next.String(), Fetched: c.clock.Now()})
				}
			}
			u = next
			continue
		case r.status == http.StatusOK:
			c.count(func(s *Stats) { s.Downloaded++ })
			c.store(key, r)
			return &Page{URL: key, ContentType: r.header.Get("Content-Type"), Body: r.body}, nil
		}
		return nil, statusError(start, r.status, 1)
	}
}

// withURL names the URL the caller asked for in an *Error met on the way
// (a redirect's target, its robots.txt).
func withURL(err error, u string) error {
	var fe *Error
	if errors.As(err, &fe) && fe.URL != u {
		cp := *fe
		cp.URL = u
		return &cp
	}
	return err
}

// store caches a 200 response when it can be reused: it has a validator
// or a freshness lifetime, and no "no-store".
func (c *Client) store(key string, r *reply) {
	now := c.clock.Now()
	life, ok := freshness(r.header, now)
	e := &entry{URL: key, Status: r.status, ContentType: r.header.Get("Content-Type"),
		ETag: r.header.Get("ETag"), LastModified: r.header.Get("Last-Modified"),
		Fetched: now, body: r.body}
	if life > 0 {
		e.Expires = now.Add(life)
	}
	if !ok || (!e.conditional() && life == 0) {
		c.cache.drop(key)
		return
	}
	c.save(e)
}

// keep renews a cached entry after a 304, with any new validators and
// lifetime the 304 carries (RFC 9111 §4.3.4).
func (c *Client) keep(old *entry, r *reply) {
	now := c.clock.Now()
	old.Fetched = now
	if v := r.header.Get("ETag"); v != "" {
		old.ETag = v
	}
	if v := r.header.Get("Last-Modified"); v != "" {
		old.LastModified = v
	}
	life, ok := freshness(r.header, now)
	if !ok {
		c.cache.drop(old.URL)
		return
	}
	old.Expires = time.Time{}
	if life > 0 {
		old.Expires = now.Add(life)
	}
	c.save(old)
}

// Normalize checks that s is an absolute http or https URL and returns it
// without its fragment, with the scheme and host in lower case and the
// default port dropped: the form the cache and the report know it by.
func Normalize(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, errors.New("not an http or https URL")
	}
	if u.Hostname() == "" {
		return nil, errors.New("URL without a host")
	}
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); p == "80" && u.Scheme == "http" || p == "443" && u.Scheme == "https" {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	u.User = nil
	return u, nil
}

func hostKey(u *url.URL) string { return u.Scheme + "://" + u.Host }

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// location resolves a redirect's Location against the URL that sent it.
func location(from *url.URL, loc string) (*url.URL, error) {
	if strings.TrimSpace(loc) == "" {
		return nil, errors.New("redirect without a Location")
	}
	ref, err := url.Parse(strings.TrimSpace(loc))
	if err != nil {
		return nil, errors.New("redirect to an invalid URL")
	}
	next, err := Normalize(from.ResolveReference(ref).String())
	if err != nil {
		return nil, fmt.Errorf("redirect to %s: %v", clipURL(loc), err)
	}
	return next, nil
}

func clipURL(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// reply is one HTTP response, read.
type reply struct {
	status int
	header http.Header
	body   []byte // only for 200 (and any status of robots.txt)
}

// request sends one GET for u, trying again on 429 and 5xx. old, when
// set, makes it conditional. robots marks the request for robots.txt,
// whose body is read whatever its status and type.
func (c *Client) request(ctx context.Context, u *url.URL, h *host, old *entry, robots bool) (*reply, error) {
	for attempt := 0; ; attempt++ {
		if err := c.wait(ctx, h); err != nil {
			return nil, err
		}
		r, err := c.once(ctx, u, old, robots)
		if err != nil {
			return nil, err
		}
		if !retryable(r.status) {
			return r, nil
		}
		if attempt == c.opts.Retries {
			return nil, statusError(u.String(), r.status, attempt+1)
		}
		wait := c.backoff(attempt)
		if ra, ok := RetryAfter(r.header.Get("Retry-After"), c.clock.Now()); ok {
			if ra > c.opts.MaxRetryAfter {
				e := statusError(u.String(), r.status, attempt+1)
				e.Reason += fmt.Sprintf(": the server asks to wait %s, more than %s", ra.Round(time.Second), c.opts.MaxRetryAfter)
				return nil, e
			}
			wait = ra
		}
		h.hold(c.clock.Now().Add(wait))
	}
}

// once sends one request and reads its response.
func (c *Client) once(ctx context.Context, u *url.URL, old *entry, robots bool) (*reply, error) {
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-c.slots }()

	actx, cancel := context.WithTimeout(ctx, c.opts.BodyTimeout)
	defer cancel()
	var at atomic.Int32 // a phase
	trace := &httptrace.ClientTrace{
		GotConn:              func(httptrace.GotConnInfo) { at.Store(int32(phaseHeader)) },
		GotFirstResponseByte: func() { at.Store(int32(phaseBody)) },
	}
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(actx, trace), http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: u.String(), Kind: KindURL, Reason: "not a valid URL", Err: err}
	}
	req.Header.Set("User-Agent", c.agent)
	req.Header.Set("Accept-Encoding", "gzip")
	if robots {
		req.Header.Set("Accept", "text/plain,*/*;q=0.5")
	} else {
		req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,*/*;q=0.5")
	}
	if old != nil {
		if old.ETag != "" {
			req.Header.Set("If-None-Match", old.ETag)
		}
		if old.LastModified != "" {
			req.Header.Set("If-Modified-Since", old.LastModified)
		}
	}
	c.count(func(s *Stats) {
		s.Requests++
		if old != nil {
			s.Conditional++
		}
	})
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.netError(ctx, u.String(), err, phase(at.Load()), actx.Err() != nil)
	}
	defer resp.Body.Close()
	r := &reply{status: resp.StatusCode, header: resp.Header}
	if resp.StatusCode != http.StatusOK && !robots {
		// Read a little, so that the connection can be reused.
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return r, nil
	}
	limit, decoded := c.opts.MaxBytes, c.opts.MaxDecoded
	if robots {
		limit, decoded = robotsMax, robotsMax
	} else if mt := mediaType(resp.Header.Get("Content-Type")); !Readable(mt) {
		return nil, &Error{URL: u.String(), Kind: KindType, Reason: "not a web page or feed: content type " + mt}
	}
	if !robots && resp.ContentLength > limit {
		return nil, &Error{URL: u.String(), Kind: KindTooLarge,
			Reason: fmt.Sprintf("too large: %s, over the %s limit", sizeName(resp.ContentLength), sizeName(limit))}
	}
	body, err := c.read(resp, limit, decoded, robots)
	if err != nil {
		var fe *Error
		if errors.As(err, &fe) {
			fe.URL = u.String()
			return nil, fe
		}
		return nil, c.netError(ctx, u.String(), err, phaseBody, actx.Err() != nil)
	}
	r.body = body
	return r, nil
}

// read reads a body, undoing gzip, capped at limit bytes as sent and
// decoded bytes after. robots.txt is cut at its caps instead of refused.
func (c *Client) read(resp *http.Response, limit, decoded int64, truncate bool) ([]byte, error) {
	var src io.Reader = io.LimitReader(resp.Body, limit+1)
	wire := &countingReader{r: src}
	src = wire
	zipped := false
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(src)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil, nil
			}
			return nil, &Error{Kind: KindEncoding, Reason: "unreadable gzip body", Err: err}
		}
		defer zr.Close()
		src, zipped = zr, true
	default:
		return nil, &Error{Kind: KindEncoding, Reason: "unsupported content encoding " + enc}
	}
	body, err := io.ReadAll(io.LimitReader(src, decoded+1))
	tooBig := wire.n > limit || int64(len(body)) > decoded
	if truncate && tooBig {
		return body[:min(int64(len(body)), decoded)], nil
	}
	switch {
	case wire.n > limit:
		return nil, &Error{Kind: KindTooLarge, Reason: fmt.Sprintf("too large: over the %s limit", sizeName(limit))}
	case int64(len(body)) > decoded:
		return nil, &Error{Kind: KindTooLarge, Reason: fmt.Sprintf("too large: over the %s limit once decompressed", sizeName(decoded))}
	case err == nil:
		return body, nil
	case zipped && (errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)):
		return nil, &Error{Kind: KindEncoding, Reason: "unreadable gzip body", Err: err}
	}
	return nil, err
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// sizeName renders a byte count for a reason: "16 MiB", "512 KiB".
func sizeName(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
