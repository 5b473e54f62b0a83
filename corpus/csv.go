package corpus

// CSV and TSV with a header row.
//
// The header names the fields, with the same aliases as JSON (record.go).
// CSV is read with RFC 4180 quoting, leniently: a stray quote inside a field
// is kept as text. TSV comes in two dialects: spreadsheet exports that
// quote fields holding tabs, newlines or quotes, and plain exports that
// never quote and let a title start with a quote mark. A TSV is read the
// quoted way first, and the plain way when that fails or gives rows of
// different lengths. Record numbers are the line a row starts on.

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// parseCSV reads a CSV (comma ',') or TSV (comma '\t') input.
func parseCSV(data []byte, comma rune, base Article) ([]Article, []Skipped) {
	rows, lines, errs := csvRows(data, comma, comma == ',')
	if comma == '\t' && (len(errs) > 0 || !sameWidth(rows)) {
		rows, lines, errs = plainRows(data)
	}
	if len(rows) == 0 {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "empty: no header row"}}
	}
	header := rows[0]
	// A header that names no text column (url and label, id and score,
	// or a first row of data) makes a table of something else.
	if sk, ok := labelTable(base.Source.Path, max(len(rows)-1, 1), header, "column"); ok {
		return nil, []Skipped{sk}
	}
	var arts []Article
	var skipped []Skipped
	for _, e := range errs {
		b := base
		b.Source.Record = e.line
		skipped = append(skipped, Skipped{Source: b.Source.String(), Reason: fmt.Sprintf("line %d: %v", e.line, e.err), Cause: "unreadable row"})
	}
	if len(rows) == 1 && len(errs) == 0 {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "empty: a header row and no records"}}
	}
	for i, row := range rows[1:] {
		line := lines[i+1]
		b := base
		b.Source.Record = line
		r := newRecord()
		for j, h := range header {
			if j < len(row) {
				r.set(h, row[j])
			} else {
				r.set(h, "")
			}
		}
		a, err := r.article(b)
		if err != nil {
			skipped = append(skipped, recordSkip(b.Source, fmt.Sprintf("line %d", line), err))
			continue
		}
		arts = append(arts, a)
	}
	return arts, skipped
}

type rowError struct {
	line int
	err  error
}

// csvRows reads quoted rows, recording the line each starts on. A row that
// does not parse is reported and reading goes on after it.
func csvRows(data []byte, comma rune, lazy bool) (rows [][]string, lines []int, errs []rowError) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = lazy
	cr.ReuseRecord = false
	lastLine := 0
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return rows, lines, errs
		}
		if err != nil {
			var pe *csv.ParseError
			line := lastLine + 1
			if errors.As(err, &pe) {
				line = pe.StartLine
				err = pe.Err
			}
			errs = append(errs, rowError{line: line, err: fmt.Errorf("unreadable row: %w", err)})
			// A reader stuck on the same bytes would loop; stop instead.
			if line <= lastLine && len(errs) > 1 {
				return rows, lines, errs
			}
			lastLine = line
			continue
		}
		line, _ := cr.FieldPos(0)
		lastLine = line
		rows = append(rows, row)
		lines = append(lines, line)
	}
}

// plainRows splits lines on tabs with no quoting at all.
func plainRows(data []byte) (rows [][]string, lines []int, errs []rowError) {
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSuffix(l, "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		rows = append(rows, strings.Split(l, "\t"))
		lines = append(lines, i+1)
	}
	return rows, lines, nil
}

func sameWidth(rows [][]string) bool {
	for _, r := range rows {
		if len(r) != len(rows[0]) {
			return false
		}
	}
	return true
}
