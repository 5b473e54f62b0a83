package report

// Layout of the text reports: every line fits the width a TextOptions
// gives, measured in terminal columns (display width: a wide character
// counts two, a combining mark none), so a report read in an 80-column
// terminal, pasted into an e-mail or printed is never cut.
//
// Tables are laid out in one of two shapes, the first that fits:
//
//	columns  | Outlet        | Headline            | Names first      |
//	         | Vostok Review | "Blinken repeats    | United States,   |
//	         |               | invasion warnings"  | Russia           |
//
//	stacked  | Outlet        | Headline: "Blinken repeats invasion     |
//	         |               |   warnings in Hawaii"                   |
//	         |               | Names first: United States, Russia      |
//
// Columns are used when each column can have at least its comfortable
// width (textColumn.min, or its longest word when that is wider); the
// width left over goes to the columns with the most text. Otherwise every
// column after the first is stacked, labelled with its header, in one
// column beside the first. Nothing is truncated: cells wrap at spaces,
// and a word wider than its column (a long URL) is broken.
//
// Borders are ASCII: they are one byte and one column wide everywhere,
// print on any printer and survive any font or mail client.
//
// Lines are held to the width in bytes as well, which bounds their columns
// too (no character is wider than its UTF-8 bytes): text is wrapped by its
// bytes, and a table whose lines come out longer in bytes than the width,
// because a cell holds curly quotes or Cyrillic, is laid out again that
// much narrower. Tools that count bytes (mawk's length, cut -c, many
// pagers and printers set to a fixed width) then see the same bound as a
// terminal; text in other scripts pays for it with shorter lines.

