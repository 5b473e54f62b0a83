package fetch

// robots.txt, by RFC 9309.
//
//   - Read per host before the first request to it, through the same
//     cache: a copy fetched within RobotsTTL is used without a request
//     (§2.4: "SHOULD NOT use the cached version for more than 24 hours"),
//     an older one is revalidated. A Client that lives longer (a feed
//     poller) reads it again once it is RobotsTTL old, and robotsRetry
//     after a failure to read it.
//   - 2xx: the rules of the group that names framediff, else of "*".
//     4xx: no rules (§2.3.1.3). 5xx, after retries: everything disallowed
//     (§2.3.1.4), reported as temporary. A network failure is the page's
//     failure: the host is unreachable, whatever its rules.
//   - Up to five redirects are followed (§2.3.1.2), to any host.
//   - The first 500 KiB are parsed (§2.5), cut at a line.
//   - Lines the parser refuses (rules before any User-agent line, a bad
//     Crawl-delay) are read the way lenient crawlers read them rather than
//     dropping the whole file: rules before a User-agent line apply to
//     every agent, and an unreadable Crawl-delay is ignored.

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"regexp"
	"time"

	"github.com/temoto/robotstxt"
)

// RobotsTTL is how long a robots.txt is used before it is asked for again.
const RobotsTTL = 24 * time.Hour

// robotsRetry is how long a robots.txt that could not be read (a 5xx, an
// unreachable host) keeps its host's URLs refused before it is asked for
// again: the URLs of one run fail fast, a feed poller's next poll tries
// again.
const robotsRetry = 5 * time.Minute

// robotsMax is how much of a robots.txt is parsed.
const robotsMax = 500 << 10

// agentToken is the product token framediff matches robots.txt groups by.
const agentToken = "framediff"

// robotsState is a host's robots.txt, read by the first request that
// needs it while the others wait on ready. Its fields are written before
// ready is closed and only read after.
type robotsState struct {
	ready chan struct{}
	// expires is when the file must be read again.
	expires time.Time
	group   *robotstxt.Group
	// deny is set when everything is disallowed because robots.txt could
	// not be read (a 5xx): the reason, for every URL of the host.
	deny *Error
	// err is a failure to reach the host at all.
	err error
}

// allowed checks u against its host's robots.txt, reading the file first
// when needed. It returns nil, an *Error of KindRobots, the network
// failure that kept robots.txt from being read, or ctx's error.
func (c *Client) allowed(ctx context.Context, u *url.URL, h *host) error {
	h.mu.Lock()
	rs := h.robots
	if rs != nil {
		select {
		case <-rs.ready:
			if !c.clock.Now().Before(rs.expires) {
				rs = nil
			}
		default:
		}
	}
	first := rs == nil
	if first {
		rs = &robotsState{ready: make(chan struct{})}
		h.robots = rs
	}
	h.mu.Unlock()
	if first {
		c.readRobots(ctx, u, h, rs)
		if ctx.Err() != nil {
			// Stopped, not answered: the next caller asks again.
			h.mu.Lock()
			h.robots = nil
			h.mu.Unlock()
			close(rs.ready)
			return ctx.Err()
		}
		close(rs.ready)
	} else {
		select {
		case <-rs.ready:
		case <-ctx.Done():
			return ctx.Err()
		}
		if rs.group == nil && rs.deny == nil && rs.err == nil {
			// The reader was stopped; ask again.
			return c.allowed(ctx, u, h)
		}
	}
	switch {
	case rs.err != nil:
		return rs.err
	case rs.deny != nil:
		e := *rs.deny
		e.URL = u.String()
		return &e
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !rs.group.Test(path) {
		return &Error{URL: u.String(), Kind: KindRobots, Reason: "disallowed by the site's robots.txt"}
	}
	return nil
}

// readRobots fetches and parses the robots.txt of u's host into rs.
func (c *Client) readRobots(ctx context.Context, u *url.URL, h *host, rs *robotsState) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	status, body, fetched, err := c.robotsFile(ctx, ru)
	rs.expires = fetched.Add(RobotsTTL)
	if err != nil || status >= 500 {
		rs.expires = c.clock.Now().Add(robotsRetry)
	}
	if err != nil {
		rs.err = err
		return
	}
	switch {
	case status >= 200 && status < 300:
		data := parseRobots(body)
		rs.group = data.FindGroup(agentToken)
		if rs.group.CrawlDelay > 0 {
			c.slowDown(h, rs.group.CrawlDelay)
		}
	case status >= 400 && status < 500:
		rs.group = allowAll
	default:
		rs.deny = &Error{Kind: KindRobots, Status: status, temporary: true,
			Reason: fmt.Sprintf("robots.txt unavailable (%s): not crawling the site", statusText(status))}
	}
}

