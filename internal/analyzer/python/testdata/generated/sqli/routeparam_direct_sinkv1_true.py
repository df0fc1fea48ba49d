# generated case: rule=PY-SQLI source=routeparam propagation=direct sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli/<p>")
def handle_sqli(p):
    param = p
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
