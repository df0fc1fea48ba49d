# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=args shape=like_bound sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00217", methods=["GET", "POST"])
def case_00217():
    param = request.args.get("q", "")
    bar = param
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products WHERE name LIKE ?", ("%" + bar + "%",)).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
