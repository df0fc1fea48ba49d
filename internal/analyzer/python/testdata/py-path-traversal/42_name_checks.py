# py-path-traversal: checks on the name itself, judged by whether both halves of confinement hold (no "..", not absolute)
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/both")
def both_halves():
    name = request.args["name"]
    if ".." in name or name.startswith("/"):
        abort(400)
    return send_file(os.path.join(BASE, name))  # safe: PY-PATH-TRAVERSAL (relative, no "..")


@app.route("/isabs")
def isabs_and_dots():
    name = request.args["name"]
    if os.path.isabs(name):
        abort(400)
    if ".." not in name:
        return send_file(os.path.join(BASE, name))  # safe: PY-PATH-TRAVERSAL
    abort(400)


@app.route("/dots-only")
def dots_only():
    name = request.args["name"]
    if ".." in name:
        abort(400)
    # An absolute name replaces BASE.
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


@app.route("/abs-only")
def absolute_only():
    name = request.args["name"]
    if name.startswith("/"):
        abort(400)
    # "a/../../etc/passwd"
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


@app.route("/normalized")
def normalized():
    name = os.path.normpath(request.args["name"])
    if name.startswith("..") or os.path.isabs(name):
        abort(400)
    return send_file(os.path.join(BASE, name))  # safe: PY-PATH-TRAVERSAL (normalized: ".." can only lead)


@app.route("/raw-prefix")
def raw_prefix():
    name = request.args["name"]
    if name.startswith("..") or os.path.isabs(name):
        abort(400)
    # Not normalized: "a/../../x" passes.
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


@app.route("/wrong-var")
def checks_other_variable():
    name = request.args["name"]
    other = request.args.get("other", "")
    if ".." in other or other.startswith("/"):
        abort(400)
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


@app.route("/proceeds")
def check_without_reject():
    name = request.args["name"]
    if ".." in name or name.startswith("/"):
        app.logger.warning("odd name")
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


@app.route("/slash-dots")
def dot_dot_slash_only():
    name = request.args["name"]
    if "../" in name or name.startswith("/"):
        abort(400)
    # ".." itself passes: the parent directory.
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL
