package dates

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// want builds the expected value: wall time in a zone of the given offset
// (hours, may be fractional); UTC when the offset is zero.
func want(y int, m time.Month, d, h, mi, s int, offHours float64) time.Time {
	loc := time.UTC
	if offHours != 0 {
		loc = time.FixedZone("", int(offHours*3600))
	}
	return time.Date(y, m, d, h, mi, s, 0, loc)
}

// sameZoneInstant reports whether a and b are the same instant with the same
// offset, which is what "keep the zone" means to a caller.
func sameZoneInstant(a, b time.Time) bool {
	_, oa := a.Zone()
	_, ob := b.Zone()
	return a.Equal(b) && oa == ob
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		// ISO 8601 and RFC 3339.
		{"2022-02-12", want(2022, 2, 12, 0, 0, 0, 0)},
		{"2022-02-03", want(2022, 2, 3, 0, 0, 0, 0)}, // never day first
		{"2022-02-12T19:40:00-10:00", want(2022, 2, 12, 19, 40, 0, -10)},
		{"2022-02-12T19:40:00.123456Z", time.Date(2022, 2, 12, 19, 40, 0, 123456000, time.UTC)},
		{"2022-02-12T19:40:00+0530", want(2022, 2, 12, 19, 40, 0, 5.5)},
		{"2022-02-12T19:40:00+01", want(2022, 2, 12, 19, 40, 0, 1)},
		{"2022-02-12T19:40:00", want(2022, 2, 12, 19, 40, 0, 0)},
		{"2022-02-12T19:40", want(2022, 2, 12, 19, 40, 0, 0)},
		{"2022-02-12T19:40+02:00", want(2022, 2, 12, 19, 40, 0, 2)},
		{"2022-02-12 19:40", want(2022, 2, 12, 19, 40, 0, 0)},
		{"2022-02-12 19:40:05", want(2022, 2, 12, 19, 40, 5, 0)},
		{"2022-02-12 19:40:05 -07:00", want(2022, 2, 12, 19, 40, 5, -7)},
		{"2022-02-12 19:40:05 +0100", want(2022, 2, 12, 19, 40, 5, 1)},
		{"2022-02-12 19:40:05Z", want(2022, 2, 12, 19, 40, 5, 0)},
		{"2022-02-12 19:40 EST", want(2022, 2, 12, 19, 40, 0, -5)},
		{"2022-2-3", want(2022, 2, 3, 0, 0, 0, 0)},
		{"20220212", want(2022, 2, 12, 0, 0, 0, 0)},
		{"  2022-02-12\n", want(2022, 2, 12, 0, 0, 0, 0)},
		// RFC 1123 / 822 / 850 and ANSIC.
		{"Sat, 12 Feb 2022 19:40:00 GMT", want(2022, 2, 12, 19, 40, 0, 0)},
		{"Sat, 12 Feb 2022 19:40:00 +0100", want(2022, 2, 12, 19, 40, 0, 1)},
		{"Sat, 12 Feb 2022 19:40:00 PST", want(2022, 2, 12, 19, 40, 0, -8)},
		{"12 Feb 22 19:40 EST", want(2022, 2, 12, 19, 40, 0, -5)},
		{"12 Feb 22 19:40 -0500", want(2022, 2, 12, 19, 40, 0, -5)},
		{"Saturday, 12-Feb-22 19:40:00 UTC", want(2022, 2, 12, 19, 40, 0, 0)},
		{"Sat Feb 12 19:40:00 2022", want(2022, 2, 12, 19, 40, 0, 0)},
		// Month names.
		{"February 12, 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"Feb 12, 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"Feb. 12, 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"Sept. 3, 2022", want(2022, 9, 3, 0, 0, 0, 0)},
		{"12 February 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"12th of February 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"February 12th, 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"13 Feb, 2022 13:34", want(2022, 2, 13, 13, 34, 0, 0)}, // the seed's form
		{"02 Feb, 2022 13:34", want(2022, 2, 2, 13, 34, 0, 0)},
		{"Saturday, February 12, 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"Sat, Feb 12, 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"february 12 2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"12-Feb-2022", want(2022, 2, 12, 0, 0, 0, 0)},
		{"2022-Feb-12", want(2022, 2, 12, 0, 0, 0, 0)},
		// Clocks, meridiems and zones.
		{"February 12, 2022 9:40 pm ET", want(2022, 2, 12, 21, 40, 0, -5)},
		{"June 12, 2022 9:40 pm ET", want(2022, 6, 12, 21, 40, 0, -4)},
		{"February 12, 2022 9:40 p.m. PT", want(2022, 2, 12, 21, 40, 0, -8)},
		{"February 12, 2022 at 9:40pm", want(2022, 2, 12, 21, 40, 0, 0)},
		{"February 12, 2022, 9 AM", want(2022, 2, 12, 9, 0, 0, 0)},
		{"Feb 12, 2022 12:05 AM EST", want(2022, 2, 12, 0, 5, 0, -5)},
		{"12 February 2022 13:34 CET", want(2022, 2, 12, 13, 34, 0, 1)},
		{"12 February 2022 13:34 GMT+1", want(2022, 2, 12, 13, 34, 0, 1)},
		{"12 February 2022 13:34 UTC-05:00", want(2022, 2, 12, 13, 34, 0, -5)},
		{"Sat, 12 Feb 2022 19:40:00 +0100 (CET)", want(2022, 2, 12, 19, 40, 0, 1)},
		{"9:40 PM EST, Sat February 12, 2022", want(2022, 2, 12, 21, 40, 0, -5)},
		{"13:34, 13 Feb 2022", want(2022, 2, 13, 13, 34, 0, 0)},
		{"Sat Feb 12 2022 19:40:00 GMT+0100 (Central European Standard Time)", want(2022, 2, 12, 19, 40, 0, 1)}, // JavaScript's Date.toString
		{"2022-02-12T19:40:00 EST", want(2022, 2, 12, 19, 40, 0, -5)},
		{"February 12, 2022 9:40 PM XYZ", want(2022, 2, 12, 21, 40, 0, 0)}, // unknown zone: UTC wall time
		// Numeric day/month orders.
		{"02/12/2022", want(2022, 2, 12, 0, 0, 0, 0)}, // US slash: month first
		{"2/3/2022", want(2022, 2, 3, 0, 0, 0, 0)},    // US slash: month first
		{"13/02/2022", want(2022, 2, 13, 0, 0, 0, 0)}, // cannot be month first
		{"12.02.2022", want(2022, 2, 12, 0, 0, 0, 0)}, // dotted: day first
		{"03.02.2022", want(2022, 2, 3, 0, 0, 0, 0)},  // dotted: day first
		{"02.13.2022", want(2022, 2, 13, 0, 0, 0, 0)}, // cannot be day first
		{"03-02-2022", want(2022, 2, 3, 0, 0, 0, 0)},  // dashed: day first
		{"2022/02/03", want(2022, 2, 3, 0, 0, 0, 0)},  // year first
		{"2022.02.03", want(2022, 2, 3, 0, 0, 0, 0)},  // year first
		{"2/12/22", want(2022, 2, 12, 0, 0, 0, 0)},    // two-digit year
		{"12.02.2022 13:34", want(2022, 2, 12, 13, 34, 0, 0)},
		{"2/12/2022 9:40 PM", want(2022, 2, 12, 21, 40, 0, 0)},
		// Boundaries of the year range.
		{"1900-01-01", want(1900, 1, 1, 0, 0, 0, 0)},
		{"2100-12-31T23:59:59Z", want(2100, 12, 31, 23, 59, 59, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if !sameZoneInstant(got, tt.want) {
				t.Errorf("Parse(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseZoneNames(t *testing.T) {
	tests := []struct {
		in, name string
		offset   int
	}{
		{"February 12, 2022 9:40 pm ET", "EST", -5 * 3600},
		{"March 13, 2022 3:00 am ET", "EDT", -4 * 3600},   // after the 2 a.m. switch
		{"March 13, 2022 1:59 am ET", "EST", -5 * 3600},   // before it
		{"November 6, 2022 1:00 am ET", "EDT", -4 * 3600}, // the repeated hour reads as daylight
		{"November 6, 2022 2:00 am ET", "EST", -5 * 3600},
		{"April 2, 2000 3:00 am PT", "PDT", -7 * 3600}, // 1987-2006 rule: first Sunday of April
		{"July 4, 2022 12:00 pm MT", "MDT", -6 * 3600},
		{"January 4, 2022 12:00 pm CT", "CST", -6 * 3600},
		{"2022-02-12T19:40:00Z", "UTC", 0},
		{"2022-02-12T19:40:00+00:00", "UTC", 0},
		{"Sat, 12 Feb 2022 19:40:00 GMT", "UTC", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			name, off := got.Zone()
			if name != tt.name || off != tt.offset {
				t.Errorf("Parse(%q) zone = %s %d, want %s %d", tt.in, name, off, tt.name, tt.offset)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrEmpty},
		{"   ", ErrEmpty},
		{"yesterday", ErrFormat},
		{"not a date at all", ErrFormat},
		{"1644700800", ErrFormat}, // a Unix time is not taken for a date
		{"2022-02-30", ErrFormat},
		{"31.02.2022", ErrFormat},
		{"13/13/2022", ErrFormat},
		{"February 30, 2022", ErrFormat},
		{"2022-02-12 25:00", ErrFormat},
		{"1899-12-31", ErrRange},
		{"2101-01-01", ErrRange},
		{"0001-01-01T00:00:00Z", ErrRange},
		{strings.Repeat("2022-02-12 ", 20), ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error %v", tt.in, got, tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q) error %T is not *Error", tt.in, err)
			}
			if tt.want == ErrTooLong && len(e.Input) > MaxLen {
				t.Errorf("Error.Input is %d bytes, want at most %d", len(e.Input), MaxLen)
			}
			if !strings.HasPrefix(err.Error(), "parsing date ") {
				t.Errorf("error text %q lacks context", err)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       time.Time
		matched    string
	}{
		{"scraped line", "date 2022-02-13\nBlinken arrives", want(2022, 2, 13, 0, 0, 0, 0), "2022-02-13"},
		{"seed byline", "By Staff | 13 Feb, 2022 13:34 | World", want(2022, 2, 13, 13, 34, 0, 0), "13 Feb, 2022 13:34"},
		{"published ET", "Published: February 12, 2022 9:40 pm ET. Updated later.", want(2022, 2, 12, 21, 40, 0, -5), "February 12, 2022 9:40 pm ET"},
		{"updated dotted", "Updated 12.02.2022, 18:00", want(2022, 2, 12, 18, 0, 0, 0), "12.02.2022, 18:00"},
		{"url path", "see https://example.org/world/2022/02/12/blinken-honolulu/ for more", want(2022, 2, 12, 0, 0, 0, 0), "2022/02/12"},
		{"iso with zone", `"datePublished":"2022-02-12T19:40:00-10:00"`, want(2022, 2, 12, 19, 40, 0, -10), "2022-02-12T19:40:00-10:00"},
		{"unknown zone word dropped", "Feb 12, 2022 9:40 PM AP wrote", want(2022, 2, 12, 21, 40, 0, 0), "Feb 12, 2022 9:40 PM"},
		{"capital word is not a zone", "on 12 February 2022 13:34 Blinken said", want(2022, 2, 12, 13, 34, 0, 0), "12 February 2022 13:34"},
		{"weekday kept in match", "Saturday, February 12, 2022 — Honolulu", want(2022, 2, 12, 0, 0, 0, 0), "Saturday, February 12, 2022"},
		{"invalid first, valid second", "ref 31.02.2022 then 12.02.2022", want(2022, 2, 12, 0, 0, 0, 0), "12.02.2022"},
		{"glued to a word", "id2022-02-13 x 2022-02-14", want(2022, 2, 14, 0, 0, 0, 0), "2022-02-14"},
		{"inside a longer number", "12022-02-13 and 2022-02-15", want(2022, 2, 15, 0, 0, 0, 0), "2022-02-15"},
		{"out of range skipped", "1066-10-14 and 2022-02-12", want(2022, 2, 12, 0, 0, 0, 0), "2022-02-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, matched, ok := Find(tt.text)
			if !ok {
				t.Fatalf("Find(%q) found nothing", tt.text)
			}
			if matched != tt.matched {
				t.Errorf("matched = %q, want %q", matched, tt.matched)
			}
			if !sameZoneInstant(got, tt.want) {
				t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindNone(t *testing.T) {
	for _, text := range []string{
		"",
		"No date here, only 2022 and 12 apples.",
		"Room 12.02 at 2022 hours",
		"version 1.2.3",
		"February 2022", // a month is not a publication day
	} {
		if got, m, ok := Find(text); ok {
			t.Errorf("Find(%q) = %v (%q), want nothing", text, got, m)
		}
	}
}

func TestFindLimit(t *testing.T) {
	pad := strings.Repeat("x ", FindLimit/2)
	if _, _, ok := Find(pad + "2022-02-12"); ok {
		t.Errorf("Find saw a date past FindLimit")
	}
	if _, _, ok := Find(pad[:FindLimit-100] + "2022-02-12"); !ok {
		t.Errorf("Find missed a date inside FindLimit")
	}
	// A multi-byte rune across the limit must not produce invalid UTF-8.
	s := strings.Repeat("é", FindLimit)
	if _, m, ok := Find(s); ok || !utf8.ValidString(m) {
		t.Errorf("Find on accented text = %q, %v", m, ok)
	}
}

func TestFromURL(t *testing.T) {
	tests := []struct {
		url  string
		want time.Time
		ok   bool
	}{
		{"https://news.example/world/2022/02/12/blinken-honolulu/", want(2022, 2, 12, 0, 0, 0, 0), true},
		{"https://news.example/2022/2/3/story", want(2022, 2, 3, 0, 0, 0, 0), true},
		{"/2022/02/12", want(2022, 2, 12, 0, 0, 0, 0), true},
		{"https://news.example/world/2022-02-12/blinken", want(2022, 2, 12, 0, 0, 0, 0), true},
		{"https://news.example/world/blinken-lavrov-2022-02-12.html", want(2022, 2, 12, 0, 0, 0, 0), true},
		{"https://news.example/2022/02/world/blinken", time.Time{}, false}, // month only
		{"https://news.example/2022/02/30/story", time.Time{}, false},      // no such day
		{"https://news.example/story-12022-02-12", time.Time{}, false},     // inside a number
		{"https://2022-02-12.example/story", time.Time{}, false},           // host is not searched
		{"https://news.example/story?date=2022-02-12", time.Time{}, false}, // nor is the query
		{"https://news.example/story/12345678", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			got, ok := FromURL(tt.url)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("FromURL(%q) = %v, %v; want %v, %v", tt.url, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestUSDaylight reads "ET" on the days the clocks change, and in years
// whose rules differ from today's.
func TestUSDaylight(t *testing.T) {
	// Switch days from the US Naval Observatory tables for those years;
	// 1974 and 1986 from the Emergency Daylight Saving Time Energy
	// Conservation Act of 1973 (daylight time from 6 January 1974) and
	// the Uniform Time Act of 1966 (last Sunday of April, 27 April in
	// 1986).
	tests := []struct {
		y    int
		m    time.Month
		d, h int
		want bool
	}{
		{2022, time.March, 13, 1, false},
		{2022, time.March, 13, 2, true}, // the skipped hour: daylight, as the clock reads
		{2022, time.November, 6, 1, true},
		{2022, time.November, 6, 2, false},
		{2006, time.April, 2, 2, true},
		{2006, time.October, 29, 1, true},
		{2006, time.October, 29, 2, false},
		{2006, time.March, 12, 12, false},
		{1974, time.January, 6, 12, true},
		{1986, time.April, 20, 12, false},
		{1986, time.April, 27, 12, true},
	}
	for _, tt := range tests {
		in := fmt.Sprintf("%d-%02d-%02d %02d:30 ET", tt.y, tt.m, tt.d, tt.h)
		got, err := Parse(in)
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		wantName, wantOff := "EST", -5*3600
		if tt.want {
			wantName, wantOff = "EDT", -4*3600
		}
		name, off := got.Zone()
		if name != wantName || off != wantOff || got.Hour() != tt.h || got.Minute() != 30 {
			t.Errorf("Parse(%q) = %v, want %02d:30 %s", in, got, tt.h, wantName)
		}
	}
}

// TestParseOtherLanguages: day, month name and year in Spanish, French,
// German and Russian, with a clock and an offset where written.
func TestParseOtherLanguages(t *testing.T) {
	msk := time.FixedZone("", 3*3600)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"13 de febrero de 2022", time.Date(2022, 2, 13, 0, 0, 0, 0, time.UTC)},
		{"12 de febrero de 2022 20:40", time.Date(2022, 2, 12, 20, 40, 0, 0, time.UTC)},
		{"13 février 2022", time.Date(2022, 2, 13, 0, 0, 0, 0, time.UTC)},
		{"1er mars 2022 à 9 h 40", time.Date(2022, 3, 1, 9, 40, 0, 0, time.UTC)},
		{"13. Februar 2022", time.Date(2022, 2, 13, 0, 0, 0, 0, time.UTC)},
		{"13. Februar 2022, 16:45 Uhr", time.Date(2022, 2, 13, 16, 45, 0, 0, time.UTC)},
		{"13 февраля 2022 года", time.Date(2022, 2, 13, 0, 0, 0, 0, time.UTC)},
		{"13 февраля 2022 года, 08:40 +03:00", time.Date(2022, 2, 13, 8, 40, 0, 0, msk)},
	} {
		got, err := Parse(tc.in)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"31 de febrero de 2022", "13 frimaire 2022", "13 de febrero"} {
		if got, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", bad, got)
		}
	}
}

// TestFindOtherLanguages: a dateline or byline date in another language
// is found in running text, and the English forms still win where both
// could be read.
func TestFindOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		text, match string
	}{
		{"HONOLULU, 12 de febrero de 2022 (Diario del Estrecho). El secretario de Estado...", "12 de febrero de 2022"},
		{"Publié le 13 février 2022 à 07 h 15. Le secrétaire d'État américain...", "13 février 2022 à 07 h 15"},
		{"Berlin, 13. Februar 2022. Frank-Walter Steinmeier bleibt Bundespräsident.", "13. Februar 2022"},
		{"Опубликовано 13 февраля 2022 года, 08:40. Госсекретарь США...", "13 февраля 2022 года, 08:40"},
		{"Updated 12 Feb 2022 9:40 PM ET, then 13 de febrero de 2022", "12 Feb 2022 9:40 PM ET"},
	} {
		_, m, ok := Find(tc.text)
		if !ok || m != tc.match {
			t.Errorf("Find(%.40q) matched %q (%v), want %q", tc.text, m, ok, tc.match)
		}
	}
}
