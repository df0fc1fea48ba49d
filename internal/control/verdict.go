package control

import (
	"fmt"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
)

// Verdict is the answer for one control.
type Verdict string

const (
	Pass          Verdict = "pass"
	Fail          Verdict = "fail"
	Partial       Verdict = "partial"
	Manual        Verdict = "manual"
	NotApplicable Verdict = "not-applicable"
)

// Verdicts lists every verdict, worst first (the order of report tables).
var Verdicts = []Verdict{Fail, Partial, Manual, Pass, NotApplicable}

func ParseVerdict(s string) (Verdict, error) {
	for _, v := range Verdicts {
		if string(v) == s {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown verdict %q (want pass, fail, partial, manual or not-applicable)", s)
}

// ObservationKind says what an observation establishes about a control.
type ObservationKind string

const (
	// Positive: evidence that the control is in place ("argon2 is the hasher").
	Positive ObservationKind = "positive"
	// Coverage: an analyzer examined the inputs relevant to the control
	// (and whatever it found is in the findings).
	Coverage ObservationKind = "coverage"
	// Absent: the thing the control is about does not exist in the target
	// ("no XML parser is imported in 42 Python files").
	Absent ObservationKind = "absent"
)

// Observation is a fact in favour of a control, or about its scope.
type Observation struct {
	Control  string            `json:"control"`
	Kind     ObservationKind   `json:"kind"`
	Analyzer string            `json:"analyzer"`
	Text     string            `json:"text"`
	Location *finding.Location `json:"location,omitempty"`
}

// Justification is a person's decision about a control, from .secaudit.yaml.
type Justification struct {
	Verdict Verdict `yaml:"verdict" json:"verdict"`
	Reason  string  `yaml:"reason" json:"reason"`
}

// Result is one control's verdict with everything that decided it.
type Result struct {
	Control       *Control       `json:"-"`
	Verdict       Verdict        `json:"verdict"`
	Reason        string         `json:"reason"`
	Findings      []string       `json:"findings"` // fingerprints of active findings
	Evidence      []Observation  `json:"evidence"`
	Justification *Justification `json:"justification,omitempty"`
}

// Decide computes one verdict per control. Only active (unsuppressed)
// findings count against a control. The rules, in order:
//   - a finding of medium severity or above: fail;
//   - only low-severity findings: partial;
//   - info findings are observations and never fail a control;
//   - a person's justification from the configuration decides next;
//   - positive evidence, or coverage by an analyzer that found nothing: pass;
//   - established absence of the subject: not-applicable;
//   - otherwise manual, with the steps a person must take.
//
// A control is never pass merely because nothing was looked at.
func Decide(cat *Catalog, findings []*finding.Finding, obs []Observation, just map[string]Justification) []Result {
	byControl := map[string][]*finding.Finding{}
	for _, f := range findings {
		if f.Suppression != nil {
			continue
		}
		for _, c := range f.Controls {
			byControl[c] = append(byControl[c], f)
		}
	}
	obsByControl := map[string][]Observation{}
	for _, o := range obs {
		obsByControl[o.Control] = append(obsByControl[o.Control], o)
	}
	out := make([]Result, 0, len(cat.Controls))
	for _, ctl := range cat.Controls {
		r := Result{Control: ctl, Findings: []string{}, Evidence: obsByControl[ctl.ID]}
		if r.Evidence == nil {
			r.Evidence = []Observation{}
		}
		sort.SliceStable(r.Evidence, func(i, j int) bool { return r.Evidence[i].Kind < r.Evidence[j].Kind })
		fs := byControl[ctl.ID]
		counts := map[finding.Severity]int{}
		worst := finding.Severity(0)
		for _, f := range fs {
			if f.Severity <= finding.SeverityInfo {
				continue
			}
			r.Findings = append(r.Findings, f.Fingerprint)
			counts[f.Severity]++
			if f.Severity > worst {
				worst = f.Severity
			}
		}
		if j, ok := just[ctl.ID]; ok {
			jj := j
			r.Justification = &jj
		}
		positives, coverage, absent := split(r.Evidence)
		decisive := func(obs []Observation) []Observation { return deciding(ctl, obs) }
		switch {
		case worst >= finding.SeverityMedium:
			r.Verdict = Fail
			r.Reason = findingReason(counts)
		case worst == finding.SeverityLow:
			r.Verdict = Partial
			r.Reason = findingReason(counts)
			if len(positives) > 0 {
				r.Reason += "; in place elsewhere: " + joinTexts(positives)
			}
		case r.Justification != nil:
			r.Verdict = r.Justification.Verdict
			r.Reason = "justified in configuration: " + r.Justification.Reason
		case len(decisive(positives)) > 0:
			r.Verdict = Pass
			r.Reason = "positive evidence: " + joinTexts(decisive(positives))
		case len(decisive(coverage)) > 0:
			r.Verdict = Pass
			r.Reason = "examined without findings: " + joinTexts(decisive(coverage))
		case len(decisive(absent)) > 0:
			r.Verdict = NotApplicable
			r.Reason = joinTexts(decisive(absent))
		case len(r.Evidence) > 0:
			r.Verdict = Manual
			r.Reason = fmt.Sprintf("evidence so far (%s) cannot decide this control alone; it needs the %s analyzer", joinTexts(r.Evidence), strings.Join(ctl.DecidedBy, " or "))
		default:
			r.Verdict = Manual
			r.Reason = "no analyzer could decide this control from the given inputs; see the manual steps"
		}
		if r.Justification != nil && (r.Verdict == Fail || r.Verdict == Partial) {
			r.Reason += fmt.Sprintf(" (the configuration's justification %q is contradicted by these findings)", r.Justification.Verdict)
		}
		out = append(out, r)
	}
	return out
}

// deciding keeps the observations of the analyzers that decide the control.
func deciding(ctl *Control, obs []Observation) []Observation {
	if len(ctl.DecidedBy) == 0 {
		return obs
	}
	var out []Observation
	for _, o := range obs {
		for _, a := range ctl.DecidedBy {
			if o.Analyzer == a {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

func split(obs []Observation) (pos, cov, abs []Observation) {
	for _, o := range obs {
		switch o.Kind {
		case Positive:
			pos = append(pos, o)
		case Coverage:
			cov = append(cov, o)
		case Absent:
			abs = append(abs, o)
		}
	}
	return
}

func joinTexts(obs []Observation) string {
	seen := map[string]bool{}
	var parts []string
	for _, o := range obs {
		t := o.Analyzer + ": " + o.Text
		if o.Location != nil {
			t += " (" + o.Location.String() + ")"
		}
		if !seen[t] {
			seen[t] = true
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "; ")
}

func findingReason(counts map[finding.Severity]int) string {
	total := 0
	var parts []string
	for s := finding.SeverityCritical; s >= finding.SeverityLow; s-- {
		if n := counts[s]; n > 0 {
			total += n
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	noun := "findings"
	if total == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s against this control (%s)", total, noun, strings.Join(parts, ", "))
}
