# CMDi: del removes another element, so the input moves to the index that
# is read; a slice deletion is not followed (the list keeps its taint).
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/shift")
def shift():
    param = request.args.get("tool", "")
    items = ["uptime", param, "df"]
    del items[0]
    subprocess.call(items[0], shell=True)  # want: PY-CMDI
    return "ok"


@app.route("/tools/slice")
def sliced():
    param = request.args.get("tool", "")
    items = [param, "uptime"]
    del items[1:]
    subprocess.call(items[0], shell=True)  # want: PY-CMDI
    return "ok"
