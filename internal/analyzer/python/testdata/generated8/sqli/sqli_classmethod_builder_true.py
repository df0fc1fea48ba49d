# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=classmethod_builder expected=true
import sqlite3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

class Query:
    TABLE = "orders"

    def __init__(self, sql):
        self.sql = sql

    @classmethod
    def by_customer(cls, customer):
        return cls("SELECT * FROM " + cls.TABLE + " WHERE customer = '" + customer + "'")


@app.route("/sqli_classmethod_builder", methods=["GET", "POST"])
def case_classmethod_builder():
    param = request.headers.get("X-Q", "")
    q = Query.by_customer(param)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(q.sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(rows))
