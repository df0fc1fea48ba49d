// Command secretscan runs secaudit's runner with the secrets analyzer alone
// (what `secaudit code` does for secrets, without the other analyzers), for
// bench/secrets.sh. It writes the JSON report to -o.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/secaudit/secaudit/internal/analyzer/secrets"
	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

func main() {
	history := flag.Bool("history", false, "also scan the git history")
	historyOnly := flag.Bool("history-only", false, "scan the git history and no working-tree file (to time it like gitleaks git)")
	out := flag.String("o", "/dev/stdout", "JSON report file")
	prof := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *prof != "" {
		pf, err := os.Create(*prof)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: secretscan [-history] [-o FILE] PATH")
		os.Exit(2)
	}
	rules, err := rule.Default()
	if err != nil {
		fail(err)
	}
	cat, err := control.Load(rules)
	if err != nil {
		fail(err)
	}
	var excludes []string
	if *historyOnly {
		excludes = []string{"*"}
	}
	rep, err := audit.Run(context.Background(), audit.Options{Root: flag.Arg(0), Rules: rules, Catalog: cat, Excludes: excludes,
		Analyzers: []audit.Analyzer{secrets.New(secrets.Options{History: *history || *historyOnly})}})
	if err != nil {
		fail(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	if err := (report.JSON{}).Render(f, rep, report.Options{}); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	pprof.StopCPUProfile()
	fmt.Fprintln(os.Stderr, "secretscan:", err)
	os.Exit(3)
}
