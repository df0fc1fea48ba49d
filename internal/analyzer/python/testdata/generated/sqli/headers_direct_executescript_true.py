# generated case: rule=PY-SQLI source=headers propagation=direct sink=executescript expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.headers.get("X-P", "")
    bar = param
    conn = sqlite3.connect("app.db")
    conn.executescript("UPDATE users SET seen = 1 WHERE name = '" + bar + "';")  # want: PY-SQLI
    result = True
    return jsonify(result=result)
