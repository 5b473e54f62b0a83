package dates

import (
	"net/url"
	"regexp"
	"strings"
	"time"
)

// findPattern matches candidate dates in free text. It is case-insensitive
// except for zone abbreviations, which must be capitals so that a word after
// the clock is not taken for a zone. Submatch 1 is the clock with its zone,
// submatch 2 the zone alone, so that a candidate Parse rejects can be retried
// without them. Month and weekday names are matched loosely (three letters
// and any letters after) and left to Parse to check: that keeps the program
// under the 500 instructions below which Go's regexp uses its backtracker,
// several times faster than its NFA on these short windows.
var findPattern = regexp.MustCompile(`(?i)` +
	`(?:` +
	// 2022-02-12, 2022-02-12T19:40:00-10:00
	`(?:19|20|21)\d{2}-\d{1,2}-\d{1,2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?` +
	// 2022/02/12, 2022.02.12 (also the date in a URL path)
	`|(?:19|20|21)\d{2}[/.]\d{1,2}[/.]\d{1,2}` +
	// 12.02.2022, 02/12/2022, 12-02-2022
	`|\d{1,2}[./-]\d{1,2}[./-](?:19|20|21)\d{2}` +
	// Saturday, February 12th, 2022; Sat 12 February 2022; 13 Feb, 2022;
	// 12th of February 2022
	`|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?` +
	`(?:` + monthRe + `\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `)` +
	`,?\s+(?:19|20|21)\d{2}` +
	`)` +
	// clock: " 13:34", ", 9:40 p.m.", " at 9:40pm", " 9 pm"; then the zone
	`(` +
	`(?:,?\s*(?:at\s+|@\s*)?\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\b\.?)?` +
	`|,?\s+\d{1,2}\s*[ap]\.?m\b\.?)` +
	`(\s+(?-i:[A-Z]{1,5})\b|\s*(?:(?-i:GMT|UTC)\s*)?[+-]\d{1,2}(?::?\d{2})?\b)?` +
	`)?`)

const monthRe = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`

// FindLimit is how many bytes at the start of the text Find looks at. A
// publication date sits in the byline or dateline, near the top of a page's
// text; 32 KiB is several screens of prose, and it keeps Find's cost
// constant on a multi-megabyte input.
const FindLimit = 32 << 10

// Find returns the first plausible date in text: the first candidate, in
// reading order, that Parse accepts, tried with its clock and zone, then
// without the zone, then as a bare date. matched is the exact substring of
// text that was parsed. Only the first FindLimit bytes are searched.
//
// Every candidate holds a four-digit year, so Find first scans bytes for
// years and runs the pattern only on a small window around each: the
// pattern alone over 32 KiB of prose costs hundreds of milliseconds in
// Go's regexp engine, the byte scan microseconds.
func Find(text string) (t time.Time, matched string, ok bool) {
	text = cut(text, FindLimit)
	for p := 0; p+4 <= len(text); p++ {
		if !yearAt(text, p) {
			continue
		}
		if t, m, ok := findAround(text, p); ok {
			return t, m, true
		}
		p += 3
	}
	return time.Time{}, "", false
}

// Window around a year at p that can hold a whole date: before it the
// longest weekday, month and day ("Wednesday, September 12th, " is 28
// bytes), after it the longest clock and zone (", at 12:34:56.123456 p.m.
// GMT+05:30").
const (
	windowBefore = 40
	windowAfter  = 64
)

// yearAt reports whether a year of 1900..2199 starts at p and does not
// continue a longer number.
func yearAt(s string, p int) bool {
	c0, c1 := s[p], s[p+1]
	return (c0 == '1' && c1 == '9' || c0 == '2' && (c1 == '0' || c1 == '1')) &&
		isDigit(s[p+2]) && isDigit(s[p+3]) && (p == 0 || !isDigit(s[p-1]))
}

// findAround returns the first date in the window around p whose match
// contains the year at p: in English, else in Spanish, French, German or
// Russian (languages.go).
func findAround(text string, p int) (time.Time, string, bool) {
	if t, m, ok := findEnglish(text, p); ok {
		return t, m, true
	}
	lo := max(0, p-windowBefore)
	hi := min(len(text), p+4+windowAfter)
	if t, s, e, ok := findForeign(text[lo:hi], p-lo); ok {
		return t, text[lo+s : lo+e], true
	}
	return time.Time{}, "", false
}

// findEnglish is findAround for the English forms of findPattern.
func findEnglish(text string, p int) (time.Time, string, bool) {
	lo := max(0, p-windowBefore)
	// Widen to a word start, so a window does not begin inside "Wednesday".
	for lo > 0 && lo > p-windowBefore-12 && isWordByte(text[lo-1]) {
		lo--
	}
	hi := min(len(text), p+4+windowAfter)
	w := text[lo:hi]
	for off := 0; off < len(w); {
		loc := findPattern.FindStringSubmatchIndex(w[off:])
		if loc == nil {
			return time.Time{}, "", false
		}
		base := lo + off
		start, end := base+loc[0], base+loc[1]
		if start > p {
			return time.Time{}, "", false // later matches hold later years
		}
		off += loc[1]
		if end <= p {
			continue // an earlier year's candidate
		}
		// The pattern has no \b at either end, so check the neighbours in
		// the whole text: "x2022-02-12" or "2022-02-123" are not dates.
		if start > 0 && isWordByte(text[start-1]) || end < len(text) && isWordByte(text[end-1]) && isWordByte(text[end]) {
			off = start - lo + 1
			continue
		}
		ends := []int{end}
		if loc[4] >= 0 { // without the zone
			// A capitalised word after the clock that is no known zone
			// ("9:40 PM AP") is not part of the date.
			if _, known := lookupZone(strings.Join(strings.Fields(text[base+loc[4]:base+loc[5]]), "")); !known {
				ends = ends[:0]
			}
			ends = append(ends, base+loc[4])
		}
		if loc[2] >= 0 { // without the clock
			ends = append(ends, base+loc[2])
		}
		for _, e := range ends {
			if t, err := Parse(text[start:e]); err == nil {
				return t, text[start:e], true
			}
		}
	}
	return time.Time{}, "", false
}

func isWordByte(c byte) bool { return isDigit(c) || isLetter(c) || c == '_' }

var (
	// /2022/02/12/ or /2022/2/12 at the end of the path.
	urlSlashed = regexp.MustCompile(`(?:^|/)((?:19|20|21)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)`)
	// 2022-02-12 as a segment or inside a slug, not inside a longer number.
	urlDashed = regexp.MustCompile(`(?:^|[^0-9])((?:19|20|21)\d{2})-(\d{2})-(\d{2})(?:[^0-9]|$)`)
)

// FromURL returns the date written in the path of an article URL, as
// midnight UTC: /yyyy/mm/dd/ segments, or yyyy-mm-dd as a segment or inside
// a slug. The host and query are not searched; an invalid calendar day is
// not a date.
func FromURL(u string) (time.Time, bool) {
	path := u
	if p, err := url.Parse(u); err == nil {
		path = p.EscapedPath()
	}
	for _, re := range []*regexp.Regexp{urlSlashed, urlDashed} {
		if m := re.FindStringSubmatch(path); m != nil {
			if y, mo, d, ok := validDate(atoi(m[1]), atoi(m[2]), atoi(m[3])); ok {
				return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	return time.Time{}, false
}
