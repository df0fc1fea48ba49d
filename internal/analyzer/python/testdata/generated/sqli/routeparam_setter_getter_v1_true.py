# generated case: rule=PY-SQLI source=routeparam propagation=setter_getter sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.route("/sqli/<p>")
def handle_sqli(p):
    param = p
    store = Store()
    store.put(param)
    bar = store.take()
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
