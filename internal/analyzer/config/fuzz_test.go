package config

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/rule"
)

// seed adds every fixture whose name matches to the fuzz corpus.
func seed(f *testing.F, match func(name string) bool) {
	filepath.Walk("testdata", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && match(info.Name()) {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
		return nil
	})
}

func fuzzCtx(t *testing.T, rel string, data []byte) *fileCtx {
	return &fileCtx{rel: rel, lines: strings.Split(string(data), "\n"), rules: fuzzRules(t), res: &fileResult{rel: rel}}
}

var (
	rulesOnce sync.Once
	rulesSet  *rule.Set
)

func fuzzRules(t *testing.T) *rule.Set {
	rulesOnce.Do(func() { rulesSet = loadRules(t) })
	return rulesSet
}

func FuzzNginx(f *testing.F) {
	seed(f, func(n string) bool { return strings.HasSuffix(n, ".conf") || n == "shop" })
	f.Fuzz(func(t *testing.T, data []byte) {
		analyzeNginx(fuzzCtx(t, "nginx/nginx.conf", data), data)
	})
}

func FuzzDockerfile(f *testing.F) {
	seed(f, func(n string) bool { return strings.Contains(strings.ToLower(n), "dockerfile") })
	f.Fuzz(func(t *testing.T, data []byte) {
		analyzeDockerfile(fuzzCtx(t, "Dockerfile", data), data)
	})
}

func FuzzPgConf(f *testing.F) {
	seed(f, func(n string) bool { return strings.HasPrefix(n, "postgresql") || n == "pg_hba.conf" })
	f.Fuzz(func(t *testing.T, data []byte) {
		analyzePgConf(fuzzCtx(t, "postgresql.conf", data), data)
		analyzePgHba(fuzzCtx(t, "pg_hba.conf", data), data)
	})
}

func FuzzCompose(f *testing.F) {
	seed(f, func(n string) bool { return isComposeName(n) })
	f.Fuzz(func(t *testing.T, data []byte) {
		analyzeCompose(fuzzCtx(t, "docker-compose.yml", data), data)
		analyzeDotenv(fuzzCtx(t, ".env", data), data)
	})
}

func FuzzPythonSettings(f *testing.F) {
	seed(f, func(n string) bool { return strings.HasSuffix(n, ".py") })
	f.Fuzz(func(t *testing.T, data []byte) {
		analyzePython(context.Background(), fuzzCtx(t, "shop/settings.py", data), data)
	})
}
