package config

import (
	"path"
	"strings"

	"github.com/secaudit/secaudit/internal/shell"
)

func checkCurlPipe(c *fileCtx, in dInstr) {
	script := in.rest
	if in.exec != nil {
		script = strings.Join(in.exec, " ")
		if len(in.exec) >= 3 && shell.Interpreters[path.Base(in.exec[0])] && in.exec[1] == "-c" {
			script = in.exec[2]
		}
	}
	if why := shell.CurlPipe(script); why != "" {
		c.report("CFG-DOCKER-CURL-PIPE-SH", in.line, 1, "RUN: "+why+" without verifying it")
	}
}
