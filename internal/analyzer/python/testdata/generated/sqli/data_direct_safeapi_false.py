# generated case: rule=PY-SQLI source=data propagation=direct sink=safe-api expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.data.decode("utf-8")
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = ?", (bar,))
    result = cur.fetchall()
    return jsonify(result=result)
