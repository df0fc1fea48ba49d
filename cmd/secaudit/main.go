// Command secaudit audits a web application against the OWASP Top 10 checklist.
package main

import (
	"os"

	"github.com/secaudit/secaudit/internal/cli"
)

func main() {
	os.Exit(cli.Execute(os.Args[1:], os.Stdout, os.Stderr))
}
