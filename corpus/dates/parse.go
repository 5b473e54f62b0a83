package dates

// Parse reads a date string in three stages, cheapest and strictest first:
//
//  1. ISO 8601 / RFC 3339 layouts on the raw string (what metadata nearly
//     always holds: "2022-02-12T19:40:00-10:00").
//  2. A normalised token form: weekday, ordinals, "at", commas and
//     "a.m." are removed or canonicalised, a trailing (or leading) clock and
//     zone are split off and parsed on their own, and the date that remains
//     is matched against month-name layouts or read as a numeric date with
//     the ordering rules in the package doc. Every layout here is a
//     standard-library layout; the zone comes from the tables in zones.go.
//  3. Day, month name and year in Spanish, French, German or Russian
//     (languages.go).
//  4. github.com/itlightning/dateparse on the normalised string, for the long
//     tail (ANSIC, "Mon Aug 10 15:44:11 UTC+0100 2015", "2013-Feb-03", ...).
//     It must match the whole string: a date followed by other words is no
//     date here.
//
// Limits: zone abbreviations outside the table in zones.go (and dateparse's
// guess for those it reads) are dropped and the wall time is returned in UTC,
// because a named zone with an unknown offset would be a lie. Strings of
// digits alone are accepted only as yyyymmdd: a Unix timestamp and a page id
// look the same. Two-digit years follow the standard library: 69..99 are 19xx,
// 00..68 are 20xx.

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/itlightning/dateparse"
)

// Bounds of what Parse, Find and FromURL accept.
const (
	// MinYear and MaxYear bound the accepted years, inclusive.
	MinYear = 1900
	MaxYear = 2100
	// MaxLen is the longest string, after trimming, that Parse will read.
	// The longest real date strings ("Wednesday, September 14th, 2022 at
	// 10:40:00 a.m. EDT") are under 60 bytes; anything far longer is a
	// sentence, not a date.
	MaxLen = 128
)

// Sentinel errors wrapped by *Error.
var (
	ErrEmpty   = errors.New("empty")
	ErrTooLong = fmt.Errorf("longer than %d bytes", MaxLen)
	ErrFormat  = errors.New("unrecognised format")
	ErrRange   = fmt.Errorf("year outside %d..%d", MinYear, MaxYear)
)

// Error is the error returned for a string that is not a usable date.
// Input is the string as given, cut to MaxLen bytes when longer.
type Error struct {
	Input string
	Err   error
}

func (e *Error) Error() string {
	return fmt.Sprintf("parsing date %q: %v", e.Input, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Parse returns the instant named by s.
//
// A zone in s is kept (as a fixed offset; UTC when the offset is zero); a
// date without a zone is returned as its wall time in UTC. See the package
// doc for how ambiguous numeric dates are read. Errors are *Error.
func Parse(s string) (time.Time, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return time.Time{}, &Error{Input: s, Err: ErrEmpty}
	}
	if len(in) > MaxLen {
		return time.Time{}, &Error{Input: cut(in, MaxLen), Err: ErrTooLong}
	}
	t, err := parse(in)
	if err != nil {
		return time.Time{}, &Error{Input: s, Err: err}
	}
	if y := t.Year(); y < MinYear || y > MaxYear {
		return time.Time{}, &Error{Input: s, Err: ErrRange}
	}
	return t, nil
}

// cut returns at most n bytes of s without splitting a rune.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isoLayouts are tried on the raw string. ParseInLocation with UTC (rather
// than time.Parse) keeps time.Local out of the result: a numeric offset
// becomes a fixed zone whatever the machine's zone is.
var isoLayouts = []string{
	"2006-01-02T15:04:05Z07:00", // RFC 3339, with or without fraction
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05Z07",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
}

func parse(s string) (time.Time, error) {
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && isDigit(s[0]) {
		for _, layout := range isoLayouts {
			if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
				return canonicalZone(t), nil
			}
		}
	}
	toks := tokenize(s)
	if len(toks) == 0 {
		return time.Time{}, ErrFormat
	}
	if t, ok := parseTokens(toks); ok {
		return t, nil
	}
	if t, ok := parseForeign(s); ok {
		return t, nil
	}
	return parseFallback(strings.Join(toks, " "))
}

// canonicalZone returns t in UTC when its offset is zero and otherwise in a
// fixed zone with the same name and offset, so that values compare and print
// the same whichever layout produced them.
func canonicalZone(t time.Time) time.Time {
	name, off := t.Zone()
	if off == 0 {
		return t.UTC()
	}
	if t.Location() == time.UTC || t.Location() == time.Local {
		return t.In(time.FixedZone(name, off))
	}
	return t
}

