# py-sqli: bounded deques drop their oldest items; a sequence repeated zero times is empty
import collections
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def db():
    return sqlite3.connect("app.db")


@app.route("/pushed-out")
def pushed_out():
    recent = collections.deque([request.args["q"], "a", "b"], maxlen=2)
    return {"rows": db().execute("SELECT id FROM t WHERE tag = '" + recent[0] + "'").fetchall()}  # safe: PY-SQLI ("a": the input was dropped)


@app.route("/kept")
def kept():
    recent = collections.deque(["a", request.args["q"]], maxlen=2)
    return {"rows": db().execute("SELECT id FROM t WHERE tag = '" + recent[1] + "'").fetchall()}  # want: PY-SQLI


@app.route("/appended")
def appended():
    recent = collections.deque(maxlen=2)
    recent.append(request.args["q"])
    recent.append("x")
    recent.append("y")
    return {"rows": db().execute("SELECT id FROM t WHERE tag = '" + recent[0] + "'").fetchall()}  # safe: PY-SQLI ("x")


@app.route("/appended-kept")
def appended_kept():
    recent = collections.deque(maxlen=3)
    recent.append("x")
    recent.append(request.args["q"])
    return {"rows": db().execute("SELECT id FROM t WHERE tag = '" + recent[1] + "'").fetchall()}  # want: PY-SQLI


@app.route("/zero")
def repeated_zero_times():
    bar = request.args["q"]
    bar *= 0
    bar += "safe"
    return {"rows": db().execute("SELECT id FROM t WHERE tag = '" + bar + "'").fetchall()}  # safe: PY-SQLI


@app.route("/twice")
def repeated_twice():
    bar = request.args["q"]
    bar *= 2
    return {"rows": db().execute("SELECT id FROM t WHERE tag = '" + bar + "'").fetchall()}  # want: PY-SQLI
