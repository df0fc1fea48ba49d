# generated case: rule=PY-SQLI source=json propagation=guard_and_len sink=v1 expected=true
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.get_json()["p"]
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        abort(400)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
