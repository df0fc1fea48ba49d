# generated case: rule=PY-SQLI source=headers propagation=method_const sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "safe!"


@app.route("/sqli")
def handle_sqli():
    param = request.headers.get("X-P", "")
    bar = Thing().do_something(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return jsonify(result=result)
