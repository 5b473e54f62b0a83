package corpus

// Format detection and decoding.
//
// The content decides first, the name second: a page saved as ".txt" is
// still HTML, and JSON Lines saved as ".json" is still JSON Lines. The name
// decides only what the content leaves open (CSV versus plain text, for
// example). Gzip is recognised by its magic bytes, whatever the name.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Format names an input format. The strings are what Article.Format holds.
type Format string

const (
	FormatText  Format = "text"  // plain text or Markdown, with an optional header
	FormatHTML  Format = "html"  // a web page
	FormatJSON  Format = "json"  // one JSON object, or an array of them
	FormatJSONL Format = "jsonl" // JSON Lines, one object per line
	FormatCSV   Format = "csv"   // comma-separated values with a header row
	FormatTSV   Format = "tsv"   // tab-separated values with a header row
	FormatFeed  Format = "feed"  // RSS, Atom or JSON Feed
)

// sniffLen is how much of the start of an input detection looks at.
const sniffLen = 4 << 10

// DetectFormat says what format data is in. name is used only when the
// content leaves the choice open; it may be "" (standard input).
func DetectFormat(name string, data []byte) Format {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	lower := bytes.ToLower(head)
	switch {
	case len(head) == 0:
		return formatByExt(ext)
	case head[0] == '<':
		if isFeedMarkup(lower) {
			return FormatFeed
		}
		if ext == ".xml" || ext == ".rss" || ext == ".atom" {
			return FormatFeed
		}
		return FormatHTML
	case head[0] == '{' || head[0] == '[':
		return detectJSON(data, ext)
	}
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html")) {
		// Text before the markup (a stray line, a byte-order mark in the
		// wrong encoding) does not make a page text.
		return FormatHTML
	}
	switch f := formatByExt(ext); f {
	case FormatCSV, FormatTSV, FormatHTML, FormatFeed:
		return f
	}
	if f, ok := sniffTable(head); ok {
		return f
	}
	return FormatText
}

func formatByExt(ext string) Format {
	switch ext {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson", ".jsonlines":
		return FormatJSONL
	case ".csv":
		return FormatCSV
	case ".tsv", ".tab":
		return FormatTSV
	case ".rss", ".atom", ".xml":
		return FormatFeed
	}
	return FormatText
}

func isFeedMarkup(lower []byte) bool {
	if bytes.Contains(lower, []byte("<html")) {
		return false
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf", "<channel"} {
		if bytes.Contains(lower, []byte(root)) {
			return true
		}
	}
	return false
}

// detectJSON tells one JSON document from JSON Lines and JSON Feed.
func detectJSON(data []byte, ext string) Format {
	if json.Valid(data) {
		if bytes.Contains(data[:min(len(data), sniffLen)], []byte("jsonfeed.org/version")) {
			return FormatFeed
		}
		return FormatJSON
	}
	// Not one document: JSON Lines when the first line is a value on its
	// own (a corrupt later line is the JSON Lines parser's to report).
	first, _, _ := bytes.Cut(bytes.TrimLeft(data, " \t\r\n"), []byte("\n"))
	if json.Valid(bytes.TrimSpace(first)) {
		return FormatJSONL
	}
	if ext == ".jsonl" || ext == ".ndjson" || ext == ".jsonlines" {
		return FormatJSONL
	}
	return FormatJSON
}

// sniffTable recognises a header row of a CSV or TSV file without the
// extension: at least two known field names split by commas or tabs.
func sniffTable(head []byte) (Format, bool) {
	first, _, _ := bytes.Cut(head, []byte("\n"))
	line := strings.TrimSpace(string(first))
	for _, f := range []struct {
		sep    string
		format Format
	}{{"\t", FormatTSV}, {",", FormatCSV}} {
		cols := strings.Split(line, f.sep)
		if len(cols) < 2 {
			continue
		}
		known := 0
		for _, c := range cols {
			k := foldName(strings.Trim(c, `"' `))
			for _, list := range [][]string{textFields, titleFields, dateFields, urlFields, outletFields} {
				for _, n := range list {
					if k == n {
						known++
					}
				}
			}
		}
		if known >= 2 {
			return f.format, true
		}
	}
	return "", false
}

// errTooLarge is wrapped by the error for an input over the size limit.
var errTooLarge = errors.New("too large")

// gunzip decompresses data when it starts with the gzip magic bytes, up to
// max bytes of output.
func gunzip(data []byte, max int64) ([]byte, bool, error) {
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		return data, false, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, true, fmt.Errorf("corrupt gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, true, fmt.Errorf("corrupt gzip: %w", err)
	}
	if int64(len(out)) > max {
		return nil, true, fmt.Errorf("%w: more than %s once decompressed (the limit)", errTooLarge, sizeName(max))
	}
	return out, true, nil
}

// binaryKind names the kind of a binary input, or returns "" for text.
// UTF-16 text (with its byte-order mark) is text.
func binaryKind(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return ""
	}
	head := data[:min(len(data), 8<<10)]
	ct := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(ct, "text/"), ct == "application/json", strings.HasSuffix(ct, "+xml"), ct == "application/xml":
	case ct == "application/pdf":
		return "PDF document"
	case strings.HasPrefix(ct, "image/"), strings.HasPrefix(ct, "audio/"), strings.HasPrefix(ct, "video/"),
		strings.HasPrefix(ct, "font/"), strings.HasPrefix(ct, "application/"):
		if ct == "application/octet-stream" {
			return "binary data"
		}
		return ct
	}
	// DetectContentType calls text anything without control bytes in its
	// first 512 bytes; look at NULs further in, as git and grep do.
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary data"
	}
	return ""
}

// decodeText turns the bytes of a non-HTML input into valid UTF-8 and says
// what it had to do: UTF-16 is decoded by its byte-order mark; a few
// invalid bytes in UTF-8 text are replaced with U+FFFD; text that is mostly
// not UTF-8 is read as Windows-1252, the superset of Latin-1 that
// spreadsheet and old CMS exports use.
func decodeText(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err == nil {
			return string(out), "decoded from UTF-16"
		}
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err == nil {
			return string(out), "decoded from UTF-16"
		}
	}
	// A UTF-8 byte-order mark would stick to the first JSON token or CSV
	// header name.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), ""
	}
	bad, multi := 0, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else if n > 1 {
			multi++
		}
		i += n
	}
	// Real UTF-8 with a few broken bytes (a truncated copy, one bad paste)
	// keeps its many valid multi-byte runes; Latin-1 text has almost none.
	if multi > bad || bad*1000 <= len(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), fmt.Sprintf("invalid UTF-8 repaired: %d bytes replaced", bad)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), fmt.Sprintf("invalid UTF-8 repaired: %d bytes replaced", bad)
	}
	return string(out), "not UTF-8: decoded as Windows-1252"
}

// sizeName renders a byte limit for a message: "64 MiB".
func sizeName(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
