// Package osvtest finds the real OSV advisory snapshot the project's tests
// use: ../shared/osv beside the repository (laid out like osv.dev's bucket;
// see its README), or $SECAUDIT_OSV_SNAPSHOT. The data stays where it is;
// tests read it in place and skip where it is absent.
package osvtest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Locate returns the snapshot directory, or "" and why it is not there.
func Locate() (string, error) {
	dir := os.Getenv("SECAUDIT_OSV_SNAPSHOT")
	if dir == "" {
		_, file, _, _ := runtime.Caller(0) // .../internal/osvdb/osvtest/osvtest.go
		repo := filepath.Join(filepath.Dir(file), "..", "..", "..")
		dir = filepath.Join(repo, "..", "shared", "osv")
	}
	if _, err := os.Stat(filepath.Join(dir, "PyPI", "all.zip")); err != nil {
		return "", fmt.Errorf("advisory snapshot not found at %s (set SECAUDIT_OSV_SNAPSHOT): %w", dir, err)
	}
	return dir, nil
}

// Dir returns the snapshot directory, or skips the test.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := Locate()
	if err != nil {
		t.Skip(err)
	}
	return dir
}
