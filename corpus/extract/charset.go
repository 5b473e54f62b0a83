package extract

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// decode returns raw as UTF-8. The encoding is, in order: a byte-order
// mark; a <meta charset> or http-equiv Content-Type declaration anywhere
// in the first 64 KiB (x/net/html/charset looks at 1 KiB only, and many
// pages declare it later, after long inline scripts); UTF-8 when the bytes
// are valid UTF-8; windows-1252 otherwise. A declared single-byte Latin
// charset is overridden when the page is valid UTF-8 with multi-byte
// sequences, a mislabelling common on real pages and all but impossible
// by chance.
func decode(raw []byte) []byte {
	e, name, certain := charset.DetermineEncoding(raw, "")
	if !certain {
		switch d, dn := declared(raw); {
		case d != nil:
			e, name = d, dn
		case utf8.Valid(raw):
			e, name = encoding.Nop, "utf-8"
		default:
			e, name = charmap.Windows1252, "windows-1252"
		}
		if name == "windows-1252" && hasHighBit(raw) && utf8.Valid(raw) {
			e, name = encoding.Nop, "utf-8"
		}
	}
	if name == "utf-8" || e == nil {
		// Invalid bytes in a UTF-8 page are dropped here, once, so that
		// every string taken from the DOM is valid UTF-8.
		if !utf8.Valid(raw) {
			return bytes.ToValidUTF8(raw, nil)
		}
		return raw
	}
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// decodeServed is decode for a page served over HTTP with contentType.
// The charset the header names comes after a byte-order mark and before
// any meta declaration, as the HTML standard orders them, except in the
// two mislabellings common on real servers, where the page is read as if
// the header named no charset: UTF-8 named for bytes that are not UTF-8,
// and a single-byte charset named for bytes that are valid UTF-8 with
// multi-byte sequences (as decode overrides a meta declaration).
func decodeServed(raw []byte, contentType string) []byte {
	if _, _, bom := charset.DetermineEncoding(raw, ""); bom {
		return decode(raw)
	}
	e, name := headerCharset(contentType)
	if e == nil {
		return decode(raw)
	}
	switch {
	case name == "utf-8" && !utf8.Valid(raw):
		return decode(raw)
	case singleByte(name) && hasHighBit(raw) && utf8.Valid(raw):
		return raw
	case name == "utf-8":
		return raw
	}
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return decode(raw)
	}
	return out
}

// singleByte reports whether a WHATWG encoding name is a single-byte
// charset, in which any byte sequence is valid.
func singleByte(name string) bool {
	for _, p := range []string{"iso-8859-", "windows-", "koi8-"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return name == "ibm866" || name == "macintosh" || name == "x-mac-cyrillic"
}

// headerCharset returns the encoding a Content-Type header's charset
// parameter names, and its WHATWG name, or nil. UTF-16 named in a header
// is believed only with a byte-order mark, which decode reads itself.
func headerCharset(contentType string) (encoding.Encoding, string) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return nil, ""
	}
	e, name := charset.Lookup(params["charset"])
	if e == nil || strings.HasPrefix(name, "utf-16") {
		return nil, ""
	}
	return e, name
}

// declared returns the encoding that a meta tag in the first 64 KiB names,
// and its WHATWG name ("iso-8859-1" is "windows-1252"), or nil.
func declared(raw []byte) (encoding.Encoding, string) {
	lower := bytes.ToLower(raw[:min(len(raw), 64<<10)])
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			return nil, ""
		}
		start := off + i
		end := bytes.IndexByte(lower[start:], '>')
		if end < 0 {
			return nil, ""
		}
		tag := lower[start : start+end+1]
		off = start + end + 1
		if bytes.Contains(tag, []byte("charset")) {
			e, name := charset.Lookup(string(charsetName(tag)))
			if strings.HasPrefix(name, "utf-16") {
				// A page that declares UTF-16 in ASCII bytes is not UTF-16
				// (the HTML standard reads it as UTF-8).
				return encoding.Nop, "utf-8"
			}
			if e != nil {
				return e, name
			}
		}
	}
}

// charsetName returns the value after "charset" in a lower-cased tag:
// <meta charset="x"> and content="text/html; charset=x" alike.
func charsetName(tag []byte) []byte {
	i := bytes.Index(tag, []byte("charset"))
	v := bytes.TrimLeft(tag[i+len("charset"):], " \t\n\r=\"'")
	if end := bytes.IndexAny(v, " \t\n\r\"';/>"); end >= 0 {
		v = v[:end]
	}
	return v
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