// tokenize splits s into canonical tokens: commas (except between digits),
// "at", "on", "@" and weekday names are dropped, ordinal suffixes and
// trailing full stops are removed from words, "Sept" becomes "Sep", a clock
// glued to am/pm ("9:40pm") is split, and am/pm in any spelling becomes "AM"
// or "PM". A trailing parenthesised note such as "(CEST)" is dropped.
func tokenize(s string) []string {
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	b := []byte(s)
	for i, c := range b {
		if c == ',' && !(i > 0 && i+1 < len(b) && isDigit(b[i-1]) && isDigit(b[i+1])) {
			b[i] = ' '
		}
	}
	fields := strings.FieldsFunc(string(b), unicode.IsSpace)
	toks := make([]string, 0, len(fields)+1)
	for _, f := range fields {
		if ap := ampm(f); ap != "" {
			toks = append(toks, ap)
			continue
		}
		lower := strings.ToLower(f)
		if lower == "at" || lower == "@" || lower == "on" {
			continue
		}
		if isWeekday(strings.TrimSuffix(lower, ".")) {
			continue
		}
		// "9:40pm" and "9pm": clock and meridiem in one field.
		if n := len(f); n > 2 && isDigit(f[0]) {
			if ap := ampm(f[n-2:]); ap != "" && isDigit(f[n-3]) {
				toks = append(toks, f[:n-2], ap)
				continue
			}
			if n > 4 {
				if ap := ampm(f[n-4:]); ap != "" && isDigit(f[n-5]) {
					toks = append(toks, f[:n-4], ap)
					continue
				}
			}
		}
		// "2022-02-12T19:40:00" followed by a zone name: date and clock.
		if len(f) > 11 && f[10] == 'T' && f[4] == '-' && isDigit(f[0]) && isDigit(f[11]) {
			toks = append(toks, f[:10], f[11:])
			continue
		}
		f = stripOrdinal(f)
		if len(f) > 1 && isLetter(f[0]) {
			f = strings.TrimSuffix(f, ".")
		}
		if strings.EqualFold(f, "sept") {
			f = "Sep"
		}
		toks = append(toks, f)
	}
	return toks
}

// ampm returns "AM" or "PM" when f is a meridiem in any common spelling.
func ampm(f string) string {
	switch strings.ToLower(f) {
	case "am", "a.m.", "a.m":
		return "AM"
	case "pm", "p.m.", "p.m":
		return "PM"
	}
	return ""
}

func isWeekday(s string) bool {
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// stripOrdinal turns "12th" into "12"; other tokens are returned unchanged.
func stripOrdinal(f string) string {
	n := len(f)
	if n < 3 || n > 4 || !isDigit(f[0]) || !isDigit(f[n-3]) {
		return f
	}
	switch strings.ToLower(f[n-2:]) {
	case "st", "nd", "rd", "th":
		return f[:n-2]
	}
	return f
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// clock is a time of day split off a date string.
type clock struct {
	hour, min, sec, nsec int
}

// parseTokens reads [clock [AM|PM] [zone]] date [clock [AM|PM] [zone]].
func parseTokens(toks []string) (time.Time, bool) {
	var (
		c    clock
		z    zone
		hasZ bool
	)
	// Clock and zone at the end: "12 Feb 2022 9:40 PM ET".
	if n := len(toks); n > 1 {
		if zz, ok := lookupZone(toks[n-1]); ok {
			z, hasZ = zz, true
			toks = toks[:n-1]
		}
	}
	if rest, cc, ok := splitClock(toks, false); ok {
		c, toks = cc, rest
	} else if hasZ {
		return time.Time{}, false // a zone with no clock before it
	} else if rest, cc, ok := splitClock(toks, true); ok {
		// Clock first: "13:34 GMT 13 Feb 2022", "9:40 PM, Feb 12, 2022".
		c, toks = cc, rest
		if len(toks) > 1 {
			if zz, ok := lookupZone(toks[0]); ok {
				z, hasZ = zz, true
				toks = toks[1:]
			}
		}
	}
	y, m, d, ok := parseDate(toks)
	if !ok {
		return time.Time{}, false
	}
	if !hasZ {
		return time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, time.UTC), true
	}
	return z.at(y, m, d, c), true
}

// clockLayouts read a clock token, or a clock token and its meridiem joined
// by a space. The standard library accepts a fraction after the seconds.
var (
	clockLayouts    = []string{"15:04:05", "15:04"}
	meridiemLayouts = []string{"3:04:05 PM", "3:04 PM", "3 PM"}
)

// splitClock removes a clock (with its meridiem) from the end of toks, or
// from the start when front is set, and leaves at least one token.
func splitClock(toks []string, front bool) ([]string, clock, bool) {
	for _, width := range []int{2, 1} {
		if len(toks) <= width {
			continue
		}
		var part []string
		var rest []string
		if front {
			part, rest = toks[:width], toks[width:]
		} else {
			part, rest = toks[len(toks)-width:], toks[:len(toks)-width]
		}
		layouts := clockLayouts
		if width == 2 {
			if part[1] != "AM" && part[1] != "PM" {
				continue
			}
			layouts = meridiemLayouts
		}
		s := strings.Join(part, " ")
		if !isDigit(s[0]) {
			continue
		}
		for _, layout := range layouts {
			if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
				return rest, clock{t.Hour(), t.Minute(), t.Second(), t.Nanosecond()}, true
			}
		}
	}
	return toks, clock{}, false
}

