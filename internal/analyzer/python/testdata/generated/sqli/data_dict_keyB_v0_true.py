# generated case: rule=PY-SQLI source=data propagation=dict_keyB sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.data.decode("utf-8")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=result)
