# generated case: rule=PY-SQLI source=values propagation=direct sink=percent_quoted expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.values.get("p", "")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT id FROM users WHERE name = '%s'" % bar).fetchall()  # want: PY-SQLI
    return jsonify(result=result)
