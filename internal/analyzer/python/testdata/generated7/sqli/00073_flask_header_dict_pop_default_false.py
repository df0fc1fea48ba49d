# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=header shape=dict_pop_default sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00073", methods=["GET", "POST"])
def case_00073():
    param = request.headers.get("X-Query", "")
    d = {"a": param}
    bar = d.pop("b", "none")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
