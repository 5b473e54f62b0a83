package report

import (
	"encoding/json"
	"io"

	"github.com/framediff/framediff/compare"
)

// jsonReport is the top level of the JSON contract: the schema name, the
// program that wrote it, then the result's fields.
type jsonReport struct {
	Schema    string `json:"schema"`
	Generator string `json:"generator"`
	*compare.Result
}

// JSON writes the result as the documented JSON report, schema
// "framediff.report/v1", indented, one trailing newline.
func JSON(w io.Writer, r *compare.Result, generator string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(jsonReport{Schema: compare.Schema, Generator: generator, Result: r})
}
