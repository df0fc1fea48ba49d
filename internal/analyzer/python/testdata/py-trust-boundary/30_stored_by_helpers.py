# py-trust-boundary and py-sqli: what a helper stores into a container its parameter or self holds reaches the caller's container
import sqlite3

from flask import Flask, request, session

app = Flask(__name__)
db = sqlite3.connect("app.db")


def remember(store, key, value):
    store[key] = value


def collect(bucket, value):
    bucket.append(value)


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")


@app.route("/remember")
def remember_view():
    remember(session, "last_query", request.args["q"])  # want: PY-TRUST-BOUNDARY
    remember(session, "visits", 1)
    return "ok"


@app.route("/collect")
def collect_view():
    names = []
    collect(names, request.args["q"])
    db.execute("SELECT * FROM t WHERE name = '" + names[0] + "'")  # want: PY-SQLI
    kept = []
    collect(kept, "static")
    db.execute("SELECT * FROM t WHERE name = '" + kept[0] + "'")
    return "ok"


@app.route("/store")
def store_view():
    store = RequestStore()
    store.put("term", request.args["q"])
    db.execute("SELECT * FROM t WHERE name = '" + store.fetch("term") + "'")  # want: PY-SQLI
    quiet = RequestStore()
    quiet.put("term", "static")
    db.execute("SELECT * FROM t WHERE name = '" + quiet.fetch("term") + "'")
    return "ok"
