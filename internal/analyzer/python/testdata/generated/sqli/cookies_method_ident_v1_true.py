# generated case: rule=PY-SQLI source=cookies propagation=method_ident sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/sqli")
def handle_sqli():
    param = request.cookies.get("p", "")
    bar = Thing().do_something(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
