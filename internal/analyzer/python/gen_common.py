"""Helpers shared by the fixture generators (gen_cases*.py)."""


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
