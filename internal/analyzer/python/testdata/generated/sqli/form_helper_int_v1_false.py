# generated case: rule=PY-SQLI source=form propagation=helper_int sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    return str(int(value))


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.form["p"]
    bar = do_something(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
