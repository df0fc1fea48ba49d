package secrets

import (
	"fmt"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"
	"github.com/zricethezav/gitleaks/v8/report"
)

// GitleaksVersion is the gitleaks module whose default rules are embedded.
const GitleaksVersion = "v8.30.1"

// maxDecodeDepth is gitleaks' CLI default: secrets inside base64, hex and
// percent-encoded text are decoded up to this many times.
const maxDecodeDepth = 5

var (
	detOnce sync.Once
	det     *detect.Detector // the default rules without global path allow-lists
	gitCfg  config.Config    // the default configuration, for the git history source
	paths   []*config.Allowlist
	detErr  error
)

// detector returns the gitleaks detector with the default rule set (the
// embedded gitleaks.toml) less the global allow-lists' paths, which
// pathAllowed checks once per file before any check runs; built once.
// Detection is safe for concurrent use (gitleaks itself scans files from 40
// goroutines with one detector).
func detector() (*detect.Detector, error) {
	detOnce.Do(func() {
		// gitleaks logs to stderr, and at trace/debug level it logs the
		// secrets it skips: secaudit reports through its own errors.
		logging.Logger = zerolog.Nop()
		cfg, err := defaultConfig()
		if err != nil {
			detErr = err
			return
		}
		gitCfg = cfg
		tree := cfg
		tree.Allowlists = nil
		for _, a := range cfg.Allowlists {
			if a.MatchCondition != config.AllowlistMatchOr || len(a.Paths) == 0 || len(a.Commits) > 0 {
				tree.Allowlists = append(tree.Allowlists, a)
				continue
			}
			paths = append(paths, &config.Allowlist{Description: a.Description, Paths: a.Paths})
			rest := *a
			rest.Paths = nil
			if len(rest.Regexes) > 0 || len(rest.StopWords) > 0 {
				tree.Allowlists = append(tree.Allowlists, &rest)
			}
		}
		det = detect.NewDetector(tree)
		det.MaxDecodeDepth = maxDecodeDepth
	})
	return det, detErr
}

func defaultConfig() (config.Config, error) {
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(strings.NewReader(config.DefaultConfig)); err != nil {
		return config.Config{}, fmt.Errorf("gitleaks default config: %w", err)
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return config.Config{}, fmt.Errorf("gitleaks default config: %w", err)
	}
	cfg, err := vc.Translate()
	if err != nil {
		return config.Config{}, fmt.Errorf("gitleaks default config: %w", err)
	}
	return cfg, nil
}

// pathAllowed reports whether gitleaks' default global allow-list skips the
// path (images, fonts, lock files, vendored and installed packages ...).
func pathAllowed(rel string) bool {
	for _, a := range paths {
		if a.PathAllowed(rel) {
			return true
		}
	}
	return false
}

// genericRules are gitleaks rules that a more specific secaudit check
// supersedes when both report the same secret on the same line.
func genericRule(id string) bool {
	return strings.Contains(id, "generic") || id == "private-key"
}

// fromGitleaks turns a gitleaks finding into a hit. ok is false for
// gitleaks' private-key matches whose body is not a real key (elided
// documentation examples): secaudit's private-key check decodes the body.
func fromGitleaks(f report.Finding) (h hit, ok bool) {
	if f.RuleID == "private-key" && len(privateKeys(f.Match)) == 0 {
		return hit{}, false
	}
	if genericRule(f.RuleID) && notASecret(f.Secret) {
		return hit{}, false // a password hash or embedded image matched only by its entropy
	}
	what := strings.TrimSpace(f.Description)
	if i := strings.IndexAny(what, ",."); i > 0 && i < 120 {
		what = what[:i]
	}
	return hit{rule: ruleLeak, source: "gitleaks:" + f.RuleID, what: what, secret: f.Secret,
		line: f.StartLine, col: f.StartColumn, lineText: f.Line, entropy: float64(f.Entropy)}, true
}
