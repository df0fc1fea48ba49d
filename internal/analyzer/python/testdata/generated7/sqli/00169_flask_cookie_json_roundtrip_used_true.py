# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=cookie shape=json_roundtrip_used sink=v0 expected=true
import json
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00169", methods=["GET", "POST"])
def case_00169():
    param = request.cookies.get("q", "none")
    blob = json.dumps({"q": param, "m": "x"})
    bar = json.loads(blob)["q"]
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
