# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=args shape=store_fetch_key sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def describe(self):
        return "items: %d" % len(self.items)


@app.route("/case-00001", methods=["GET", "POST"])
def case_00001():
    param = request.args.get("q", "")
    store = RequestStore()
    store.put("term", param)
    store.put("mode", "basic")
    bar = store.fetch("term")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
