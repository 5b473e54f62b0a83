package fetch

import (
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RetryAfter reads a Retry-After header value (RFC 9110 §10.2.3): a number
// of seconds, or an HTTP date, which is read against now. ok is false when
// v is empty or neither form. A date in the past, or a number of seconds
// that is 0, is a wait of 0; a number too large for a Duration is the
// largest Duration.
func RetryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if isDigits(v) {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n > int64(maxDuration/time.Second) {
			// All digits and out of range: a very long wait.
			return maxDuration, true
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if !t.After(now) {
		return 0, true
	}
	if t.Sub(now) <= 0 { // overflow past maxDuration
		return maxDuration, true
	}
	return t.Sub(now), true
}

const maxDuration = time.Duration(1<<63 - 1)

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// freshness reads how long a response may be used without asking again
// (RFC 9111 §4.2.1): Cache-Control max-age, else Expires minus Date, less
// the Age header. store is false for "no-store"; a lifetime of 0 (no
// header, "no-cache", "must-revalidate" with nothing else) means the copy
// must be revalidated each time. s-maxage is for shared caches and is
// ignored: this cache is one user's.
func freshness(h http.Header, now time.Time) (lifetime time.Duration, store bool) {
	store = true
	maxAge, hasMaxAge := time.Duration(0), false
	noCache := false
	for _, line := range h.Values("Cache-Control") {
		for _, d := range strings.Split(line, ",") {
			name, val, _ := strings.Cut(strings.TrimSpace(d), "=")
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "no-store":
				store = false
			case "no-cache":
				noCache = true
			case "max-age":
				val = strings.Trim(strings.TrimSpace(val), `"`)
				if n, err := strconv.ParseInt(val, 10, 64); err == nil && n >= 0 {
					maxAge, hasMaxAge = time.Duration(min(n, int64(maxDuration/time.Second)))*time.Second, true
				} else {
					// An unreadable max-age is stale (RFC 9111 §4.2.1).
					maxAge, hasMaxAge = 0, true
				}
			}
		}
	}
	if noCache {
		return 0, store
	}
	switch {
	case hasMaxAge:
		lifetime = maxAge
	case h.Get("Expires") != "":
		exp, err := http.ParseTime(h.Get("Expires"))
		if err != nil {
			return 0, store // an invalid Expires is in the past
		}
		date := now
		if d, err := http.ParseTime(h.Get("Date")); err == nil {
			date = d
		}
		lifetime = exp.Sub(date)
	}
	if age, err := strconv.ParseInt(strings.TrimSpace(h.Get("Age")), 10, 64); err == nil && age > 0 {
		lifetime -= time.Duration(min(age, int64(maxDuration/time.Second))) * time.Second
	}
	return max(lifetime, 0), store
}

// Readable reports whether framediff reads a body of this media type
// (the Content-Type without its parameters, lower case): web pages, feeds
// and the text, JSON and CSV files corpus reads from disk. An empty media
// type is readable: the content decides, as it does for a file.
func Readable(mediaType string) bool {
	switch mediaType {
	case "", "text/html", "application/xhtml+xml",
		"application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/xml", "text/xml", "application/feed+json", "application/json",
		"text/plain", "text/markdown", "text/csv", "text/tab-separated-values",
		"application/x-ndjson", "application/jsonl", "application/json-seq":
		return true
	}
	return false
}

// mediaType is the lower-case media type of a Content-Type header, ""
// when there is none; a header mime cannot parse keeps its part before
// ";".
func mediaType(contentType string) string {
	if strings.TrimSpace(contentType) == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}
