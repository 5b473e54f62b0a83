package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/framediff/framediff/compare"
)

// JSON writes the result as the documented JSON report, schema
// "framediff.report/v1", indented, one trailing newline: the schema name,
// the program that wrote it, then the result's fields.
//
// The output is what encoding/json's Encoder with two-space indent writes
// for that object (TestJSONStreamed holds it to that), but the articles,
// skipped inputs and events are encoded one at a time: a report of 100,000
// articles runs to gigabytes, and encoding it whole held it in memory
// twice over.
func JSON(w io.Writer, r *compare.Result, generator string) error {
	jw := &jsonWriter{w: bufio.NewWriterSize(w, 1<<16)}
	jw.raw("{\n")
	jw.field("schema", compare.Schema, false)
	jw.field("generator", generator, false)
	array(jw, "articles", r.Articles, false)
	array(jw, "skipped", r.Skipped, false)
	events(jw, r)
	jw.field("outlets", r.Outlets, false)
	jw.field("params", r.Params, false)
	jw.field("overrides", r.Overrides, r.Languages == nil)
	if r.Languages != nil {
		jw.field("languages", r.Languages, true)
	}
	jw.raw("}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}

// jsonWriter writes an indented JSON object a field at a time, keeping the
// first error.
type jsonWriter struct {
	w   *bufio.Writer
	err error
	// compact and indented are an event's JSON, reused from one event
	// to the next.
	compact, indented []byte
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

// value writes v indented as at depth levels of two spaces, its first line
// not indented.
func (jw *jsonWriter) value(v any, depth int) {
	if jw.err != nil {
		return
	}
	prefix := "  "
	for range depth - 1 {
		prefix += "  "
	}
	b, err := json.MarshalIndent(v, prefix, "  ")
	if err != nil {
		jw.err = err
		return
	}
	_, jw.err = jw.w.Write(b)
}

// event writes ev as value writes it at depth 2, from the JSON the
// event gives (compare.Event.AppendJSON: the framing it carries encoded
// already), indented as encoding/json.MarshalIndent indents.
func (jw *jsonWriter) event(ev *compare.Event) {
	if jw.err != nil {
		return
	}
	jw.compact, jw.err = ev.AppendJSON(jw.compact[:0])
	if jw.err != nil {
		return
	}
	jw.indented = appendIndented(jw.indented[:0], jw.compact, "    ", "  ")
	_, jw.err = jw.w.Write(jw.indented)
}

// appendIndented appends src, JSON as encoding/json.Marshal writes it
// (no space outside strings), to dst indented as json.Indent indents it:
// each element of an object or array on a line of its own, after prefix
// and one indent per level of nesting, a space after each colon, and an
// empty object or array left as {} or []. It does not check src, which
// json.Indent does by running its scanner over every byte: that was most
// of the time a JSON report took to write. TestIndentedLikeJSONIndent
// and FuzzIndented hold the two together.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	// open: the last byte opened an object or array, whose first line
	// waits for its first element (an empty one gets none).
	open := false
	newline := func(dst []byte) []byte {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
		return dst
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst)
		}
		switch c {
		case '"':
			// The string, through its closing quote: a quote after an
			// odd number of backslashes is inside it.
			j := i + 1
			for {
				k := bytes.IndexByte(src[j:], '"')
				if k < 0 {
					j = len(src) - 1
					break
				}
				j += k
				escaped := false
				for m := j - 1; m > i && src[m] == '\\'; m-- {
					escaped = !escaped
				}
				if !escaped {
					break
				}
				j++
			}
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = newline(dst)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func (jw *jsonWriter) key(name string) {
	jw.raw("  ")
	jw.value(name, 1)
	jw.raw(": ")
}

func (jw *jsonWriter) end(last bool) {
	if last {
		jw.raw("\n")
	} else {
		jw.raw(",\n")
	}
}

// field writes one member of the top-level object.
func (jw *jsonWriter) field(name string, v any, last bool) {
	jw.key(name)
	jw.value(v, 1)
	jw.end(last)
}

// events writes the events member, an event at a time as the result
// hands them over (compare.Result.EachEvent): a started comparison frames
// them while they are written.
func events(jw *jsonWriter, r *compare.Result) {
	jw.key("events")
	n := 0
	err := r.EachEvent(func(ev *compare.Event) error {
		if n == 0 {
			jw.raw("[\n")
		} else {
			jw.raw(",\n")
		}
		n++
		jw.raw("    ")
		jw.event(ev)
		return jw.err
	})
	if err != nil && jw.err == nil {
		jw.err = err
	}
	switch {
	case n == 0 && r.Events == nil:
		jw.raw("null") // as encoding/json writes a nil slice
	case n == 0:
		jw.raw("[]")
	default:
		jw.raw("\n  ]")
	}
	jw.end(false)
}

// array writes one member of the top-level object that is a slice, an
// element at a time: null when nil, [] when empty, as encoding/json does.
func array[T any](jw *jsonWriter, name string, s []T, last bool) {
	jw.key(name)
	switch {
	case s == nil:
		jw.raw("null")
	case len(s) == 0:
		jw.raw("[]")
	default:
		jw.raw("[\n")
		for i := range s {
			jw.raw("    ")
			jw.value(&s[i], 2)
			jw.end(i == len(s)-1)
		}
		jw.raw("  ]")
	}
	jw.end(last)
}
