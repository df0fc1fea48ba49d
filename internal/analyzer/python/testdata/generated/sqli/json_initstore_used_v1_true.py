# generated case: rule=PY-SQLI source=json propagation=initstore_used sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.get_json()["p"]
    holder = Holder(param)
    bar = holder.value()
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
