# generated case: rule=PY-SQLI source=routeparam propagation=startswith_choice sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli/<p>")
def handle_sqli(p):
    param = p
    bar = "yes" if param.startswith("a") else "no"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
