# generated case: rule=PY-SQLI source=values propagation=helper_secondarg sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def pick(first, second):
    return first


@app.route("/sqli")
def handle_sqli():
    param = request.values.get("p", "")
    bar = pick("fixed", param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return jsonify(result=result)
