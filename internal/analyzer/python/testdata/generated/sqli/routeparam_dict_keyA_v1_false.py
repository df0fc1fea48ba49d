# generated case: rule=PY-SQLI source=routeparam propagation=dict_keyA sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli/<p>")
def handle_sqli(p):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