import (
	"bytes"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the width of the text reports when none is given: the
// classic terminal's, which also fits a printed page in a monospaced font.
const DefaultWidth = 80

// MinWidth is the narrowest a text report is laid out: below it an
// outlet's name and its details no longer fit side by side.
const MinWidth = 40

// TextOptions lay out the text reports. The zero value lays them out in
// DefaultWidth columns.
type TextOptions struct {
	// Width is the widest line in terminal columns; 0 means DefaultWidth
	// and a width under MinWidth is MinWidth.
	Width int
}

func (o TextOptions) width() int {
	switch {
	case o.Width == 0:
		return DefaultWidth
	case o.Width < MinWidth:
		return MinWidth
	}
	return o.Width
}

// textColumn is one column of a text table.
type textColumn struct {
	header string
	align  tw.Align
	// min is the narrowest the column is comfortable to read at; it is
	// never made narrower than its longest word.
	min int
	// whole keeps each line of the column's cells on one line: the
	// column is as wide as its longest line, or the table is stacked.
	whole bool
	// label names the column's cells in a stacked table; "" means the
	// header. list puts a stacked cell's lines (a list of items) under
	// its label even when there is one.
	label string
	list  bool
}

// textTable is a table of a text report before it is laid out.
type textTable struct {
	cols []textColumn
	rows [][]string
}

func (t *textTable) append(cells ...string) { t.rows = append(t.rows, cells) }

// borders is the width a table's borders and padding take: "| a | b |".
func borders(n int) int { return 3*n + 1 }

// render lays the table out in width columns and writes it, narrower
// when its lines would be wider than width.
func (t *textTable) render(w io.Writer, width int) error {
	var b bytes.Buffer
	for at := width; ; {
		b.Reset()
		if err := t.layout(&b, at); err != nil {
			return err
		}
		over := longestLine(b.Bytes()) - width
		if over <= 0 || at <= MinWidth/2 {
			break
		}
		at = max(MinWidth/2, at-over)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// longestLine is the width in columns of the longest line of b.
func longestLine(b []byte) int {
	n := 0
	for len(b) > 0 {
		line, rest, _ := bytes.Cut(b, []byte{'\n'})
		n = max(n, textWidthOf(string(line)))
		b = rest
	}
	return n
}

// layout lays the table out in width columns and writes it.
func (t *textTable) layout(w io.Writer, width int) error {
	n := len(t.cols)
	longest := make([]int, n) // the longest line of each column
	word := make([]int, n)    // the longest word of each column
	measure := func(i int, s string) {
		for _, line := range strings.Split(s, "\n") {
			longest[i] = max(longest[i], textWidthOf(line))
			for _, f := range strings.Fields(line) {
				word[i] = max(word[i], textWidthOf(f))
			}
		}
	}
	for i, c := range t.cols {
		measure(i, c.header)
	}
	for _, row := range t.rows {
		for i, cell := range row {
			measure(i, cell)
		}
	}
	room := width - borders(n)
	if sum(longest) <= room {
		return t.write(w, longest, false)
	}
	need := make([]int, n)
	for i, c := range t.cols {
		need[i] = min(longest[i], max(word[i], c.min))
		if c.whole {
			need[i] = longest[i]
		}
	}
	if sum(need) <= room {
		// The room left goes to the columns in proportion to the text
		// they could not show on one line.
		spare, excess := room-sum(need), 0
		for i := range need {
			excess += longest[i] - need[i]
		}
		widths := append([]int(nil), need...)
		given := 0
		for i := range widths {
			add := spare * (longest[i] - need[i]) / excess
			widths[i] += add
			given += add
		}
		// What integer division left goes to the columns still short.
		for i := 0; given < spare; i = (i + 1) % n {
			if widths[i] < longest[i] {
				widths[i]++
				given++
			}
		}
		return t.write(w, widths, false)
	}
	return t.stacked(w, width, longest[0], word[0])
}

// write renders the table with each column wrapped to its width.
func (t *textTable) write(w io.Writer, widths []int, betweenRows bool) error {
	header := make([]string, len(t.cols))
	align := make(tw.Alignment, len(t.cols))
	for i, c := range t.cols {
		header[i] = wrapCell(c.header, widths[i])
		align[i] = c.align
	}
	// A row of several lines is told from the next by a line between
	// them.
	for _, row := range t.rows {
		for i, cell := range row {
			if strings.Contains(wrapCell(cell, widths[i]), "\n") {
				betweenRows = true
			}
		}
	}
	tab := newTable(w, align, betweenRows)
	tab.Header(header)
	for _, row := range t.rows {
		cells := make([]string, len(row))
		for i, cell := range row {
			cells[i] = wrapCell(cell, widths[i])
		}
		if err := tab.Append(cells); err != nil {
			return err
		}
	}
	return tab.Render()
}

// stacked renders the table as two columns: the first column as it is,
// and every other column's cell under its header's name beside it.
func (t *textTable) stacked(w io.Writer, width, longest, word int) error {
	room := width - borders(2)
	// The first column (an outlet, an event) keeps its longest line when
	// it can, and never takes more than a third of the room.
	key := min(longest, max(word, t.cols[0].min, 8), room/3)
	detail := room - key
	st := &textTable{cols: []textColumn{t.cols[0], {header: "", align: tw.AlignLeft}}}
	for _, row := range t.rows {
		var lines []string
		for i := 1; i < len(row) && i < len(t.cols); i++ {
			if row[i] == "" {
				continue
			}
			c := t.cols[i]
			label := c.label
			if label == "" {
				label = c.header
			}
			lines = append(lines, labelled(label, row[i], c.list, detail))
		}
		st.append(row[0], strings.Join(lines, "\n"))
	}
	return st.write(w, []int{key, detail}, true)
}

// labelled renders a stacked cell: "Label: value" wrapped with a hanging
// indent, or for a list or a value of several lines the label on a line
// of its own and each line of the value indented under it.
func labelled(label, value string, list bool, width int) string {
	lines := strings.Split(value, "\n")
	if len(lines) == 1 && !list {
		return wrapIndent(label+": "+value, width, "  ")
	}
	out := []string{wrapIndent(label+":", width, "  ")}
	for _, l := range lines {
		out = append(out, wrapIndent("  "+l, width, "    "))
	}
	return strings.Join(out, "\n")
}

// wrapCell wraps each line of a cell to width.
func wrapCell(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = wrapIndent(l, width, "")
	}
	return strings.Join(lines, "\n")
}

// wrapIndent is wrap for a cell's line: a line already made of spaces
// and words that fit is kept as it is.
func wrapIndent(s string, width int, indent string) string {
	if textWidthOf(s) <= width {
		return s
	}
	return wrap(s, width, indent)
}

func newTable(w io.Writer, align tw.Alignment, betweenRows bool) *tablewriter.Table {
	between := tw.Off
	if betweenRows {
		between = tw.On
	}
	return tablewriter.NewTable(w,
		tablewriter.WithSymbols(tw.NewSymbols(tw.StyleASCII)),
		tablewriter.WithRendition(tw.Rendition{Settings: tw.Settings{Separators: tw.Separators{BetweenRows: between}}}),
		// The cells are wrapped here, to widths worked out for the
		// whole table; the hanging indents of stacked cells are kept.
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithTrimSpace(tw.Off),
		tablewriter.WithAlignment(align),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
	)
}

// textWidthOf is the display width of s in a terminal, as tablewriter
// measures it.
func textWidthOf(s string) int { return twwidth.Width(s) }

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// Wrap breaks s into lines of at most width columns, as the text reports
// do, for text written beside them (a command's help): at spaces, every
// line after the first starting with indent, a word wider than a line
// broken where the line ends.
func Wrap(s string, width int, indent string) string { return wrap(s, width, indent) }

// wrap breaks s into lines of at most width columns at spaces, keeping
// its leading spaces on the first line and starting every other line with
// indent. A word wider than a line is broken where the line ends, never
// inside a character. Columns are display widths as tablewriter measures
// them (textWidthOf: a Cyrillic or accented letter one, a CJK character
// two). They were bytes once, a bound that never overflowed a terminal
// but took two columns for every Cyrillic letter: a table with a Russian
// outlet's headline shrank for every row, and "Вечерний" broke inside the
// word in a column wide enough to hold it.
func wrap(s string, width int, indent string) string {
	lead := s[:len(s)-len(strings.TrimLeft(s, " "))]
	var b strings.Builder
	line, n, empty := lead, len(lead), true
	iw := textWidthOf(indent)
	newline := func() {
		b.WriteString(line)
		b.WriteByte('\n')
		line, n, empty = indent, iw, true
	}
	for _, word := range strings.Fields(s) {
		wn := textWidthOf(word)
		if !empty && n+1+wn > width {
			newline()
		}
		if !empty {
			line += " "
			n++
		}
		// A word wider than what is left of an empty line is broken.
		for n+wn > width && width > n {
			head := fitting(word, width-n)
			if head == "" {
				break
			}
			line += head
			word = word[len(head):]
			wn = textWidthOf(word)
			newline()
		}
		line += word
		n += wn
		empty = false
	}
	b.WriteString(line)
	return b.String()
}

// fitting is the longest start of s no wider than width columns that ends
// between two characters.
func fitting(s string, width int) string {
	n := 0
	for i, r := range s {
		if n += textWidthOf(string(r)); n > width {
			return s[:i]
		}
	}
	return s
}
