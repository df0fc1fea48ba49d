# CMDi, safe: the allow-list and format checks' outcomes are kept in
# variables and tested before the command runs.
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
TOOLS = {"uptime", "df"}


@app.route("/tools/run")
def run_tool():
    tool = request.args.get("tool", "")
    known = tool in TOOLS
    if not known:
        abort(400)
    return subprocess.check_output(tool + " -h", shell=True)


@app.route("/tools/user")
def user_info():
    name = request.args.get("name", "")
    valid = re.fullmatch(r"[a-z_][a-z0-9_]{0,31}", name)
    if valid:
        return subprocess.check_output("id " + name, shell=True)
    return "bad name", 400
