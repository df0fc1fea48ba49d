"""Helpers shared by the fixture generators (gen_cases*.py)."""

import os


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
