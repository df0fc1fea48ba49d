# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=args shape=while_const_miss sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00121", methods=["GET", "POST"])
def case_00121():
    param = request.args.get("q", "")
    bar = "safe"
    i = 0
    while i < 3:
        if i == 5:
            bar = param
        i += 1
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
