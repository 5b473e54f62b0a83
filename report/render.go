package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/compare"
)

// Renderer writes the report of r to w in one format. generator names the
// program that made it ("framediff v1.2.3"): the formats that record how
// they were made (JSON, HTML, Markdown) print it, the others ignore it. One
// signature for all lets a command choose the format once, as a value, and
// call it without knowing which it is.
type Renderer func(w io.Writer, r *compare.Result, generator string) error

var (
	_ Renderer = Text
	_ Renderer = EventsText
	_ Renderer = EventsDetail
	_ Renderer = CSV
	_ Renderer = JSON
	_ Renderer = HTML
	_ Renderer = Markdown
)

// missingShown is the most outlets a rendered report names as not
// reporting an event: over a corpus of many outlets the full list buries
// the ones that did report it. The JSON and CSV keep the full list.
const missingShown = 5

// missingList names an event's outlets that did not report it, the first
// missingShown of them and how many more: "A, B, C, D, E and 21 more".
func missingList(names []string) string {
	if len(names) <= missingShown {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:missingShown], ", ") + fmt.Sprintf(" and %d more", len(names)-missingShown)
}