// dateLayouts are tried on the date tokens joined by spaces. Month names
// match case-insensitively; "2" accepts one or two digits.
var dateLayouts = []string{
	"January 2 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2 of January 2006",
	"2-Jan-2006",
	"2-January-2006",
	"2006-Jan-2",
	"2006 January 2",
	"2 Jan 06", // RFC 822
	"Jan-2-2006",
}

// numericDate matches d/m/y-like dates with one separator used twice.
var numericDate = regexp.MustCompile(`^(\d{1,4})([/.\-])(\d{1,2})([/.\-])(\d{2}|\d{4})$`)

// parseDate reads the date tokens left once clock and zone are gone.
func parseDate(toks []string) (int, time.Month, int, bool) {
	if len(toks) == 0 {
		return 0, 0, 0, false
	}
	if len(toks) == 1 {
		return parseNumericDate(toks[0])
	}
	s := strings.Join(toks, " ")
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			return t.Year(), t.Month(), t.Day(), true
		}
	}
	return 0, 0, 0, false
}

// parseNumericDate reads yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd, yyyymmdd,
// mm/dd/yyyy, dd.mm.yyyy and dd-mm-yyyy (and their two-digit-year forms),
// and month-name forms written without spaces ("12-Feb-2022").
func parseNumericDate(s string) (int, time.Month, int, bool) {
	if len(s) == 8 && allDigits(s) {
		return validDate(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	}
	m := numericDate.FindStringSubmatch(s)
	if m == nil {
		for _, layout := range dateLayouts {
			if !strings.Contains(layout, " ") {
				if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
					return t.Year(), t.Month(), t.Day(), true
				}
			}
		}
		return 0, 0, 0, false
	}
	a, sep, b, c := m[1], m[2], m[3], m[5]
	if sep != m[4] {
		return 0, 0, 0, false
	}
	if len(a) == 4 {
		// Year first is never read day first.
		if len(c) > 2 {
			return 0, 0, 0, false
		}
		return validDate(atoi(a), atoi(b), atoi(c))
	}
	if len(a) > 2 {
		return 0, 0, 0, false
	}
	y := atoi(c)
	if len(c) == 2 {
		y += 1900
		if y < 1969 {
			y += 100
		}
	}
	first, second := atoi(a), atoi(b)
	monthFirst := sep == "/"
	switch {
	case monthFirst && first > 12:
		monthFirst = false
	case !monthFirst && second > 12:
		monthFirst = true
	}
	if monthFirst {
		return validDate(y, first, second)
	}
	return validDate(y, second, first)
}

// validDate reports whether y-m-d is a real calendar day in range.
func validDate(y, m, d int) (int, time.Month, int, bool) {
	if y < MinYear || y > MaxYear || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, 0, 0, false
	}
	return y, time.Month(m), d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// atoi reads a string already known to be a few ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// usSlash spots a slashed date with the year last, the one form where
// dateparse should read the month first.
var usSlash = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{2,4}\b`)

// parseFallback hands the normalised string to dateparse. The original
// dateparse (araddon's, which this fork continues) panicked on some
// malformed input, so a panic is taken as "no date" rather than allowed to
// end a run over thousands of pages.
func parseFallback(s string) (t time.Time, err error) {
	if allDigits(s) {
		return time.Time{}, ErrFormat
	}
	defer func() {
		if recover() != nil {
			t, err = time.Time{}, ErrFormat
		}
	}()
	// The error's text is never shown, and most strings that get here are
	// not dates: SimpleErrorMessages spares formatting it each time.
	t, err = dateparse.ParseIn(s, time.UTC,
		dateparse.PreferMonthFirst(usSlash.MatchString(s)),
		dateparse.SimpleErrorMessages(true))
	if err != nil {
		return time.Time{}, ErrFormat
	}
	// An abbreviation that dateparse could not resolve arrives as a made-up
	// zone with offset zero; canonicalZone turns it into plain UTC.
	return canonicalZone(t), nil
}
