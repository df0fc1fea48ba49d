# generated case: rule=PY-SQLI source=data propagation=initstore_default sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.data.decode("utf-8")
    holder = Holder(param)
    bar = holder.default()
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return jsonify(result=result)
