package corpus

// URL inputs: fetched by Options.Fetcher, then read as a file of the same
// content would be. The content type the server sent decides between a
// web page and the other formats where it can; the bytes decide the rest,
// as they do for a file.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"

	"github.com/framediff/framediff/corpus/fetch"
)

// readURL fetches a URL input and parses what came. A fetch that fails is
// a Skipped entry with the fetcher's reason; a cancelled ctx gives
// nothing, and Load returns ctx's error.
func readURL(ctx context.Context, in input, opts Options) ([]*item, []Skipped) {
	skip := func(reason string) []Skipped { return []Skipped{{Source: in.name, Reason: reason}} }
	p, err := opts.Fetcher.Get(ctx, in.url)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil
		}
		return nil, skip(FetchReason(err))
	}
	data := p.Body
	if int64(len(data)) > opts.MaxFileSize {
		return nil, skip(fmt.Sprintf("too large: more than the %s limit per input", sizeName(opts.MaxFileSize)))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, skip("empty page")
	}
	// A body gzipped twice, or a .gz file served as it is.
	data, zipped, err := gunzip(data, opts.MaxFileSize)
	if err != nil {
		return nil, skip(err.Error())
	}
	if zipped && len(bytes.TrimSpace(data)) == 0 {
		return nil, skip("empty page (once decompressed)")
	}
	if kind := binaryKind(data); kind != "" {
		return nil, skip(fmt.Sprintf("binary content (%s), not text", kind))
	}
	return parseInput(in.name, urlFormat(p, data), data, &served{url: p.URL, contentType: p.ContentType}, opts)
}

// urlFormat is the format of a fetched body: a web page when the server
// says so, else what the content and the URL's path say, as for a file.
func urlFormat(p *fetch.Page, data []byte) Format {
	mt, _, _ := mime.ParseMediaType(p.ContentType)
	switch strings.ToLower(mt) {
	case "text/html", "application/xhtml+xml":
		if f := DetectFormat("", data); f == FormatFeed {
			// An RSS feed served as text/html, a common misconfiguration.
			return f
		}
		return FormatHTML
	}
	name := ""
	if u, err := url.Parse(p.URL); err == nil {
		name = u.Path
	}
	return DetectFormat(name, data)
}

// FetchReason is the reason a Skipped entry gives for a URL that could
// not be fetched: the fetcher's one line, without the URL the entry
// names already.
func FetchReason(err error) string {
	var fe *fetch.Error
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return err.Error()
}
