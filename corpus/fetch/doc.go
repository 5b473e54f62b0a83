// Package fetch gets web pages and feeds for framediff the way a
// well-behaved crawler does, and keeps them in an on-disk cache so that
// reading the same URLs again costs the sites nothing that did not change.
//
// It owns the network side of reading and nothing else: it returns the
// bytes of a page with their URL and content type, or an *Error whose
// Reason is one short line; decoding the charset, extracting the text and
// deciding what to skip belong to the caller (corpus, corpus/extract).
//
// What a Client does for every URL, in order:
//
//	URL ─▶ robots.txt allows it? ─▶ cached and fresh? ── yes ─▶ the cached body
//	                                     │ no (a stale copy makes the GET conditional)
//	                                     ▼
//	              host's turn ─▶ free slot ─▶ GET ─┬─ 200: the body, cached
//	                                               ├─ 304: the cached body
//	                                               ├─ 3xx: the next URL, from the top
//	                                               └─ 429, 5xx: back off, GET again
//
// The rules behind each step:
//
//   - robots.txt (RFC 9309, parsed by github.com/temoto/robotstxt) is read
//     once per host and kept 24 hours; a 4xx means no rules, a 5xx means
//     no crawling; Crawl-delay slows the host down.
//   - Each host gets one request per Options.HostInterval at most
//     (golang.org/x/time/rate), and no more than Options.Concurrency
//     requests are open at once over all hosts.
//   - The User-Agent names framediff, its version and the user's contact.
//   - Timeouts bound connecting, waiting for the response header and the
//     whole exchange; a 429 or 5xx is tried again with exponential backoff
//     and jitter, waiting as long as Retry-After asks when it asks (up to
//     Options.MaxRetryAfter), and the wait holds every request to that host.
//   - Redirects are followed by hand, each hop checked against its host's
//     robots.txt and rate, up to Options.MaxRedirects; a loop is an error.
//   - The body is capped on the wire and again after gzip is undone, so a
//     small compressed "bomb" cannot fill memory.
//   - Only content types framediff reads are downloaded (Readable).
//
// The cache: one file per URL under Options.CacheDir, written atomically
// (a reader never sees half a file, and two processes may share the
// directory). A page is kept when it carries a validator (ETag or
// Last-Modified) or a freshness lifetime (Cache-Control max-age, Expires);
// a fresh copy is used without a request, a stale one is revalidated with
// a conditional request, and "no-store" is obeyed. Permanent redirects
// (301, 308) are remembered. Options.Refresh ignores what is cached and
// fetches everything again.
//
// Conventions: every wait goes through the Clock, so tests run in
// virtual time; a cancelled context returns the context's error, never an
// *Error, so that a caller can tell "stopped" from "failed".
package fetch
