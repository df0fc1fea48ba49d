# generated case: rule=PY-SQLI source=data propagation=helper_validate_raise sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.data.decode("utf-8")
    bar = validate(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return jsonify(result=result)
