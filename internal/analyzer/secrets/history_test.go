package secrets

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/finding"
)

// git runs git in dir with a fixed identity and fails the test on error.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Dev", "GIT_AUTHOR_EMAIL=dev@example.invalid",
		"GIT_COMMITTER_NAME=Dev", "GIT_COMMITTER_EMAIL=dev@example.invalid", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// A fake but well-formed AWS access key ID, built so that this source file
// itself holds no key.
var awsKey = "AKIA" + strings.Repeat("Q7", 4) + "ZX3VB5NM"

func TestHistory(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q", "-b", "main")
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("README.md", "# app\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "start")
	write("deploy.sh", "#!/bin/sh\n# upload\nexport AWS_ACCESS_KEY_ID="+awsKey+"\naws s3 sync . s3://bucket\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "deploy script")
	leak := git(t, dir, "rev-parse", "HEAD")
	write("deploy.sh", "#!/bin/sh\n# upload\naws s3 sync . s3://bucket\n")
	git(t, dir, "commit", "-q", "-am", "remove key")
	// A branch that edits another file: the secret's commit is reachable
	// from both branches and must still be reported once.
	git(t, dir, "checkout", "-q", "-b", "feature")
	write("README.md", "# app\nmore\n")
	git(t, dir, "commit", "-q", "-am", "docs")
	git(t, dir, "checkout", "-q", "main")
	git(t, dir, "merge", "-q", "--no-ff", "-m", "merge", "feature")

	without := audittest.RunDir(t, New(Options{}), dir)
	if len(without.Findings) != 0 {
		t.Fatalf("without --history: %d findings, want none (the key is gone from the tree)", len(without.Findings))
	}

	rec := audittest.RunDir(t, New(Options{History: true}), dir)
	for _, e := range rec.Errs {
		t.Errorf("error entry: %+v", e)
	}
	if len(rec.Findings) != 1 {
		for _, f := range rec.Findings {
			t.Logf("%s %s %s", f.RuleID, f.Location, f.Message)
		}
		t.Fatalf("with --history: %d findings, want 1", len(rec.Findings))
	}
	f := rec.Findings[0]
	if f.RuleID != ruleLeak || f.Location.Path != "deploy.sh" || f.Location.Line != 3 {
		t.Errorf("got %s at %s, want SECRET-LEAK at deploy.sh:3", f.RuleID, f.Location)
	}
	if !strings.Contains(f.Message, leak[:12]) || !strings.Contains(strings.Join(f.Evidence.Facts, "\n"), "committed in "+leak) {
		t.Errorf("commit %s not named: %q %v", leak, f.Message, f.Evidence.Facts)
	}
	if !strings.Contains(f.Title, "aws-access-token") {
		t.Errorf("title does not name the gitleaks rule: %q", f.Title)
	}
	all := f.Message + f.Location.Snippet + strings.Join(f.Evidence.Facts, "\n")
	if strings.Contains(all, awsKey) || !strings.Contains(all, finding.Mask(awsKey)) {
		t.Errorf("key not masked: %q", f.Location.Snippet)
	}

	// Put the key back: one finding, in the working tree, with its origin.
	write("deploy.sh", "#!/bin/sh\n# upload\nexport AWS_ACCESS_KEY_ID="+awsKey+"\naws s3 sync . s3://bucket\n")
	rec = audittest.RunDir(t, New(Options{History: true}), dir)
	if len(rec.Findings) != 1 {
		t.Fatalf("key in tree and history: %d findings, want 1", len(rec.Findings))
	}
	if facts := strings.Join(rec.Findings[0].Evidence.Facts, "\n"); !strings.Contains(facts, "committed in "+leak) {
		t.Errorf("working-tree finding does not name the commit that added the key: %v", facts)
	}
}

// A directory inside a repository: only its own history, with paths
// relative to it; and a directory outside any repository is an error entry.
func TestHistorySubdirAndNoRepo(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q", "-b", "main")
	for _, d := range []string{"app", "other"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, d, "env.sh"), []byte("export AWS_ACCESS_KEY_ID="+awsKey+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "app", "README"), []byte("app\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "keys")
	git(t, dir, "rm", "-q", "app/env.sh", "other/env.sh")
	git(t, dir, "commit", "-q", "-m", "rm")
	rec := audittest.RunDir(t, New(Options{History: true}), filepath.Join(dir, "app"))
	if len(rec.Findings) != 1 || rec.Findings[0].Location.Path != "env.sh" {
		for _, f := range rec.Findings {
			t.Logf("%s %s", f.RuleID, f.Location)
		}
		t.Fatalf("want one finding at env.sh (relative to app/), got %d", len(rec.Findings))
	}

	plain := t.TempDir()
	rec = audittest.RunDir(t, New(Options{History: true}), plain)
	if len(rec.Errs) != 1 || rec.Errs[0].Kind != "history" {
		t.Fatalf("no repository: want one history error entry, got %+v", rec.Errs)
	}
}
