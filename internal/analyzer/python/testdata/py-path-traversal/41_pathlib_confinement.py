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
    return (BASE / "report.txt").with_name(request.args["name"]).read_text()  # safe: PY-PATH-TRAVERSAL


@app.route("/with-name-dir")
def with_name_tainted_dir():
    return (BASE / request.args["dir"] / "report.txt").with_name("other.txt").read_text()  # want: PY-PATH-TRAVERSAL
