# py-cmdi: get() of a key a constant dict does not have, and no default, is
# None: the branch it guards never runs. A key it has, or a default, can.
import os

from flask import Flask, request

app = Flask(__name__)
MODES = {"fast": "a"}


@app.route("/missing")
def missing():
    param = request.args.get("q", "")
    if MODES.get("legacy"):
        os.system(param)  # safe: never runs
    local = {"fast": "a"}
    if local.get("legacy"):
        os.system(param)  # safe: never runs
    return "ok"


@app.route("/present")
def present():
    param = request.args.get("q", "")
    if MODES.get("fast"):
        os.system(param)  # want: PY-CMDI
    if MODES.get("legacy", "on"):
        os.system(param)  # want: PY-CMDI
    return "ok"
