package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaPath = "../../docs/report.schema.json"

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	abs, err := filepath.Abs(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // date-time and uri are checked, not just annotated
	s, err := c.Compile(abs)
	if err != nil {
		t.Fatalf("docs/report.schema.json does not compile: %v", err)
	}
	return s
}

func decode(t *testing.T, b []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestJSONMatchesSchema(t *testing.T) {
	s := compileSchema(t)
	out := render(t, JSON{}, testReport(t), Options{})
	if err := s.Validate(decode(t, out)); err != nil {
		t.Fatalf("the JSON report does not match docs/report.schema.json:\n%v", err)
	}
	// An empty report (nothing found, nothing decided) is valid too.
	empty := &Report{Tool: Tool{Name: "secaudit", Version: "dev"}, Target: Target{Path: "."},
		Filters: Filters{MinSeverity: "info", MinConfidence: "low"}}
	out = render(t, JSON{}, empty, Options{})
	if err := s.Validate(decode(t, out)); err != nil {
		t.Fatalf("an empty JSON report does not match the schema:\n%v", err)
	}
}

// TestSchemaRejectsInvalidReports proves the schema test can fail: each
// mutation of a valid report must be rejected.
func TestSchemaRejectsInvalidReports(t *testing.T) {
	s := compileSchema(t)
	valid := render(t, JSON{}, testReport(t), Options{})
	mutations := map[string]func(m map[string]any){
		"unknown verdict": func(m map[string]any) {
			ctl(m, 0)["verdict"] = "passed"
		},
		"unknown severity": func(m map[string]any) {
			item(m, "findings", 0)["severity"] = "severe"
		},
		"unknown confidence": func(m map[string]any) {
			item(m, "findings", 0)["confidence"] = "certain"
		},
		"missing fingerprint": func(m map[string]any) {
			delete(item(m, "findings", 0), "fingerprint")
		},
		"null findings": func(m map[string]any) {
			m["findings"] = nil
		},
		"suppressed finding among active ones": func(m map[string]any) {
			m["findings"] = append(m["findings"].([]any), item(m, "suppressions", 0))
		},
		"suppression without its record": func(m map[string]any) {
			delete(item(m, "suppressions", 0), "suppression")
		},
		"undocumented field": func(m map[string]any) {
			m["extra"] = true
		},
		"bad date": func(m map[string]any) {
			m["started_at"] = "yesterday"
		},
		"missing summary verdict": func(m map[string]any) {
			delete(m["summary"].(map[string]any)["verdicts"].(map[string]any), "manual")
		},
		"unknown observation kind": func(m map[string]any) {
			for i := range m["controls"].([]any) {
				if ev := ctl(m, i)["evidence"].([]any); len(ev) > 0 {
					ev[0].(map[string]any)["kind"] = "rumour"
					return
				}
			}
			panic("fixture has no evidence")
		},
		"major version 2": func(m map[string]any) {
			m["schema_version"] = "2.0.0"
		},
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(valid, &m); err != nil {
				t.Fatal(err)
			}
			mutate(m)
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(decode(t, b)); err == nil {
				t.Errorf("the schema accepts a report with %s", name)
			}
		})
	}
}

func ctl(m map[string]any, i int) map[string]any { return item(m, "controls", i) }

func item(m map[string]any, key string, i int) map[string]any {
	return m[key].([]any)[i].(map[string]any)
}

// TestSchemaDocumentsEveryField keeps docs/report-schema.md in step with the
// schema: every property name in the schema is mentioned in the document.
func TestSchemaDocumentsEveryField(t *testing.T) {
	doc := readFile(t, "../../docs/report-schema.md")
	var schema any
	if err := json.Unmarshal([]byte(readFile(t, schemaPath)), &schema); err != nil {
		t.Fatal(err)
	}
	for _, name := range propertyNames(schema) {
		if !strings.Contains(doc, "`"+name+"`") {
			t.Errorf("docs/report-schema.md does not document the field `%s`", name)
		}
	}
}

func propertyNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case map[string]any:
		if props, ok := x["properties"].(map[string]any); ok {
			for name := range props {
				out = append(out, name)
			}
		}
		for _, child := range x {
			out = append(out, propertyNames(child)...)
		}
	case []any:
		for _, child := range x {
			out = append(out, propertyNames(child)...)
		}
	}
	return out
}
