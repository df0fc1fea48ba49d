package shell

import (
	"reflect"
	"testing"
)

func TestCurlPipe(t *testing.T) {
	for _, c := range []struct {
		script string
		piped  bool
	}{
		{"curl -sSL https://x.example/install.sh | sh", true},
		{"wget -qO- https://x.example/i.sh | sudo bash -s -- --yes", true},
		{`sh -c "$(curl -fsSL https://x.example/i.sh)"`, true},
		{"bash <(curl -s https://x.example/i.sh)", true},
		{"curl https://x.example/i.py | python3 -", true},
		{"apt-get update && curl -fsSL https://x.example/key.gpg | gpg --dearmor -o /k.gpg", false},
		{"curl -o i.sh https://x.example/i.sh && sha256sum -c i.sh.sha256 && sh i.sh", false},
		{"echo 'curl x | sh'", false},
		{"# curl https://x.example | sh", false},
		{"cat install.sh | sh", false},
	} {
		if got := CurlPipe(c.script) != ""; got != c.piped {
			t.Errorf("CurlPipe(%q) = %v, want %v", c.script, got, c.piped)
		}
	}
}

func TestTokensAndCommands(t *testing.T) {
	got := Words(`FOO=1 sudo -E pip install "a b" 'c' d\ e`)
	want := []string{"FOO=1", "sudo", "-E", "pip", "install", "a b", "c", "d e"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	name, args := CommandName(got)
	if name != "pip" || !reflect.DeepEqual(args, []string{"install", "a b", "c", "d e"}) {
		t.Fatalf("CommandName = %q %q", name, args)
	}
	p := Pipelines(Tokens("a 1 | b && c; d | e | f"))
	if len(p) != 3 || len(p[0]) != 2 || len(p[2]) != 3 {
		t.Fatalf("Pipelines = %q", p)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"curl x | sh", `"unterminated`, "$(a (b) `c", "a\\", "'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Pipelines(Tokens(s))
		CurlPipe(s)
	})
}
