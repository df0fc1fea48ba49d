# py-cmdi: int(x) as a statement raises unless x is a number: past it (in the try body, its else, or after it) x is one; a handler that goes on does not know it
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/else")
def else_branch():
    param = request.args.get("q", "")
    try:
        int(param)
    except ValueError:
        bar = "0"
    else:
        bar = param
    os.system("kill -0 " + bar)
    return "ok"


@app.route("/body")
def in_body():
    param = request.args.get("q", "")
    try:
        int(param)
        bar = param
    except ValueError:
        bar = "0"
    os.system("kill -0 " + bar)
    return "ok"


@app.route("/after")
def after():
    param = request.args.get("q", "")
    int(param)
    os.system("kill -0 " + param)
    return "ok"


@app.route("/handler")
def handler():
    param = request.args.get("q", "")
    try:
        int(param)
    except ValueError:
        pass
    os.system("kill -0 " + param)  # want: PY-CMDI
    return "ok"


@app.route("/other")
def other_variable():
    param = request.args.get("q", "")
    name = request.args.get("name", "")
    int(param)
    os.system("kill -0 " + name)  # want: PY-CMDI
    return "ok"
