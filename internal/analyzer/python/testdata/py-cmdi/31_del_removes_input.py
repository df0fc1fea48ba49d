# CMDi, safe: del removes the input from the list (or dict) before the
# element that reaches the shell is read.
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/first")
def first():
    param = request.args.get("tool", "")
    items = [param, "uptime", "df"]
    del items[0]
    subprocess.call(items[0], shell=True)
    return "ok"


@app.route("/tools/last")
def last():
    param = request.args.get("tool", "")
    items = ["uptime", param]
    del items[-1]
    subprocess.call(items[-1], shell=True)
    return "ok"


@app.route("/tools/map")
def by_key():
    param = request.args.get("tool", "")
    tools = {"safe": "uptime", "user": param}
    del tools["user"]
    subprocess.call(tools.get("user", "df"), shell=True)
    return "ok"
