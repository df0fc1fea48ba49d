# py-cmdi: dict merges with |, json round trips and writes into nested containers keep each key's own value
import json
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/merge")
def merge():
    opts = {"q": request.args["q"]} | {"q": "safe"}
    os.system("echo " + opts["q"])
    opts |= {"q": request.args["q"]}
    os.system("echo " + opts["q"])  # want: PY-CMDI
    return "ok"


@app.route("/json")
def json_round_trip():
    blob = json.dumps({"q": request.args["q"], "m": "x"})
    os.system("echo " + json.loads(blob)["m"])
    os.system("echo " + json.loads(blob)["q"])  # want: PY-CMDI
    return "ok"


@app.route("/nested")
def nested():
    cfg = {"inner": {"q": "safe", "r": "safe"}}
    cfg["inner"]["q"] = request.args["q"]
    os.system("echo " + cfg["inner"]["r"])
    os.system("echo " + cfg["inner"]["q"])  # want: PY-CMDI
    grid = [["a", "b"], ["c", "d"]]
    grid[1][0] = request.args["q"]
    os.system("echo " + grid[0][0])
    os.system("echo " + grid[1][0])  # want: PY-CMDI
    return "ok"
