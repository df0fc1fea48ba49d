# py-sqli: sorted(), itertools.chain(), ChainMap, functools.reduce and map() over lists the analysis knows item by item
import collections
import functools
import itertools
import sqlite3

from flask import Flask, request

app = Flask(__name__)


db = sqlite3.connect("app.db")


@app.route("/sorted")
def sorted_pick():
    param = request.args["q"]
    ranked = sorted([("b", param), ("a", "safe")])
    db.execute("SELECT * FROM t WHERE name = '" + ranked[0][1] + "'")  # safe: PY-SQLI ("a" sorts first)
    db.execute("SELECT * FROM t WHERE name = '" + ranked[1][1] + "'")  # want: PY-SQLI
    desc = sorted([("b", param), ("a", "safe")], reverse=True)
    db.execute("SELECT * FROM t WHERE name = '" + desc[0][1] + "'")  # want: PY-SQLI
    return "ok"


@app.route("/sorted-key")
def sorted_by_key():
    param = request.args["q"]
    # key=: the order is not known
    ranked = sorted([("b", param), ("a", "safe")], key=lambda t: t[1])
    db.execute("SELECT * FROM t WHERE name = '" + ranked[0][1] + "'")  # want: PY-SQLI
    return "ok"


@app.route("/chain")
def chained():
    param = request.args["q"]
    items = list(itertools.chain(["safe"], [param]))
    db.execute("SELECT * FROM t WHERE name = '" + items[0] + "'")  # safe: PY-SQLI
    db.execute("SELECT * FROM t WHERE name = '" + items[1] + "'")  # want: PY-SQLI
    return "ok"


@app.route("/chainmap")
def chain_map():
    param = request.args["q"]
    first = collections.ChainMap({"term": "all"}, {"term": param})["term"]
    db.execute("SELECT * FROM t WHERE name = '" + first + "'")  # safe: PY-SQLI (the first map wins)
    later = collections.ChainMap({"other": "all"}, {"term": param})["term"]
    db.execute("SELECT * FROM t WHERE name = '" + later + "'")  # want: PY-SQLI
    return "ok"


@app.route("/reduce")
def reduced():
    param = request.args["q"]
    kept = functools.reduce(lambda acc, s: acc, ["a-", param], "safe")
    db.execute("SELECT * FROM t WHERE name = '" + kept + "'")  # safe: PY-SQLI (the accumulator is kept)
    joined = functools.reduce(lambda acc, s: acc + s, ["a-", param], "")
    db.execute("SELECT * FROM t WHERE name = '" + joined + "'")  # want: PY-SQLI
    return "ok"


@app.route("/map")
def mapped():
    param = request.args["q"]
    alnum = "".join(map(lambda ch: ch if ch.isalnum() else "", param))
    db.execute("SELECT * FROM t WHERE name = '" + alnum + "'")  # safe: PY-SQLI (letters and digits only)
    upper = "".join(map(lambda ch: ch.upper(), param))
    db.execute("SELECT * FROM t WHERE name = '" + upper + "'")  # want: PY-SQLI
    quoted = list(map(lambda s: s.replace("'", "''"), ["a", param]))
    db.execute("SELECT * FROM t WHERE name = '" + quoted[0] + "'")  # safe: PY-SQLI
    return "ok"
