"""Helpers shared by the fixture generators (gen_cases*.py)."""

import os
import shutil


def import_lines(imports):
    """The import block of a generated file: plain imports sorted, then one
    "from M import ..." line per module with its names merged (Flask and
    FastAPI first), then a blank line."""
    out = []
    plain = sorted(i for i in imports if i.startswith("import "))
    merged = {}
    for f in sorted(i for i in imports if i.startswith("from ")):
        mod, names = f[5:].split(" import ")
        merged.setdefault(mod, set()).update(n.strip() for n in names.split(","))
    out += plain
    if plain:
        out.append("")
    for mod in sorted(merged):
        names = sorted(merged[mod], key=lambda s: (s not in ("Flask", "FastAPI"), s.lower()))
        out.append("from %s import %s" % (mod, ", ".join(names)))
    out.append("")
    return out


def write_suite(out, files, counts, note=""):
    """Writes the generated files (name -> text) below out and prints how
    many there are, per category (counts: category -> [true, false]);
    note follows the file count (pending cases left out ...)."""
    for fname, text in files.items():
        path = os.path.join(out, fname)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)
    print("%d files%s" % (len(files), note))
    tt = tf = 0
    for cat in sorted(counts):
        print("%-12s true %4d  false %4d" % (cat, counts[cat][0], counts[cat][1]))
        tt += counts[cat][0]
        tf += counts[cat][1]
    print("%-12s true %4d  false %4d" % ("total", tt, tf))


def mark_extras(extra, key, txt):
    """Adds the findings extra lists for case key ((line text, rule) pairs:
    lines with a second finding) to the want comments of txt."""
    lines = txt.split("\n")
    for text, rule in extra.get(key, []):
        for i, line in enumerate(lines):
            code, sep, comment = line.partition("  # want: ")
            if code.strip() == text:
                lines[i] = code + "  # want: " + (comment + " " if sep else "") + rule
                break
        else:
            raise SystemExit("EXTRA line not found in %s: %s" % (key, text))
    return "\n".join(lines)


def write_cases(out, cases, pending, extra, every, env):
    """Writes rendered cases ((key, category, file name, text) in order)
    below out, leaving the pending ones out unless every; checks that
    pending and extra name cases; prints how many were written."""
    keys = set(c[0] for c in cases)
    unknown = (pending | set(extra)) - keys
    if unknown:
        raise SystemExit("PENDING or EXTRA names no case: %s" % sorted(unknown))
    shutil.rmtree(out, ignore_errors=True)
    seen = set()
    written = left = 0
    for key, cat, fname, text in cases:
        assert fname not in seen, fname
        seen.add(fname)
        if key in pending and not every:
            left += 1
            continue
        d = os.path.join(out, cat)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, fname), "w") as fh:
            fh.write(mark_extras(extra, key, text))
        written += 1
    print("%d files (%d pending cases left out; %s=1 writes them)" % (written, left, env))
