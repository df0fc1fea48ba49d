# CMDi, safe: a match on a constant subject takes only the case it
# matches, and that case replaces the input with a constant.
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/run")
def run_tool():
    param = request.args.get("tool", "")
    target = "B"
    match target:
        case "A":
            bar = param
        case "B" | "C":
            bar = "uptime"
        case _:
            bar = param
    subprocess.call(bar, shell=True)
    return "ok"


@app.route("/tools/level")
def level():
    param = request.args.get("tool", "")
    mode = 3
    match mode:
        case 1:
            cmd = param
        case _:
            cmd = "df -h"
    subprocess.call(cmd, shell=True)
    return "ok"
