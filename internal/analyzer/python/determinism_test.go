package python

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/secaudit/secaudit/internal/finding"
)

// TestFindingsDeterministic: a sink in a helper reached from several
// callers, each with another source, is one finding; which path it shows
// must not depend on the order in which the callers were analysed (map
// order, the cores' timing). The high-confidence web path is the one.
func TestFindingsDeterministic(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"helper.py": "import os\n\n\ndef run(cmd):\n    os.system(cmd)\n",
		"views.py": `import os
import sys

from flask import Flask, request

from helper import run

app = Flask(__name__)


def from_env():
    run(os.environ["TOOL"])


def from_argv():
    run(sys.argv[1])


@app.route("/a")
def from_web():
    run(request.args["cmd"])


@app.route("/b")
def from_form():
    run(request.form["cmd"])


def from_stdin():
    run(input())
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var first []byte
	for i := 0; i < 20; i++ {
		c := analyze(t, dir, []string{"helper.py", "views.py"})
		var sinks []finding.Finding
		for _, f := range c.Findings {
			if f.RuleID == "PY-CMDI" {
				sinks = append(sinks, f)
			}
		}
		if len(sinks) != 1 {
			t.Fatalf("run %d: %d PY-CMDI findings, want the one in helper.run", i, len(sinks))
		}
		got, _ := json.Marshal(sinks)
		if i == 0 {
			first = got
			if sinks[0].Confidence != finding.ConfidenceHigh || sinks[0].Evidence.Trace[0].Location.Line != 21 {
				t.Errorf("reported path starts at %+v (confidence %v), want the web source of from_web (line 21)", sinks[0].Evidence.Trace[0].Location, sinks[0].Confidence)
			}
			continue
		}
		if string(got) != string(first) {
			t.Fatalf("run %d reports another path:\n%s\nthan run 0:\n%s", i, got, first)
		}
	}
}
