# generated case: rule=PY-SQLI source=cookies propagation=isdigit_guard sink=v1 expected=false
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.cookies.get("p", "")
    bar = param
    if not bar.isdigit():
        abort(400)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
