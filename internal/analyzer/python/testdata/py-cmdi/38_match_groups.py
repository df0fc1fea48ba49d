# py-cmdi: groups of a regular-expression match are parts of the subject, safe only when the pattern matches all of it with safe characters
import os
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    m = re.search(r"id=(.+)", request.args["q"])
    if m:
        os.system("host " + m.group(1))  # want: PY-CMDI
    return "ok"


@app.route("/groups")
def groups():
    m = re.match(r"(\w+):(.*)", request.args["q"])
    if m:
        kind, rest = m.groups()
        os.system("echo " + rest)  # want: PY-CMDI
    return "ok"


@app.route("/full")
def full():
    m = re.fullmatch(r"[a-z0-9]+", request.args["q"])
    if m:
        os.system("host " + m.group(0))
    return "ok"


@app.route("/status")
def status():
    code = os.system("true")
    return str(code)
