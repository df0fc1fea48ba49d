# generated case: rule=PY-SQLI source=routeparam propagation=guard_then_reassign sink=v1 expected=true
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/sqli/<p>")
def handle_sqli(p):
    param = p
    bar = param
    if bar not in ALLOWED:
        abort(400)
    bar = param + "-v2"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
