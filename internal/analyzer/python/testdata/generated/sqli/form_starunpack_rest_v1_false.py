# generated case: rule=PY-SQLI source=form propagation=starunpack_rest sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.form["p"]
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
