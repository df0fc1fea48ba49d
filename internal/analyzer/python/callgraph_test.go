package python

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/audit/audittest"
)

// TestNamedCallees: the first round's order knows the callees that resolve
// without types: plain and imported functions, constructors, self.m(),
// super().m(), self.prop reads (the getter runs), and methods of instances
// made at module level, also through a package's re-export. Local
// variables with the name of nothing, and attributes that are not
// properties, add no edge.
func TestNamedCallees(t *testing.T) {
	files := map[string]string{
		"pkg/__init__.py": "from .registry import apps\n",
		"pkg/registry.py": `class Apps:
    def __init__(self):
        self.ready = False

    def get_model(self, name):
        return name


class Other:
    def run(self):
        return 1


apps = Apps()
`,
		"views.py": `from pkg import apps
from pkg.registry import Apps, Other


def helper(x):
    return x


class Base:
    def save(self, v):
        return v


class Child(Base):
    def __init__(self):
        self.plain = 1

    @property
    def label(self):
        return "x"

    def save(self, v):
        local = Apps()
        unknown.run()
        local.run()
        self.plain
        return super().save(helper(v)) + self.label + apps.get_model("b")
`,
	}
	dir := t.TempDir()
	in := &audit.Input{Root: dir, Rules: audittest.Rules(t)}
	for rel, src := range files {
		abs := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		in.Files = append(in.Files, audit.File{Rel: rel, Abs: abs})
	}
	mods := parseAll(context.Background(), in, &collect{})
	p := newProgram(New().spec, mods)
	p.callLevels(p.allFunctions())
	var views *module
	for _, m := range mods {
		if m.path == "views.py" {
			views = m
		}
	}
	save := views.classes["Child"].methods["save"]
	var got []string
	for _, g := range p.callees[save] {
		got = append(got, g.qname)
	}
	sort.Strings(got)
	want := []string{"pkg.registry.Apps.__init__", "pkg.registry.Apps.get_model", "views.Base.save", "views.Child.label", "views.helper"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("callees of Child.save:\n got %v\nwant %v", got, want)
	}
	if !setsSelfAttrs(views.classes["Child"].methods["__init__"]) || setsSelfAttrs(save) {
		t.Error("setsSelfAttrs: __init__ assigns self.plain, save assigns nothing of self")
	}
}
