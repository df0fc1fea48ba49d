# py-cmdi: a helper that runs a command and returns a constant table: its sink is reached through its summary all the same
import os
import re

from flask import Flask, request

app = Flask(__name__)


def run(cmd):
    os.system(cmd)  # want: PY-CMDI
    return ["ok", "queued"]


def tidy(value):
    # only the first bad character goes
    return re.sub(r"[^a-z]", "", value, 1)


def tidy_all(value):
    return re.sub(r"[^a-z]", "", value, count=0)


@app.route("/run")
def run_view():
    return {"status": run(request.args["c"])[0]}


@app.route("/tidy")
def tidy_view():
    os.system("echo " + tidy(request.args["c"]))  # want: PY-CMDI
    os.system("echo " + tidy_all(request.args["c"]))
    return "ok"
