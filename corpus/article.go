package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one news article as read from an input: its metadata and its
// clean main text.
type Article struct {
	// ID is stable for the same article whatever the input order: the outlet,
	// the publication day and a hash of the text (see MakeID).
	ID     string
	Outlet string
	Title  string
	// Published is the zero time when no date could be found; the article is
	// still kept and aligned by content alone.
	Published time.Time
	URL       string
	Author    string
	// Language is a lowercase ISO 639-1 code, "en" unless detected otherwise.
	Language string
	// Format names the parser that read the article: "text" (plain text
	// or Markdown), "scraped" (text of a web page, boilerplate removed),
	// "html", "json", "jsonl", "csv", "tsv" or "feed".
	Format string
	Source Source
	// Text is the main text: paragraphs separated by "\n\n".
	Text string
	// Notes are per-article warnings a reader should see, such as
	// "no date found".
	Notes []string
}

// Source says where an article came from: the input path ("-" for
// standard input) and, for inputs that hold many records, where the record
// is in it: the 1-based line it starts on for JSON Lines, CSV and TSV, the
// 1-based item number for a JSON array and a feed; 0 for a single-article
// input.
type Source struct {
	Path   string
	Record int
}

// String renders the source as "path" or "path#record".
func (s Source) String() string {
	if s.Record > 0 {
		return fmt.Sprintf("%s#%d", s.Path, s.Record)
	}
	return s.Path
}

// MarshalText makes a Source render as its String form in JSON.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Skipped records an input that produced no article, and why.
type Skipped struct {
	Source string `json:"source"`
	// Reason is one line, at most MaxReason bytes (see ClipReason).
	Reason string `json:"reason"`
	// Cause is the reason without what is particular to this entry (a
	// record's position, its fields, the input it duplicates): the same
	// for every entry skipped for the same cause, so that many can be
	// summarised in one line. Empty means Reason. It is not part of the
	// report.
	Cause string `json:"-"`
}

// CauseDuplicate is the Cause of an input skipped as a duplicate of
// another.
const CauseDuplicate = "duplicate of another input"

// Summary returns the entry's cause: Cause, else Reason.
func (s Skipped) Summary() string {
	if s.Cause != "" {
		return s.Cause
	}
	return s.Reason
}

// MaxReason is the longest reason, in bytes, a Skipped entry carries.
const MaxReason = 200

// ClipReason makes a reason one line of at most MaxReason bytes: its
// first line, cut at a word with an ellipsis when longer. A reason that
// lists a record's fields or quotes a header can run to thousands of
// characters; one line is what a reader scans.
func ClipReason(s string) string {
	s = strings.TrimSpace(s)
	cut := false
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s, cut = strings.TrimSpace(s[:i]), true
	}
	if len(s) > MaxReason {
		s = clip(s, MaxReason-len("…"))
		if i := strings.LastIndexByte(s, ' '); i > MaxReason/2 {
			s = s[:i]
		}
		s, cut = strings.TrimRight(s, " ,;:"), true
	}
	if cut {
		s += "…"
	}
	return s
}

// ParseError is an input problem with its position. Line is 0 when the
// problem concerns the whole input.
type ParseError struct {
	Source string
	Line   int
	Err    error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// HasDate reports whether the article's publication date is known.
func (a *Article) HasDate() bool { return !a.Published.IsZero() }

// Words counts the words of the text: runs of letters and digits, with
// internal hyphens and apostrophes, the way a reader would count them.
func (a *Article) Words() int { return CountWords(a.Text) }

// CountWords counts runs of letters or digits in s.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '-' || r == '\'' || r == '’'))
	}
	return n
}

// MakeID derives an article's ID from its outlet, its publication day and its
// text, so that the same article gets the same ID in any run and any order:
// "rt-20220213-3f2a9c1b". The hash is over the text alone, which also makes
// exact duplicates easy to see.
func MakeID(outlet string, published time.Time, text string) string {
	sum := sha256.Sum256([]byte(text))
	day := "nodate"
	if !published.IsZero() {
		day = published.UTC().Format("20060102")
	}
	slug := Slug(outlet)
	if slug == "" {
		slug = "unknown"
	}
	if len(slug) > 24 {
		// Cut between characters: an outlet named in Cyrillic or Greek
		// has two bytes a letter, and a cut inside one would make the ID
		// invalid UTF-8 (which PostgreSQL refuses).
		cut := 24
		for cut > 0 && !utf8.RuneStart(slug[cut]) {
			cut--
		}
		slug = strings.TrimRight(slug[:cut], "-")
	}
	return slug + "-" + day + "-" + hex.EncodeToString(sum[:4])
}

// Slug lowercases s and keeps letters and digits, joining runs of anything
// else with single hyphens: "The Meridian Post" -> "the-meridian-post".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// Less orders articles for output: by publication time (undated last), then
// outlet, title and ID, so that the order never depends on the input order.
func Less(a, b *Article) bool {
	switch {
	case a.HasDate() != b.HasDate():
		return a.HasDate()
	case !a.Published.Equal(b.Published):
		return a.Published.Before(b.Published)
	case a.Outlet != b.Outlet:
		return a.Outlet < b.Outlet
	case a.Title != b.Title:
		return a.Title < b.Title
	}
	return a.ID < b.ID
}

// Span is a half-open byte range of Article.Text: Text[Start:End].
type Span struct{ Start, End int }

// Paragraphs returns the paragraphs of an article text: the spans between
// blank lines, trimmed of spaces and newlines (see the package's conventions).
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end + 2
	}
	return out
}
