# generated case: rule=PY-SQLI source=form propagation=listcomp_digits sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.form["p"]
    bar = "".join([c for c in param if c.isdigit()])
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
