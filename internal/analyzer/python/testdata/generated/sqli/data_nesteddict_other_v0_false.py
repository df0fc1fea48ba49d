# generated case: rule=PY-SQLI source=data propagation=nesteddict_other sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.data.decode("utf-8")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return jsonify(result=result)
