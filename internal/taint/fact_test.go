package taint

import "testing"

func TestJoinKeepsPartSafety(t *testing.T) {
	path, sql := Class("path"), Class("sql")
	field := Taint{Params: 1 << 0}                // self.root: unsanitized
	name := Taint{Params: 1 << 1}.Sanitize(path)  // basename(name)
	origin := Taint{Origin: &Origin{Kind: "web"}} // request data
	joined := Join(field, name)
	if !joined.ParamReaches(0, path) {
		t.Error("parameter 0 is unsanitized and must reach a path sink")
	}
	if joined.ParamReaches(1, path) {
		t.Error("parameter 1 was sanitized for paths on its own part")
	}
	if !joined.ParamReaches(1, sql) {
		t.Error("parameter 1 is not safe for SQL")
	}
	// Joining the same parameter from a sanitized and a raw path is raw.
	if !Join(name, Taint{Params: 1 << 1}).ParamReaches(1, path) {
		t.Error("a part sanitized on one path only is not safe")
	}
	// The origin keeps its own sanitization next to a raw parameter.
	o := Join(origin.Sanitize(path), field)
	if o.OriginReaches(path) || !o.OriginReaches(sql) {
		t.Error("origin part safety lost in join")
	}
	if !o.Reaches(path) {
		t.Error("the raw parameter still reaches a path sink")
	}
	if Join(origin.Sanitize(path), name).Reaches(path) {
		t.Error("every part is safe for paths")
	}
	if o.OriginOnly().Params != 0 || o.OriginOnly().OriginReaches(path) {
		t.Error("OriginOnly keeps the origin's own safety only")
	}
	if !o.Unsanitized().OriginReaches(path) {
		t.Error("Unsanitized drops part safety")
	}
}

func TestJoinCommonCaseAllocatesNothing(t *testing.T) {
	a, b := Taint{Params: 1}, Taint{Params: 2}
	if n := testing.AllocsPerRun(100, func() { _ = Join(a, b) }); n != 0 {
		t.Errorf("Join of unsanitized parts allocates %v times", n)
	}
}
