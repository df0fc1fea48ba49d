import subprocess

from flask import Flask, request

from store import RequestStore

app = Flask(__name__)


@app.route("/calc")
def calc():
    store = RequestStore()
    store.put("term", request.args.get("q", ""))
    store.put("mode", "basic")
    return {"result": str(eval(store.fetch("term")))}  # want: PY-CODE-INJECTION


@app.route("/calc-mode")
def calc_mode():
    store = RequestStore()
    store.put("term", request.args.get("q", ""))
    store.put("mode", "basic")
    return {"result": str(eval(store.fetch("mode")))}  # safe: "basic" was put under "mode"


@app.route("/overwritten")
def overwritten():
    store = RequestStore()
    store.put("term", request.args.get("q", ""))
    store.put("term", "1 + 1")
    return {"result": str(eval(store.fetch("term")))}  # safe: replaced by a constant


@app.route("/default-option")
def default_option():
    store = RequestStore()
    store.put("sort", request.args.get("sort", ""))
    cmd = "sort -k " + store.option("sort")
    return {"out": subprocess.getoutput(cmd)}  # safe: the constructor's constant, not the item put


@app.route("/chosen-key")
def chosen_key():
    store = RequestStore()
    store.put("term", request.args.get("q", ""))
    store.put("mode", "basic")
    key = request.args.get("k", "mode")
    return {"result": str(eval(store.fetch(key)))}  # want: PY-CODE-INJECTION


@app.route("/chained")
def chained():
    store = RequestStore()
    store.add("term", request.args.get("q", ""))
    return {"result": str(eval(store.fetch("term")))}  # want: PY-CODE-INJECTION
