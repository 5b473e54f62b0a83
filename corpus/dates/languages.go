package dates

// Dates written in Spanish, French, German and Russian: day, month name,
// year, and perhaps a clock ("13 de febrero de 2022", "13 février 2022 à
// 9 h 40", "13. Februar 2022, 9:40 Uhr", "13 февраля 2022 года, 09:40").
//
// Parse tries them after the English forms and before dateparse's long
// tail; Find tries them in a year's window where no English date was
// found, so that an English text reads as before. A clock without a zone
// is its wall time in UTC, as for English dates; a written offset is kept.
//
// Limits: day-first dates with month names only; month abbreviations are
// those of the languages' wire styles ("feb.", "févr.", "Febr.", "февр.").

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthNames maps the lower-case month names and abbreviations of the four
// languages, Russian in the genitive that dates use, to their months.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, names := range [][]string{
		// Spanish
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
		{"", "", "", "", "", "", "", "", "setiembre", "", "", ""},
		// French
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "", "avr", "", "", "juil", "", "sept", "", "", "déc"},
		{"", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"},
		// German
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jänner", "febr", "maerz", "apr", "", "", "", "aug", "sept", "okt", "nov", "dez"},
		// Russian, genitive and abbreviated
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"янв", "февр", "мар", "апр", "", "июн", "июл", "авг", "сент", "окт", "нояб", "дек"},
	} {
		for i, n := range names {
			if n != "" {
				m[n] = time.Month(i + 1)
			}
		}
	}
	return m
}()

// foreignPattern matches a day, a month name and a year in the four
// languages, and a clock after them. Submatches: 1 day, 2 month, 3 year,
// 4 hour, 5 minute, 6 offset.
var foreignPattern = regexp.MustCompile(`(?i)` +
	`\b(\d{1,2})(?:er)?\.?\s+(?:de\s+)?([\p{L}]{3,10})\.?,?\s+(?:de\s+|del\s+)?((?:19|20|21)\d{2})` +
	`(?:\s*(?:года|г\.))?` +
	`(?:,?\s*(?:à|a\s+las|a\s+la|um|в|-|—)?\s*(\d{1,2})\s*(?::|h|\.|ч\.?)\s*(\d{2})(?:\s*(?:uhr|h|heures))?` +
	`(?:\s*(?:GMT|UTC|МСК)?\s*([+-]\d{2}(?::?\d{2})?))?)?`)

// parseForeign reads s, the whole of it, as a date in one of the four
// languages.
func parseForeign(s string) (time.Time, bool) {
	loc := foreignPattern.FindStringSubmatchIndex(s)
	if loc == nil || loc[0] != 0 || strings.TrimSpace(s[loc[1]:]) != "" {
		return time.Time{}, false
	}
	return foreignDate(s, loc)
}

// foreignDate builds the date of a foreignPattern match.
func foreignDate(s string, loc []int) (time.Time, bool) {
	sub := func(k int) string {
		if loc[2*k] < 0 {
			return ""
		}
		return s[loc[2*k]:loc[2*k+1]]
	}
	day, _ := strconv.Atoi(sub(1))
	month, ok := monthNames[strings.ToLower(sub(2))]
	if !ok {
		return time.Time{}, false
	}
	year, _ := strconv.Atoi(sub(3))
	if day < 1 || day > daysIn(month, year) {
		return time.Time{}, false
	}
	hour, min := 0, 0
	if sub(4) != "" {
		hour, _ = strconv.Atoi(sub(4))
		min, _ = strconv.Atoi(sub(5))
		if hour > 23 || min > 59 {
			return time.Time{}, false
		}
	}
	zone := time.UTC
	if off := sub(6); off != "" {
		z, ok := offsetZone(off)
		if !ok {
			return time.Time{}, false
		}
		zone = z
	}
	return canonicalZone(time.Date(year, month, day, hour, min, 0, 0, zone)), true
}

// daysIn returns the number of days of a month.
func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// offsetZone reads "+03", "+0300" or "+03:00" as a fixed zone.
func offsetZone(off string) (*time.Location, bool) {
	sign := 1
	if off[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(off[1:], ":", "")
	h, err := strconv.Atoi(digits[:2])
	if err != nil || h > 14 {
		return nil, false
	}
	m := 0
	if len(digits) == 4 {
		if m, err = strconv.Atoi(digits[2:]); err != nil || m > 59 {
			return nil, false
		}
	}
	return time.FixedZone("", sign*(h*3600+m*60)), true
}

// findForeign returns the first date in the four languages in w, a window
// of text, whose match holds the year at p (an offset in w).
func findForeign(w string, p int) (time.Time, int, int, bool) {
	for _, loc := range foreignPattern.FindAllStringSubmatchIndex(w, -1) {
		if loc[0] > p || loc[1] <= p {
			continue
		}
		if t, ok := foreignDate(w, loc); ok {
			return t, loc[0], loc[1], true
		}
	}
	return time.Time{}, 0, 0, false
}
