package probe

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// SQLi finds SQL injection three ways, cheapest first, and stops at the
// first confirmed one per parameter:
//   - error-based: a quote makes a database error message appear that the
//     baseline does not show, twice;
//   - boolean-based: a true and a false condition give two different pages,
//     each repeated with other literals (4 requests + 2 repeats), and the
//     false one differs from the baseline;
//   - time-based: a sleep of the database (PostgreSQL, MySQL) confirmed by
//     confirmDelay.
//
// Per parameter at most 1 (baseline, shared) + 6 (error) + 3 (stability
// and AND pre-check) + 5*6 (boolean) + 10 + 5 (time) requests; on a
// parameter that is not injectable usually 1 + 3 + 3 + 2 + 6. In safe
// mode non-GET endpoints get no OR-tautology (an UPDATE ... WHERE could
// then touch every row).
type SQLi struct{}

func (*SQLi) ID() string { return "WEB-SQLI" }

// dbErrors are database error messages, by engine. They are matched only
// when absent from the baseline.
var dbErrors = []struct {
	db string
	re *regexp.Regexp
}{
	{"SQLite", regexp.MustCompile(`(?i)(sqlite3?\.(Operational|Programming|Database)Error|SQLITE_ERROR|unrecognized token: |near "[^"]{0,40}": syntax error|SQLite3::SQLException|no such column: )`)},
	{"PostgreSQL", regexp.MustCompile(`(?i)(psycopg2?\.errors|psycopg2\.|PG::SyntaxError|unterminated quoted string at or near|syntax error at or near "|pg_query\(\)|PSQLException|invalid input syntax for (type )?integer)`)},
	{"MySQL", regexp.MustCompile(`(?i)(You have an error in your SQL syntax|check the manual that corresponds to your (MySQL|MariaDB) server version|MySQLSyntaxErrorException|pymysql\.err\.|MySQLdb\._?exceptions|mysql_fetch_|mysqli?_(query|error)|Unknown column '[^']{0,40}' in)`)},
	{"SQL Server", regexp.MustCompile(`(?i)(Unclosed quotation mark after the character string|Microsoft OLE DB Provider for SQL Server|\[SQL Server\]|SqlException)`)},
	{"Oracle", regexp.MustCompile(`(ORA-0\d{4}:|quoted string not properly terminated)`)},
	{"SQL (ORM)", regexp.MustCompile(`(sqlalchemy\.exc\.(Operational|Programming)Error|django\.db\.utils\.(Operational|Programming)Error)`)},
}

func dbError(b []byte) (string, string) {
	for _, e := range dbErrors {
		if m := e.re.Find(b); m != nil {
			return e.db, string(m)
		}
	}
	return "", ""
}

func (s *SQLi) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-SQLI") {
		if ctx.Err() != nil {
			return
		}
		base := t.baseline(p)
		if base == nil {
			continue
		}
		if r, ok := t.sqlError(p, base); ok {
			emit(r)
			continue
		}
		if r, ok := t.sqlBoolean(p, base); ok {
			emit(r)
			continue
		}
		if r, ok := t.sqlTime(p); ok {
			emit(r)
		}
	}
}

func (t *target) sqlError(p *webscan.Param, base *httpx.Response) (webscan.Result, bool) {
	if db, _ := dbError(base.Body); db != "" {
		return webscan.Result{}, false // the baseline already shows one: proves nothing
	}
	// An unbalanced quote breaks the statement whatever surrounds it (a
	// closing parenthesis adds nothing), and a backslash escapes the closing
	// quote in MySQL: three requests cover the string contexts.
	for _, suffix := range []string{"'", `"`, "\\"} {
		v := p.Value + suffix
		r1, err := t.with(p, v)
		if err != nil {
			return webscan.Result{}, false
		}
		db, msg := dbError(r1.Body)
		if db == "" {
			continue
		}
		r2, err := t.with(p, v)
		if err != nil {
			return webscan.Result{}, false
		}
		if db2, _ := dbError(r2.Body); db2 != db {
			continue
		}
		res := t.result("WEB-SQLI", fmt.Sprintf("SQL injection in %s (error-based, %s)", p.Name, db), p, base, r1)
		res.Confidence = finding.ConfidenceHigh
		res.Facts = []string{
			fmt.Sprintf("payload: %s=%q", p.Name, v),
			fmt.Sprintf("%s error message %q appears with the payload (twice) and not in the baseline", db, msg),
		}
		return res, true
	}
	return webscan.Result{}, false
}

// boolPair is a family of true/false conditions: two true and two false
// suffixes with different literals.
type boolPair struct {
	name        string
	t1, t2      string
	f1, f2      string
	tautology   bool // an OR: may widen an UPDATE/DELETE
	lowerXPath  bool
	needNumeric bool
}

var sqlBools = []boolPair{
	{name: "string AND", t1: "' AND 'sq'='sq", t2: "' AND 'qs'='qs", f1: "' AND 'sq'='qs", f2: "' AND 'qs'='sq"},
	{name: "string AND, comment", t1: "' AND 7=7-- -", t2: "' AND 8=8-- -", f1: "' AND 7=8-- -", f2: "' AND 8=9-- -"},
	{name: "numeric AND", t1: " AND 7=7", t2: " AND 8=8", f1: " AND 7=8", f2: " AND 8=9", needNumeric: true},
	{name: "string OR, comment", t1: "' OR 7=7-- -", t2: "' OR 8=8-- -", f1: "' OR 7=8-- -", f2: "' OR 8=9-- -", tautology: true},
	{name: "double-quoted AND", t1: `" AND "sq"="sq`, t2: `" AND "qs"="qs`, f1: `" AND "sq"="qs`, f2: `" AND "qs"="sq`},
}

