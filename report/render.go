package report

import (
	"io"

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
