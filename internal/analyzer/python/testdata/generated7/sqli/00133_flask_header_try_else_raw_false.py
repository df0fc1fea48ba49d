# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=header shape=try_else_raw sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00133", methods=["GET", "POST"])
def case_00133():
    param = request.headers.get("X-Query", "")
    try:
        n = int(param)
    except ValueError:
        bar = "0"
    else:
        bar = param
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
