package dates

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the forms the table tests cover, so the fuzzer starts from
// every branch of the parser.
var fuzzSeeds = []string{
	"2022-02-12T19:40:00-10:00",
	"2022-02-03",
	"13 Feb, 2022 13:34",
	"Published: February 12, 2022 9:40 pm ET",
	"Updated 12.02.2022",
	"/2022/02/12/",
	"Sat, 12 Feb 2022 19:40:00 +0100 (CET)",
	"9:40 PM EST, Sat February 12, 2022",
	"02/12/22 9 am",
	"20220212",
	"Mon Aug 10 15:44:11 UTC+0100 2015",
	"12th of February 2022 at 9:40p.m. GMT+5:30",
	"12 de febrero de 2022, 20:40 +01:00",
	"1er mars 2022 à 9 h 40",
	"13. Februar 2022, 16:45 Uhr",
	"13 февраля 2022 года, 08:40 +03:00",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Parse(s)
		if err != nil {
			return
		}
		if y := got.Year(); y < MinYear || y > MaxYear {
			t.Errorf("Parse(%q) = %v, year outside %d..%d", s, got, MinYear, MaxYear)
		}
		// A result must survive its own formatting: the zone is real.
		again, err := Parse(got.Format("2006-01-02T15:04:05.999999999Z07:00"))
		if err != nil || !again.Equal(got) {
			t.Errorf("Parse(%q) = %v does not round-trip: %v, %v", s, got, again, err)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("By a reporter | " + s + " | World news")
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, matched, ok := Find(text)
		if !ok {
			if matched != "" || !got.IsZero() {
				t.Errorf("Find(%q) not ok but returned %v, %q", text, got, matched)
			}
			return
		}
		if y := got.Year(); y < MinYear || y > MaxYear {
			t.Errorf("Find(%q) = %v, year outside %d..%d", text, got, MinYear, MaxYear)
		}
		if matched == "" || !strings.Contains(text, matched) {
			t.Errorf("Find(%q) matched %q, not a substring", text, matched)
		}
		if i := strings.Index(text, matched); i+len(matched) > FindLimit {
			t.Errorf("Find matched past FindLimit at %d", i)
		}
		if utf8.ValidString(text) && !utf8.ValidString(matched) {
			t.Errorf("Find(%q) matched invalid UTF-8 %q", text, matched)
		}
		if again, err := Parse(matched); err != nil || !again.Equal(got) {
			t.Errorf("Find(%q) = %v from %q, but Parse gives %v, %v", text, got, matched, again, err)
		}
	})
}