var allowAll = func() *robotstxt.Group {
	d, _ := robotstxt.FromBytes(nil)
	return d.FindGroup(agentToken)
}()

// robotsFile gets robots.txt through the cache, following redirects. It
// returns the final status and body, and when the server last gave them;
// a 5xx after retries is a status, not an error.
func (c *Client) robotsFile(ctx context.Context, ru *url.URL) (status int, body []byte, fetched time.Time, err error) {
	status, body, fetched, err = c.robotsHops(ctx, ru)
	if fetched.IsZero() {
		fetched = c.clock.Now()
	}
	return status, body, fetched, err
}

func (c *Client) robotsHops(ctx context.Context, ru *url.URL) (int, []byte, time.Time, error) {
	var none time.Time
	seen := map[string]bool{}
	for hop := 0; ; hop++ {
		key := ru.String()
		if seen[key] || hop > 5 {
			// A robots.txt that cannot be reached is no rules at all
			// (RFC 9309 §2.3.1.2: follow five redirects, then 404).
			return 404, nil, none, nil
		}
		seen[key] = true
		var old *entry
		if !c.opts.Refresh {
			old = c.cache.get(key)
		}
		now := c.clock.Now()
		if old != nil && now.Sub(old.Fetched) < RobotsTTL {
			if old.Location != "" {
				next, err := url.Parse(old.Location)
				if err != nil {
					return 404, nil, none, nil
				}
				ru = next
				continue
			}
			return old.Status, old.body, old.Fetched, nil
		}
		h := c.hostOf(hostKey(ru))
		r, err := c.request(ctx, ru, h, old, true)
		if err != nil {
			if e, ok := err.(*Error); ok && e.Kind == KindStatus {
				// 5xx after retries, or a status the loop did not expect.
				return e.Status, nil, none, nil
			}
			return 0, nil, none, err
		}
		if r.status == 304 && old != nil {
			old.Fetched = c.clock.Now()
			c.save(old)
			if old.Location != "" {
				if next, err := url.Parse(old.Location); err == nil {
					ru = next
					continue
				}
				return 404, nil, none, nil
			}
			return old.Status, old.body, old.Fetched, nil
		}
		if isRedirect(r.status) {
			next, err := location(ru, r.header.Get("Location"))
			if err != nil {
				return 404, nil, none, nil
			}
			c.save(&entry{URL: key, Status: r.status, Location: next.String(), Fetched: c.clock.Now()})
			ru = next
			continue
		}
		if r.status < 500 {
			c.save(&entry{URL: key, Status: r.status, ContentType: r.header.Get("Content-Type"),
				ETag: r.header.Get("ETag"), LastModified: r.header.Get("Last-Modified"),
				Fetched: c.clock.Now(), body: r.body})
		}
		return r.status, r.body, c.clock.Now(), nil
	}
}

// Lines temoto/robotstxt refuses, which parseRobots reads leniently.
var (
	robotsCrawlDelay = regexp.MustCompile(`(?im)^[ \t]*crawl-delay[ \t]*:.*$`)
)

// parseRobots parses up to robotsMax bytes of a robots.txt. A file the
// parser refuses is parsed again with "User-agent: *" before it (rules
// before any group apply to all), then without its Crawl-delay lines; a
// file refused all three ways has no rules.
func parseRobots(body []byte) *robotstxt.RobotsData {
	if len(body) > robotsMax {
		body = body[:robotsMax]
		if i := bytes.LastIndexByte(body, '\n'); i > 0 {
			body = body[:i+1]
		}
	}
	if d, err := robotstxt.FromBytes(body); err == nil {
		return d
	}
	prefixed := append([]byte("User-agent: *\n"), body...)
	if d, err := robotstxt.FromBytes(prefixed); err == nil {
		return d
	}
	if d, err := robotstxt.FromBytes(robotsCrawlDelay.ReplaceAll(prefixed, nil)); err == nil {
		return d
	}
	d, _ := robotstxt.FromBytes(nil)
	return d
}
