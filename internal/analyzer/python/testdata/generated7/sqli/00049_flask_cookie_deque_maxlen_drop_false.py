# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=cookie shape=deque_maxlen_drop sink=v0 expected=false
import collections
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00049", methods=["GET", "POST"])
def case_00049():
    param = request.cookies.get("q", "none")
    recent = collections.deque([param, "a", "b"], maxlen=2)
    bar = recent[0]
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
