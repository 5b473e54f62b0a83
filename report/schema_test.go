package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/compare"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaFile = "../docs/report-schema.json"

func reportSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", schemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const id = "https://github.com/framediff/framediff/blob/main/docs/report-schema.json"
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("%s: %v", schemaFile, err)
	}
	return s
}

// TestJSONSchema validates the JSON report against the documented schema:
// the demo's, the alignment-only report of framediff events, and the
// fixture with every section filled. The schema forbids properties it does
// not list, so a field added to compare.Result must be documented.
func TestJSONSchema(t *testing.T) {
	s := reportSchema(t)
	demoR := demoResult(t)
	align := compare.DefaultOptions()
	align.AlignOnly = true
	tests := []struct {
		name string
		r    *compare.Result
	}{
		{"demo", demoR},
		{"events (alignment only)", compareDocs(t, demo.docs, demo.skipped, align)},
		{"fixture", fixtureResult()},
		{"hostile", hostileResult()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, tt.r, "framediff test"); err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(v); err != nil {
				t.Errorf("the %s JSON does not match %s (document any new field there and in docs/report-schema.md):\n%v", tt.name, schemaFile, err)
			}
		})
	}
	// The schema can fail: a report without its schema name, or with a
	// field nobody documented, is refused.
	for name, doc := range map[string]string{
		"no schema":       `{"generator":"x","articles":[],"skipped":[],"events":[],"outlets":[],"params":{"window":"72h0m0s","min_outlets":2,"min_similarity":0.25,"top":10}}`,
		"undocumented":    `{"schema":"framediff.report/v1","generator":"x","articles":[],"skipped":[],"events":[],"outlets":[],"params":{"window":"72h0m0s","min_outlets":2,"min_similarity":0.25,"top":10},"extra":1}`,
		"bad publication": `{"schema":"framediff.report/v1","generator":"x","articles":[{"id":"a","outlet":"o","title":"t","published":"yesterday","url":"","source":"s","words":1,"language":"en"}],"skipped":[],"events":[],"outlets":[],"params":{"window":"72h0m0s","min_outlets":2,"min_similarity":0.25,"top":10}}`,
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if s.Validate(v) == nil {
			t.Errorf("%s: the schema accepts %s", name, doc)
		}
	}
}

// TestSchemaDocumented checks that docs/report-schema.md names every
// property of the JSON Schema and every column of every CSV table.
func TestSchemaDocumented(t *testing.T) {
	md, err := os.ReadFile(filepath.Join("..", "docs", "report-schema.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(md)
	for _, name := range CSVTables() {
		var b bytes.Buffer
		if err := CSVTable(&b, fixtureResult(), name); err != nil {
			t.Fatal(err)
		}
		head, err := csv.NewReader(&b).Read()
		if err != nil {
			t.Fatalf("%s.csv: %v", name, err)
		}
		if !strings.Contains(doc, "`"+name+".csv`") {
			t.Errorf("docs/report-schema.md does not document %s.csv", name)
		}
		for _, col := range head {
			if !strings.Contains(doc, "`"+col+"`") {
				t.Errorf("docs/report-schema.md does not document column %s of %s.csv", col, name)
			}
		}
	}
	raw, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var schema any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	// Every key of every "properties" object is a field of the JSON.
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok {
				for name := range props {
					if !strings.Contains(doc, "`"+name+"`") {
						t.Errorf("docs/report-schema.md does not document the field %q", name)
					}
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(schema)
}

func jsonUnmarshal(b []byte) (any, error) { return jsonschema.UnmarshalJSON(bytes.NewReader(b)) }
