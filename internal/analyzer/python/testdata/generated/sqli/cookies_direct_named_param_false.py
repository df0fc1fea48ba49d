# generated case: rule=PY-SQLI source=cookies propagation=direct sink=named_param expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.cookies.get("p", "")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT id FROM users WHERE name = :name", {"name": bar}).fetchall()
    return jsonify(result=result)
