#!/usr/bin/env python3
"""Score a secaudit JSON report against a benchmark-style case suite.

Usage:
    secaudit code SUITE --analyzers python --format json -o REPORT.json --exit-zero -q
    python3 bench/score.py REPORT.json SUITE [--strict] [--quiet]

SUITE is a directory of generated cases (e.g.
internal/analyzer/python/testdata/generated4). Every case file's first line
is a header of the form

    # generated case (gen_casesN): category=CAT rule=RULE-ID ... expected=true|false

A case is "reported" when the report has a finding of RULE-ID in that file;
for a true case the finding must be on a line ending in "# want: RULE-ID"
(a finding of the rule elsewhere in a true case does not count as a hit).
With --strict, a finding of any other rule in a case file, or of the rule on
a line without "# want:", is listed as an extra finding (it does not change
the per-category score).

Prints per category TP, FN, TN, FP, TPR, FPR and TPR-FPR (the benchmark
score), the totals, and the wrong cases (FN: true case not reported; FP:
false case reported). Exit status 0 always.
"""
import json
import os
import re
import sys

HEADER_RE = re.compile(r"^#\s*generated case \([^)]*\):(.*)$")
WANT_RE = re.compile(r"#\s*want:\s*([A-Z0-9 ,\-]+)\s*$")


def read_cases(suite):
    cases = {}
    for dirpath, _, names in os.walk(suite):
        for n in sorted(names):
            if not n.endswith(".py"):
                continue
            full = os.path.join(dirpath, n)
            rel = os.path.relpath(full, suite).replace(os.sep, "/")
            with open(full, encoding="utf-8") as fh:
                lines = fh.read().split("\n")
            m = HEADER_RE.match(lines[0]) if lines else None
            if not m:
                continue
            attrs = dict(kv.split("=", 1) for kv in m.group(1).split() if "=" in kv)
            want = {}
            for i, line in enumerate(lines, 1):
                w = WANT_RE.search(line)
                if w:
                    for rid in re.split(r"[ ,]+", w.group(1).strip()):
                        want.setdefault(rid, set()).add(i)
            cases[rel] = dict(category=attrs.get("category", "?"), rule=attrs.get("rule", "?"),
                              expected=attrs.get("expected") == "true", want=want, header=lines[0])
    return cases


def read_findings(report, suite):
    with open(report, encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    suite_abs = os.path.abspath(suite)
    for f in data.get("findings") or []:
        loc = f.get("location") or {}
        path = loc.get("path", "")
        if os.path.isabs(path):
            path = os.path.relpath(path, suite_abs)
        path = path.replace(os.sep, "/")
        out.setdefault(path, []).append((f.get("rule_id"), loc.get("line", 0)))
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    strict = "--strict" in argv
    quiet = "--quiet" in argv
    report, suite = args
    cases = read_cases(suite)
    findings = read_findings(report, suite)
    stats = {}
    wrong = []
    extra = []
    for rel in sorted(cases):
        c = cases[rel]
        got = findings.get(rel, [])
        rule = c["rule"]
        if c["expected"]:
            lines = c["want"].get(rule, set())
            hit = any(r == rule and ln in lines for r, ln in got)
        else:
            hit = any(r == rule for r, _ in got)
        s = stats.setdefault(c["category"], [0, 0, 0, 0])  # tp fn tn fp
        if c["expected"]:
            s[0 if hit else 1] += 1
            if not hit:
                wrong.append(("FN", rel))
        else:
            s[3 if hit else 2] += 1
            if hit:
                wrong.append(("FP", rel))
        if strict:
            for r, ln in got:
                if ln in c["want"].get(r, set()) or (not c["expected"] and r == rule):
                    continue
                extra.append("%s:%d %s" % (rel, ln, r))
    print("%-12s %4s %4s %4s %4s %6s %6s %8s" % ("category", "TP", "FN", "TN", "FP", "TPR", "FPR", "TPR-FPR"))
    tot = [0, 0, 0, 0]
    for cat in sorted(stats):
        tp, fn, tn, fp = stats[cat]
        tot = [a + b for a, b in zip(tot, stats[cat])]
        tpr = tp / (tp + fn) if tp + fn else 0.0
        fpr = fp / (fp + tn) if fp + tn else 0.0
        flag = "" if tpr >= 0.90 and fpr <= 0.10 else "  <"
        print("%-12s %4d %4d %4d %4d %6.3f %6.3f %8.3f%s" % (cat, tp, fn, tn, fp, tpr, fpr, tpr - fpr, flag))
    tp, fn, tn, fp = tot
    tpr = tp / (tp + fn) if tp + fn else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    print("%-12s %4d %4d %4d %4d %6.3f %6.3f %8.3f" % ("total", tp, fn, tn, fp, tpr, fpr, tpr - fpr))
    print("%d cases, %d wrong" % (len(cases), len(wrong)))
    if not quiet:
        for kind, rel in wrong:
            print("%s %s" % (kind, rel))
    if strict and extra:
        print("extra findings (not scored):")
        for e in extra:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
