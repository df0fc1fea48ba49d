# py-path-traversal: pathlib confinement checks (parents, relative_to in try) and one-component replacements
import pathlib

from flask import Flask, abort, request

app = Flask(__name__)
BASE = pathlib.Path("/srv/files")


@app.route("/parents")
def in_parents():
    p = (BASE / request.args["name"]).resolve()
    if BASE not in p.parents:
        abort(400)
    return p.read_text()  # safe: PY-PATH-TRAVERSAL


@app.route("/parents-unresolved")
def in_parents_unresolved():
    p = BASE / request.args["name"]
    if BASE not in p.parents:
        abort(400)
    return p.read_text()  # want: PY-PATH-TRAVERSAL


@app.route("/relative")
def relative():
    p = (BASE / request.args["name"]).resolve()
    try:
        p.relative_to(BASE)
    except ValueError:
        abort(400)
    return p.read_text()  # safe: PY-PATH-TRAVERSAL


@app.route("/relative-ignored")
def relative_ignored():
    p = (BASE / request.args["name"]).resolve()
    try:
        p.relative_to(BASE)
    except ValueError:
        pass
    return p.read_text()  # want: PY-PATH-TRAVERSAL


@app.route("/with-name")
def with_name():
    # with_name("..") names the parent directory
    return ((BASE / "report.txt").with_name(request.args["name"]) / "secret.txt").read_text()  # want: PY-PATH-TRAVERSAL


@app.route("/with-suffix")
def with_suffix():
    # a suffix holding a separator raises ValueError
    return (BASE / "report").with_suffix("." + request.args["ext"].lstrip(".")).read_text()


@app.route("/with-suffix-only")
def with_suffix_only():
    return (BASE / "report").with_suffix(request.args["ext"]).read_text()


@app.route("/with-name-dir")
def with_name_tainted_dir():
    return (BASE / request.args["dir"] / "report.txt").with_name("other.txt").read_text()  # want: PY-PATH-TRAVERSAL


@app.route("/relative-walk-up")
def relative_walk_up():
    p = (BASE / request.args["name"]).resolve()
    p.relative_to(BASE, walk_up=True)  # returns "../.." paths instead of raising
    return p.read_text()  # want: PY-PATH-TRAVERSAL
