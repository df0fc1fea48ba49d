# py-cmdi: conditions on string constants and loops that never run are decided before the analysis goes on
import os

from flask import Flask, request

app = Flask(__name__)
EVENTS = []


@app.route("/prefix")
def constant_prefix():
    param = request.args["p"]
    if "ABC".startswith("A"):
        bar = "status"
    else:
        bar = param
    os.system("systemctl " + bar)  # safe: PY-CMDI (the else branch is dead)
    return "ok"


@app.route("/suffix")
def constant_suffix():
    param = request.args["p"]
    bar = "status" if "report.txt".endswith((".csv", ".json")) else param
    os.system("systemctl " + bar)  # want: PY-CMDI
    return "ok"


@app.route("/digits")
def constant_digits():
    param = request.args["p"]
    bar = param if "12a".isdigit() else "status"
    os.system("systemctl " + bar)  # safe: PY-CMDI
    return "ok"


@app.route("/find")
def constant_find():
    param = request.args["p"]
    bar = param if "abc".find("c") > 1 else "status"
    os.system("systemctl " + bar)  # want: PY-CMDI
    return "ok"


@app.route("/never")
def loop_never_runs():
    param = request.args["p"]
    bar = "status"
    for _ in range(0):
        bar = param
    os.system("systemctl " + bar)  # safe: PY-CMDI
    return "ok"


@app.route("/global-loop")
def global_list_loop():
    # EVENTS may be filled elsewhere: its loop's body is analysed.
    for _ in EVENTS:
        os.system("notify " + request.args["p"])  # want: PY-CMDI
    return "ok"


@app.route("/global-range")
def global_range_loop():
    for _ in range(len(EVENTS)):
        os.system("notify " + request.args["p"])  # want: PY-CMDI
    return "ok"


@app.route("/tail")
def constant_tail():
    parts = (request.args["p"] + "/status").rsplit("/", 1)
    os.system("systemctl " + parts[1])  # safe: PY-CMDI ("status")
    os.system("systemctl " + parts[0])  # want: PY-CMDI
    head, _, tail = (request.args["p"] + ":status").rpartition(":")
    os.system("systemctl " + tail)  # safe: PY-CMDI
    return "ok"
