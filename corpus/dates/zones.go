package dates

import (
	"strings"
	"sync"
	"time"

	// The generic zones' rules come from the IANA database. Embedding it
	// (about 450 KB) makes the offsets the same on every machine, with or
	// without a zoneinfo directory, as the package doc promises; this is
	// why a library imports it rather than leaving it to main.
	_ "time/tzdata"
)

// zone is a zone written in a date string: a fixed offset, or one of the
// generic US names ("ET") whose offset depends on the date.
type zone struct {
	name   string         // abbreviation to report; "" for a numeric offset
	offset int            // seconds east of UTC, for a fixed zone
	loc    *time.Location // the rules of a generic zone; nil for a fixed one
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
// according to the date, and the IANA zones whose history decides which
// (the 1966, 1974-75, 1987 and 2007 rules included).
var genericZones = map[string]string{
	"ET": "America/New_York",
	"CT": "America/Chicago",
	"MT": "America/Denver",
	"PT": "America/Los_Angeles",
}

// genericLocations loads the generic zones once, on first use, since
// loading parses the zone's file. The database is embedded, so an error
// means a broken build and panics.
var genericLocations = sync.OnceValue(func() map[string]*time.Location {
	locs := make(map[string]*time.Location, len(genericZones))
	for abbr, name := range genericZones {
		loc, err := time.LoadLocation(name)
		if err != nil {
			panic("dates: loading " + name + ": " + err.Error())
		}
		locs[abbr] = loc
	}
	return locs
})

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
	if _, ok := genericZones[up]; ok {
		return zone{name: up, loc: genericLocations()[up]}, true
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

// at returns the wall time y-m-d c in zone z, in a fixed zone with the
// abbreviation and offset in force (UTC when the offset is zero), so that
// a generic zone's result compares and prints like any other.
func (z zone) at(y int, m time.Month, d int, c clock) time.Time {
	if z.loc == nil {
		if z.offset == 0 {
			return time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, time.UTC)
		}
		return time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, time.FixedZone(z.name, z.offset))
	}
	t := time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, z.loc)
	name, off := t.Zone()
	if t.Day() != d || t.Hour() != c.hour || t.Minute() != c.min {
		// The wall time falls in the hour skipped when the clocks go
		// forward, and time.Date moved it back an hour. A page that
		// prints it keeps the clock it wrote, in the daylight offset
		// that follows the switch: the same instant.
		_, end := t.ZoneBounds()
		name, off = end.Zone()
	}
	return time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, time.FixedZone(name, off))
}
