# generated case: rule=PY-SQLI source=json propagation=flagcompare_const sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.get_json()["p"]
    flag = "yes"
    if flag == "no":
        bar = param
    else:
        bar = "safe"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
