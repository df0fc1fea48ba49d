# py-path-traversal: existence checks and Path.open() of a name from the request
import os, pathlib
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"

@app.route("/e1")
def e1():
    return {"exists": os.path.exists(os.path.join(BASE, request.args["n"]))}  # want: PY-PATH-TRAVERSAL

@app.route("/e2")
def e2():
    p = pathlib.Path(BASE) / request.args["n"]
    with p.open() as fh:  # want: PY-PATH-TRAVERSAL
        return fh.read()  # safe: PY-XSS (the file's contents, not the request's)

@app.route("/e3")
def e3():
    return {"exists": os.path.exists(os.path.join(BASE, secure_filename(request.args["n"])))}  # safe: PY-PATH-TRAVERSAL

@app.route("/e4")
def e4():
    p = pathlib.Path(BASE) / "fixed.txt"
    return {"ok": p.exists()}  # safe: PY-PATH-TRAVERSAL


def cli_check():
    import sys

    return os.path.exists(sys.argv[1])  # safe: PY-PATH-TRAVERSAL (the local user's own path)


def cli_read():
    import sys

    return open(sys.argv[1]).read()  # want: PY-PATH-TRAVERSAL
