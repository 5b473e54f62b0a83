package corpus

// JSON and JSON Lines.
//
// A JSON input is one article object, an array of them, or an object that
// wraps an array (NewsAPI's {"articles": [...]}, a search API's
// {"response": {"results": [...]}}). JSON Lines holds one object per line;
// a line that does not decode is skipped on its own, with its line number,
// and the rest of the file is read.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
)

// wrapperKeys are the names under which APIs return their list of
// articles, tried before any other array in an object.
var wrapperKeys = []string{"articles", "results", "items", "stories", "data", "docs", "documents", "records", "entries", "hits", "response", "posts", "news"}

// parseJSON reads one JSON document. Records are numbered from 1 in the
// order of the array that holds them.
func parseJSON(data []byte, base Article) ([]Article, []Skipped) {
	var v any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return nil, []Skipped{{Source: base.Source.Path, Reason: jsonError(data, err)}}
	}
	if d.More() {
		return nil, []Skipped{{Source: base.Source.Path, Reason: fmt.Sprintf("line %d: invalid JSON: more than one value (JSON Lines needs one object per line)", lineAt(data, int(d.InputOffset())))}}
	}
	items, keys, isList := jsonArticles(v)
	if !isList {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, []Skipped{{Source: base.Source.Path, Reason: fmt.Sprintf("%v: JSON %s, not an object", errNotArticle, jsonKind(v))}}
		}
		a, err := flatten(obj).article(base)
		if err != nil {
			return nil, []Skipped{{Source: base.Source.Path, Reason: err.Error(), Cause: causeOf(err)}}
		}
		return []Article{a}, nil
	}
	if len(items) == 0 {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "empty: JSON array without records"}}
	}
	records := make([]*record, len(items))
	var names []string
	seen := map[string]bool{}
	for i, it := range items {
		if obj, ok := it.(map[string]any); ok {
			records[i] = flatten(obj)
			names = fieldUnion(names, seen, records[i])
		}
	}
	if sk, ok := labelTable(base.Source.Path, len(items), names, "field"); ok {
		return nil, []Skipped{sk}
	}
	if keys != nil {
		// Records keyed by ID are what evaluation sets keep their answers
		// in (an ID's true text, its label); an export of articles is a
		// list. Reading them would add each reference text as an article
		// beside the page it was taken from.
		return nil, []Skipped{{
			Source: base.Source.Path,
			Reason: fmt.Sprintf("%s: %d records keyed by ID (fields: %s); give articles as a JSON array or JSON Lines", causeKeyed, len(items), strings.Join(names, ", ")),
			Cause:  causeKeyed,
		}}
	}
	var arts []Article
	var skipped []Skipped
	for i, it := range items {
		b := base
		b.Source.Record = i + 1
		pos := fmt.Sprintf("item %d", i+1)
		if records[i] == nil {
			skipped = append(skipped, recordSkip(b.Source, pos, notArticle("JSON "+jsonKind(it)+", not an object", "")))
			continue
		}
		a, err := records[i].article(b)
		if err != nil {
			skipped = append(skipped, recordSkip(b.Source, pos, err))
			continue
		}
		arts = append(arts, a)
	}
	return arts, skipped
}

// jsonArticles finds the list of records in a JSON value: the value itself
// when it is an array, else an array of objects inside an object that is
// not itself an article, looked for two levels deep, else the values of an
// object keyed by ID whose values are all objects ({"id1": {...}, "id2":
// {...}}), in the order of their keys, which it also returns.
func jsonArticles(v any) ([]any, []string, bool) {
	switch x := v.(type) {
	case []any:
		return x, nil, true
	case map[string]any:
		if flatten(x).has(textFields) {
			return nil, nil, false
		}
		if arr, ok := findArray(x, 2); ok {
			return arr, nil, true
		}
		return keyedRecords(x)
	}
	return nil, nil, false
}

// keyedRecords returns the values of an object of two or more objects,
// sorted by key.
func keyedRecords(obj map[string]any) ([]any, []string, bool) {
	if len(obj) < 2 {
		return nil, nil, false
	}
	keys := slices.Sorted(maps.Keys(obj))
	items := make([]any, len(keys))
	for i, k := range keys {
		inner, ok := obj[k].(map[string]any)
		if !ok {
			return nil, nil, false
		}
		items[i] = inner
	}
	return items, keys, true
}

func findArray(obj map[string]any, depth int) ([]any, bool) {
	keys := slices.Sorted(maps.Keys(obj))
	// Known wrapper names first, in their order, then the rest.
	rank := func(k string) int {
		for i, w := range wrapperKeys {
			if strings.EqualFold(k, w) {
				return i
			}
		}
		return len(wrapperKeys)
	}
	sort.SliceStable(keys, func(i, j int) bool { return rank(keys[i]) < rank(keys[j]) })
	for _, k := range keys {
		if arr, ok := obj[k].([]any); ok && len(arr) > 0 {
			if _, isObj := arr[0].(map[string]any); isObj {
				return arr, true
			}
		}
	}
	if depth > 1 {
		for _, k := range keys {
			if inner, ok := obj[k].(map[string]any); ok {
				if arr, ok := findArray(inner, depth-1); ok {
					return arr, true
				}
			}
		}
	}
	return nil, false
}

// parseJSONL reads JSON Lines: one object per line, blank lines ignored.
// Record numbers are line numbers.
func parseJSONL(data []byte, base Article) ([]Article, []Skipped) {
	type line struct {
		no  int
		v   any
		err error
	}
	var lines []line
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		var l []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			l, data = data, nil
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		var v any
		d := json.NewDecoder(bytes.NewReader(l))
		d.UseNumber()
		err := d.Decode(&v)
		if err == nil && d.More() {
			err = errors.New("more than one value on the line")
		}
		lines = append(lines, line{lineNo, v, err})
	}
	if len(lines) == 0 {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "empty: no JSON lines"}}
	}
	records := make([]*record, len(lines))
	var names []string
	seen := map[string]bool{}
	for i, l := range lines {
		if obj, ok := l.v.(map[string]any); ok && l.err == nil {
			records[i] = flatten(obj)
			names = fieldUnion(names, seen, records[i])
		}
	}
	if sk, ok := labelTable(base.Source.Path, len(lines), names, "field"); ok {
		return nil, []Skipped{sk}
	}
	var arts []Article
	var skipped []Skipped
	for i, l := range lines {
		b := base
		b.Source.Record = l.no
		pos := fmt.Sprintf("line %d", l.no)
		switch {
		case l.err != nil:
			skipped = append(skipped, Skipped{Source: b.Source.String(), Reason: fmt.Sprintf("%s: invalid JSON: %v", pos, jsonMessage(l.err)), Cause: "invalid JSON"})
		case records[i] == nil:
			skipped = append(skipped, recordSkip(b.Source, pos, notArticle("JSON "+jsonKind(l.v)+", not an object", "")))
		default:
			a, err := records[i].article(b)
			if err != nil {
				skipped = append(skipped, recordSkip(b.Source, pos, err))
				continue
			}
			arts = append(arts, a)
		}
	}
	return arts, skipped
}

// flatten turns a JSON object into a record: strings and numbers as they
// are, lists of strings joined with ", ", lists of objects by their "name",
// and nested objects one level deep as "outer.inner".
func flatten(obj map[string]any) *record {
	r := newRecord()
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		switch x := obj[k].(type) {
		case map[string]any:
			for _, k2 := range slices.Sorted(maps.Keys(x)) {
				if s, ok := scalar(x[k2]); ok {
					r.set(k+"."+k2, s)
				}
			}
		default:
			if s, ok := scalar(x); ok {
				r.set(k, s)
			} else {
				r.names = append(r.names, k)
			}
		}
	}
	return r
}

// scalar renders a JSON value as a field's text, if it has one.
func scalar(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case json.Number:
		return x.String(), true
	case []any:
		if paras, ok := paragraphLists(x); ok {
			return paras, true
		}
		var parts []string
		for _, e := range x {
			switch y := e.(type) {
			case string:
				if s := strings.TrimSpace(y); s != "" {
					parts = append(parts, s)
				}
			case json.Number:
				parts = append(parts, y.String())
			case map[string]any:
				if n, ok := y["name"].(string); ok && strings.TrimSpace(n) != "" {
					parts = append(parts, strings.TrimSpace(n))
				}
			}
		}
		return strings.Join(parts, ", "), true
	case nil:
		return "", true
	}
	return "", false
}

// paragraphLists renders a list of paragraphs that are lists of
// sentences ([["First.", "Second."], ["Next paragraph."]], as annotated
// corpora keep a body) as paragraphs separated by blank lines.
func paragraphLists(x []any) (string, bool) {
	if len(x) == 0 {
		return "", false
	}
	paras := make([]string, 0, len(x))
	for _, e := range x {
		sents, ok := e.([]any)
		if !ok {
			return "", false
		}
		var p []string
		for _, s := range sents {
			str, ok := s.(string)
			if !ok {
				return "", false
			}
			if str = strings.TrimSpace(str); str != "" {
				p = append(p, str)
			}
		}
		if len(p) > 0 {
			paras = append(paras, strings.Join(p, " "))
		}
	}
	return strings.Join(paras, "\n\n"), true
}

func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return "object"
}

// jsonError renders a decoding error with the line it happened on.
func jsonError(data []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("line %d: invalid JSON: %v", lineAt(data, int(se.Offset)), se)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "invalid JSON: unexpected end of input"
	}
	return "invalid JSON: " + jsonMessage(err)
}

func jsonMessage(err error) string {
	return strings.TrimPrefix(err.Error(), "json: ")
}

// lineAt returns the 1-based line of a byte offset.
func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
