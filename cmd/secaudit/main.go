// Command secaudit audits a web application against the OWASP Top 10 checklist.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/secaudit/secaudit/internal/cli"
	"github.com/secaudit/secaudit/internal/gctune"
)

func main() {
	// The analyses allocate many short-lived values; collecting less often
	// trades some memory (under the 500 MB budget on large trees) for a
	// tenth of the run time. GOGC in the environment still wins.
	gctune.Start()
	// SECAUDIT_CPUPROFILE=FILE writes a CPU profile of the whole run, for
	// the speed work of bench/ (a profile of the real command, not of a Go
	// benchmark).
	stop := startProfile(os.Getenv("SECAUDIT_CPUPROFILE"))
	code := cli.Execute(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "secaudit: SECAUDIT_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
