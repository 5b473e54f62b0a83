package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"syscall"
)

// Kind sorts fetch failures by what a user can do about them.
type Kind int

const (
	KindURL      Kind = iota + 1 // not an http(s) URL
	KindDNS                      // the host name does not resolve
	KindRefused                  // nothing listens at the address
	KindTimeout                  // connecting, the header or the body took too long
	KindNetwork                  // another network or TLS failure
	KindStatus                   // an HTTP error status (after retries for 429 and 5xx)
	KindRobots                   // robots.txt forbids the URL, or cannot be read
	KindRedirect                 // too many redirects, a loop, or a bad Location
	KindTooLarge                 // over a size cap, on the wire or decompressed
	KindType                     // a content type framediff does not read
	KindEncoding                 // a content encoding framediff does not decode
)

// Error is a URL that could not be fetched. Reason is one short line that
// does not repeat the URL, fit for a skipped entry; Error() prefixes it
// with the URL.
type Error struct {
	URL    string
	Kind   Kind
	Status int // the last HTTP status, for KindStatus (0 otherwise)
	Reason string
	Err    error // the underlying error, when there is one
	// temporary: trying later may succeed (see Temporary).
	temporary bool
}

func (e *Error) Error() string { return e.URL + ": " + e.Reason }

func (e *Error) Unwrap() error { return e.Err }

// Temporary reports whether the same request may succeed later: a
// timeout, a network failure, a 429 or 5xx status, an unreachable
// robots.txt. A feed poller tries such a URL again at its next poll; a
// 404, a robots.txt rule or a PDF it does not.
func (e *Error) Temporary() bool { return e.temporary }

// statusError is an HTTP error status. attempts counts the requests made
// for it (more than one after retries).
func statusError(u string, status, attempts int) *Error {
	reason := statusText(status)
	if attempts > 1 {
		reason += fmt.Sprintf(" after %d attempts", attempts)
	}
	return &Error{URL: u, Kind: KindStatus, Status: status, Reason: reason, temporary: retryable(status)}
}

// statusText is "HTTP 404 Not Found".
func statusText(status int) string {
	if t := http.StatusText(status); t != "" {
		return fmt.Sprintf("HTTP %d %s", status, t)
	}
	return fmt.Sprintf("HTTP %d", status)
}

// retryable reports whether a status is worth trying again: the server
// is busy or failing, not refusing this request.
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// phase is how far an exchange got when it failed, to say which timeout
// fired.
type phase int

const (
	phaseConnect phase = iota // no connection yet
	phaseHeader               // connected, waiting for the response header
	phaseBody                 // reading the body
)

// netError classifies an error of the network or of a deadline. whole
// says that the deadline of the whole exchange passed. It returns ctx's
// error when ctx itself is done: the caller stopped, nothing failed.
func (c *Client) netError(ctx context.Context, u string, err error, at phase, whole bool) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	o := &c.opts
	e := &Error{URL: u, Err: err, temporary: true}
	var dns *net.DNSError
	var te interface{ Timeout() bool }
	switch {
	case errors.As(err, &dns):
		e.Kind = KindDNS
		e.Reason = "host not found: " + dns.Name
		if !dns.IsNotFound {
			e.Reason = "DNS lookup failed for " + dns.Name
		}
	case errors.Is(err, syscall.ECONNREFUSED):
		e.Kind, e.Reason = KindRefused, "connection refused"
	case whole || errors.Is(err, context.DeadlineExceeded) || errors.As(err, &te) && te.Timeout():
		e.Kind = KindTimeout
		switch {
		case whole && at == phaseBody:
			e.Reason = fmt.Sprintf("timed out reading the page (%s for the whole response)", o.BodyTimeout)
		case whole:
			// The whole exchange's deadline came before the header's.
			e.Reason = fmt.Sprintf("timed out: no response within %s", o.BodyTimeout)
		case at == phaseConnect:
			e.Reason = fmt.Sprintf("timed out connecting (%s)", o.ConnectTimeout)
		default:
			e.Reason = fmt.Sprintf("timed out waiting for the response (%s)", o.HeaderTimeout)
		}
	case errors.Is(err, syscall.ECONNRESET):
		e.Kind, e.Reason = KindNetwork, "connection reset by the server"
	default:
		e.Kind, e.Reason = KindNetwork, "network error: "+shortCause(err)
	}
	return e
}

// shortCause is the innermost message of err, without the "Get URL:"
// prefixes that net/http and net add, so that the reason does not repeat
// the URL and stays one short line.
func shortCause(err error) string {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			break
		}
		err = u
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && i+2 < len(s) {
		s = s[i+2:]
	}
	return s
}
