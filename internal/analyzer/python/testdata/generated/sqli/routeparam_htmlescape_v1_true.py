# generated case: rule=PY-SQLI source=routeparam propagation=htmlescape sink=v1 expected=true
import html
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli/<p>")
def handle_sqli(p):
    param = p
    bar = html.escape(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
