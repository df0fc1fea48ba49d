# CMDi: the match's constant subject selects the case that keeps the
# input; a match on a subject the analysis cannot know runs every case.
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/run")
def run_tool():
    param = request.args.get("tool", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "uptime"
        case _:
            bar = "true"
    subprocess.call(bar, shell=True)  # want: PY-CMDI
    return "ok"


@app.route("/tools/pick")
def pick():
    param = request.args.get("tool", "")
    choice = request.args.get("choice", "")
    match choice:
        case "safe":
            cmd = "uptime"
        case _:
            cmd = param
    subprocess.call(cmd, shell=True)  # want: PY-CMDI
    return "ok"


@app.route("/tools/guarded")
def guarded():
    param = request.args.get("tool", "")
    n = 2
    match n:
        case x if x > 5:
            cmd = "uptime"
        case _:
            cmd = param
    subprocess.call(cmd, shell=True)  # want: PY-CMDI
    return "ok"
