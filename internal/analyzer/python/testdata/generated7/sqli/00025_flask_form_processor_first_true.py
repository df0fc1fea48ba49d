# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=form shape=processor_first sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Processor:
    def __init__(self, raw):
        self.raw = raw
        self.parts = []

    def split(self):
        self.parts = self.raw.split(",")
        return self

    def first(self):
        return self.parts[0]

    def count(self):
        return str(len(self.parts))


@app.route("/case-00025", methods=["POST"])
def case_00025():
    param = request.form.get("q", "")
    bar = Processor(param).split().first()
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
