# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=values shape=query_built_in_helper_bound sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def build_where(name):
    return "SELECT id FROM products WHERE name = ?", [name]


@app.route("/case-00226", methods=["GET", "POST"])
def case_00226():
    param = request.values.get("q", "")
    bar = param
    conn = sqlite3.connect("shop.db")
    sql, args = build_where(bar)
    rows = conn.execute(sql, args).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
