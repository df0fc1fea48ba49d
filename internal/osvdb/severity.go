package osvdb

import (
	"strings"

	gocvss30 "github.com/pandatix/go-cvss/30"
	gocvss31 "github.com/pandatix/go-cvss/31"
	gocvss40 "github.com/pandatix/go-cvss/40"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
)

// Severity levels, the same words as secaudit's finding severities.
const (
	SeverityUnknown  = ""
	SeverityLow      = "low"
	SeverityMedium   = "medium"
	SeverityHigh     = "high"
	SeverityCritical = "critical"
)

// Score is a record's severity: the CVSS base score when a vector is present,
// else the database's own word for it.
type Score struct {
	Level  string  // low, medium, high, critical; "" when the record says nothing usable
	CVSS   float64 // base score; 0 when not from a vector
	Vector string  // the CVSS vector the score came from
}

// cvssBaseScore computes the base score of a CVSS v3.0, v3.1 or v4.0 vector.
// ok is false for other versions and malformed vectors.
func cvssBaseScore(vector string) (float64, bool) {
	switch {
	case strings.HasPrefix(vector, "CVSS:3.1/"):
		c, err := gocvss31.ParseVector(vector)
		if err != nil {
			return 0, false
		}
		return c.BaseScore(), true
	case strings.HasPrefix(vector, "CVSS:3.0/"):
		c, err := gocvss30.ParseVector(vector)
		if err != nil {
			return 0, false
		}
		return c.BaseScore(), true
	case strings.HasPrefix(vector, "CVSS:4.0/"):
		c, err := gocvss40.ParseVector(vector)
		if err != nil {
			return 0, false
		}
		return c.Score(), true
	}
	return 0, false
}

// levelForScore maps a CVSS score to the qualitative rating of the CVSS
// specification (v3 and v4 share the bands). A score of 0 ("none") is low:
// the advisory still names a vulnerable version.
func levelForScore(s float64) string {
	switch {
	case s >= 9.0:
		return SeverityCritical
	case s >= 7.0:
		return SeverityHigh
	case s >= 4.0:
		return SeverityMedium
	default:
		return SeverityLow
	}
}

var levelRank = map[string]int{SeverityUnknown: 0, SeverityLow: 1, SeverityMedium: 2, SeverityHigh: 3, SeverityCritical: 4}

// recordScore returns the record's severity: the highest CVSS v4/v3 base
// score among the record's and the package's severity entries, else
// database_specific.severity (GitHub's LOW/MODERATE/HIGH/CRITICAL).
func recordScore(rec *osvschema.Vulnerability, affected []*osvschema.Affected) Score {
	var best Score
	consider := func(sevs []*osvschema.Severity) {
		for _, s := range sevs {
			switch s.GetType() {
			case osvschema.Severity_CVSS_V3, osvschema.Severity_CVSS_V4:
			default:
				continue
			}
			if score, ok := cvssBaseScore(strings.TrimSpace(s.GetScore())); ok && (best.Vector == "" || score > best.CVSS) {
				best = Score{Level: levelForScore(score), CVSS: score, Vector: s.GetScore()}
			}
		}
	}
	consider(rec.GetSeverity())
	for _, a := range affected {
		consider(a.GetSeverity())
	}
	if best.Vector != "" {
		return best
	}
	if ds := rec.GetDatabaseSpecific(); ds != nil {
		if v, ok := ds.GetFields()["severity"]; ok {
			return Score{Level: levelForWord(v.GetStringValue())}
		}
	}
	return best
}

func levelForWord(w string) string {
	switch strings.ToUpper(strings.TrimSpace(w)) {
	case "LOW":
		return SeverityLow
	case "MODERATE", "MEDIUM":
		return SeverityMedium
	case "HIGH":
		return SeverityHigh
	case "CRITICAL":
		return SeverityCritical
	}
	return SeverityUnknown
}
