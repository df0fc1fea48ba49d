# generated case: rule=PY-SQLI source=json propagation=helper_constfold sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.get_json()["p"]
    bar = choose(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
