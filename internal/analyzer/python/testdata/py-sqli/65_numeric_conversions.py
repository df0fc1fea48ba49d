# py-sqli: values converted to numbers or dates in bulk (map(int, ...), strptime) are not text any more
import sqlite3
from datetime import datetime

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/ids")
def ids():
    numbers = list(map(int, request.args["ids"].split(",")))
    db.execute("SELECT * FROM t WHERE id IN (" + ",".join(map(str, numbers)) + ")")
    total = sum(map(ord, request.args["q"]))
    db.execute("SELECT * FROM t WHERE id = " + str(total))
    return "ok"


@app.route("/names")
def names():
    parts = list(map(str.strip, request.args["names"].split(",")))
    db.execute("SELECT * FROM t WHERE name IN ('" + "','".join(parts) + "')")  # want: PY-SQLI
    return "ok"


@app.route("/since")
def since():
    day = datetime.strptime(request.args["since"], "%Y-%m-%d")
    db.execute("SELECT * FROM t WHERE created > '" + day.strftime("%Y-%m-%d") + "'")
    return "ok"