// boolDiff runs one family: true pages alike, false pages alike, true and
// false different, and the result repeated. Returns the proof.
func (t *target) boolDiff(p *webscan.Param, base *httpx.Response, b boolPair) ([]*httpx.Response, string, bool) {
	send := func(suffix string) (*httpx.Response, page, bool) {
		r, err := t.with(p, p.Value+suffix)
		if err != nil {
			return nil, page{}, false
		}
		return r, pageOf(r, p.Value+suffix, suffix), true
	}
	rt1, pt1, ok1 := send(b.t1)
	rf1, pf1, ok2 := send(b.f1)
	if !ok1 || !ok2 || pt1.same(pf1) {
		return nil, "", false
	}
	_, pt2, ok1 := send(b.t2)
	_, pf2, ok2 := send(b.f2)
	if !ok1 || !ok2 || !pt1.same(pt2) || !pf1.same(pf2) {
		return nil, "", false
	}
	// Repeat the first pair: the difference must be stable, not noise.
	_, pt3, ok1 := send(b.t1)
	_, pf3, ok2 := send(b.f1)
	if !ok1 || !ok2 || !pt1.same(pt3) || !pf1.same(pf3) {
		return nil, "", false
	}
	fact := fmt.Sprintf("%s: true conditions %q/%q give one page (%s), false conditions %q/%q another (%s), each seen twice",
		b.name, b.t1, b.t2, pt1, b.f1, b.f2, pf1)
	return []*httpx.Response{base, rt1, rf1}, fact, true
}

func (t *target) sqlBoolean(p *webscan.Param, base *httpx.Response) (webscan.Result, bool) {
	base, ok := t.stableBaseline(p, base)
	if !ok {
		return webscan.Result{}, false
	}
	// An AND condition can only show its truth when the value selects
	// something the page shows: if another value gives the same page, a
	// false AND gives it too, and the AND families cannot differ (one
	// request instead of 2 per family). OR tautologies still can (they
	// select everything where the value selected nothing).
	other := p.Value + token()
	r, err := t.with(p, other)
	andUseless := err == nil && pageOf(r, other).same(pageOf(base, p.Value))
	for _, b := range sqlBools {
		if andUseless && !b.tautology {
			continue
		}
		if b.tautology && mayModify(t.ep) && !t.env.Aggressive {
			continue
		}
		if b.needNumeric && !isNumber(p.Value) {
			continue
		}
		proof, fact, ok := t.boolDiff(p, base, b)
		if !ok {
			continue
		}
		res := t.result("WEB-SQLI", fmt.Sprintf("SQL injection in %s (boolean-based)", p.Name), p, proof...)
		res.Confidence = finding.ConfidenceHigh
		res.Facts = []string{fact, "the page changes with the truth of an injected SQL condition: the value is part of the query"}
		return res, true
	}
	return webscan.Result{}, false
}

// stableBaseline makes sure the unmodified request gives a stable page,
// or no differential means anything. The baseline may come from earlier in
// the scan (Env.baselines) and the page may have changed since (a stored
// comment): then two fresh copies must agree, and the fresh one is the
// baseline.
func (t *target) stableBaseline(p *webscan.Param, base *httpx.Response) (*httpx.Response, bool) {
	again, err := t.with(p, p.Value)
	if err != nil {
		return nil, false
	}
	if pageOf(base).same(pageOf(again)) {
		return base, true
	}
	third, err := t.with(p, p.Value)
	if err != nil || !pageOf(again).same(pageOf(third)) {
		return nil, false
	}
	return again, true
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// sqlSleeps: sleep payloads with their zero-delay controls (%d is seconds).
var sqlSleeps = []struct{ db, payload string }{
	{"PostgreSQL", "'||(SELECT 1 FROM pg_sleep(%d))||'"},
	{"PostgreSQL", "';SELECT pg_sleep(%d)-- -"},
	{"MySQL", "' AND SLEEP(%d)-- -"},
	{"MySQL", "' OR SLEEP(%d)-- -"},
	{"MySQL/PostgreSQL (numeric)", " AND 1=(SELECT 1 FROM (SELECT SLEEP(%d))x)"},
	{"PostgreSQL (numeric)", ";SELECT pg_sleep(%d)"},
}

func (t *target) sqlTime(p *webscan.Param) (webscan.Result, bool) {
	secs := int(t.env.delay().Seconds() + 0.5)
	if secs < 1 {
		secs = 1
	}
	for _, s := range sqlSleeps {
		if strings.Contains(s.payload, "OR") && mayModify(t.ep) && !t.env.Aggressive {
			continue
		}
		payload := s.payload
		tm := t.confirmDelay(func(sleep bool) (*httpx.Response, error) {
			n := 0
			if sleep {
				n = secs
			}
			return t.with(p, p.Value+fmt.Sprintf(payload, n))
		})
		if tm == nil {
			continue
		}
		res := t.result("WEB-SQLI", fmt.Sprintf("SQL injection in %s (time-based, %s)", p.Name, s.db), p, tm.proof...)
		res.Confidence = finding.ConfidenceHigh
		res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, p.Value+fmt.Sprintf(payload, secs)), tm.fact}
		return res, true
	}
	return webscan.Result{}, false
}
