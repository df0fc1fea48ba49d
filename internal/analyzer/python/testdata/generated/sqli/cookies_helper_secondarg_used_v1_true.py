# generated case: rule=PY-SQLI source=cookies propagation=helper_secondarg_used sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def pick(first, second):
    return second


@app.route("/sqli")
def handle_sqli():
    param = request.cookies.get("p", "")
    bar = pick("fixed", param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
