# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=form shape=fullmatch_guard_else sink=v0 expected=false
import re
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00205", methods=["POST"])
def case_00205():
    param = request.form.get("q", "")
    if re.fullmatch(r"[a-z]{1,12}", param):
        bar = param
    else:
        bar = "none"
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
