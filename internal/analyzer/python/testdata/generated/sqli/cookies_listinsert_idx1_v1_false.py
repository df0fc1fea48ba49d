# generated case: rule=PY-SQLI source=cookies propagation=listinsert_idx1 sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.cookies.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
