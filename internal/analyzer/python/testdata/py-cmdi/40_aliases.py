# py-cmdi: a container changed through a second name is the same object; a copy is not
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/alias")
def through_alias():
    base = {"q": "status"}
    w = base
    w["q"] = request.args["q"]
    os.system("systemctl " + base["q"])  # want: PY-CMDI
    return "ok"


@app.route("/copy")
def through_copy():
    base = {"q": "status"}
    w = base.copy()
    w["q"] = request.args["q"]
    os.system("systemctl " + base["q"])  # safe: PY-CMDI (a copy was changed)
    return "ok"


@app.route("/rebound")
def rebound():
    base = ["status"]
    w = base
    w = []
    w.append(request.args["q"])
    os.system("systemctl " + base[0])  # safe: PY-CMDI (w no longer names base)
    return "ok"


@app.route("/chained")
def chained():
    a = b = []
    a.append(request.args["q"])
    os.system("systemctl " + b[0])  # want: PY-CMDI
    return "ok"


@app.route("/chain")
def alias_chain():
    a = []
    b = a
    c = b
    c.append(request.args["q"])
    os.system("systemctl " + a[0])  # want: PY-CMDI
    return "ok"


@app.route("/copy-after-alias")
def copy_after_alias():
    base = {"q": "status"}
    w = base
    w = base.copy()
    w["q"] = request.args["q"]
    os.system("systemctl " + base["q"])  # safe: PY-CMDI
    return "ok"
