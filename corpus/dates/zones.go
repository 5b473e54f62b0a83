package dates

import (
	"strings"
	"time"
)

// zone is a zone written in a date string: a fixed offset, or one of the
// generic US names ("ET") whose offset depends on the date.
type zone struct {
	name    string // abbreviation to report; "" for a numeric offset
	offset  int    // seconds east of UTC; standard time for a generic zone
	generic bool   // US zone that follows daylight saving
}

// fixedZones are the abbreviations that outlets print and that mean one
// offset only. Ambiguous ones are left out on purpose: IST (India, Ireland,
// Israel), AST (Atlantic, Arabia), CST in China; dateparse and then UTC
// wall time take those.
var fixedZones = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0,
	"BST": 1 * 3600, "CET": 1 * 3600, "WEST": 1 * 3600,
	"CEST": 2 * 3600, "EET": 2 * 3600,
	"EEST": 3 * 3600, "MSK": 3 * 3600,
	"SGT": 8 * 3600, "HKT": 8 * 3600, "AWST": 8 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600,
	"ACST": 9*3600 + 1800, "ACDT": 10*3600 + 1800,
	"AEST": 10 * 3600, "AEDT": 11 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600,
	"EST": -5 * 3600, "EDT": -4 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600,
	"HST": -10 * 3600,
}

// genericZones are US names that stand for standard or daylight time
// according to the date: {standard name, daylight name, standard offset}.
var genericZones = map[string]struct {
	std, dst string
	offset   int
}{
	"ET": {"EST", "EDT", -5 * 3600},
	"CT": {"CST", "CDT", -6 * 3600},
	"MT": {"MST", "MDT", -7 * 3600},
	"PT": {"PST", "PDT", -8 * 3600},
}

// lookupZone reads a zone token: an abbreviation from the tables, or a
// numeric offset such as "+01:00", "-0500", "+3", "GMT+1", "UTC-05:00".
func lookupZone(tok string) (zone, bool) {
	up := strings.ToUpper(tok)
	if off, ok := fixedZones[up]; ok {
		if off == 0 {
			return zone{name: "UTC"}, true
		}
		return zone{name: up, offset: off}, true
	}
	if g, ok := genericZones[up]; ok {
		return zone{name: up, offset: g.offset, generic: true}, true
	}
	up = strings.TrimPrefix(strings.TrimPrefix(up, "GMT"), "UTC")
	if len(up) < 2 || (up[0] != '+' && up[0] != '-') {
		return zone{}, false
	}
	digits := strings.Replace(up[1:], ":", "", 1)
	if !allDigits(digits) {
		return zone{}, false
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h = atoi(digits)
	case 4:
		h, m = atoi(digits[:2]), atoi(digits[2:])
	default:
		return zone{}, false
	}
	if h > 14 || m > 59 {
		return zone{}, false
	}
	off := h*3600 + m*60
	if up[0] == '-' {
		off = -off
	}
	if off == 0 {
		return zone{name: "UTC"}, true
	}
	return zone{offset: off}, true
}

// at returns the wall time y-m-d c in zone z.
func (z zone) at(y int, m time.Month, d int, c clock) time.Time {
	if z.offset == 0 && !z.generic {
		return time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, time.UTC)
	}
	name, off := z.name, z.offset
	if z.generic {
		g := genericZones[z.name]
		name = g.std
		if usDaylight(y, m, d, c.hour) {
			name, off = g.dst, off+3600
		}
	}
	return time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, time.FixedZone(name, off))
}

// usDaylight reports whether US daylight saving time was in force at the
// given local wall time, under the rules of the Energy Policy Act of 2005
// (from 2007: second Sunday of March to first Sunday of November) and of
// the Uniform Time Act as amended in 1986 (1987-2006: first Sunday of
// April to last Sunday of October), both switching at 02:00 local time.
// Earlier years use the 1987 rule: close enough for a news archive, and
// said here so nobody relies on it.
func usDaylight(y int, m time.Month, d, hour int) bool {
	var start, end time.Time
	if y >= 2007 {
		start = nthSunday(y, time.March, 2)
		end = nthSunday(y, time.November, 1)
	} else {
		start = nthSunday(y, time.April, 1)
		end = nthSunday(y, time.November, 1).AddDate(0, 0, -7) // last Sunday of October
	}
	t := time.Date(y, m, d, hour, 0, 0, 0, time.UTC)
	return !t.Before(start.Add(2*time.Hour)) && t.Before(end.Add(2*time.Hour))
}

// nthSunday returns midnight (UTC, as a wall-clock value) of the n-th Sunday
// of month m in year y.
func nthSunday(y int, m time.Month, n int) time.Time {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	offset := (7 - int(first.Weekday())) % 7
	return first.AddDate(0, 0, offset+7*(n-1))
}
