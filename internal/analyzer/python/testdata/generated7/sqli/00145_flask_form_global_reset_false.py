# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=form shape=global_reset sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


CURRENT = "default"


def set_current(value):
    global CURRENT
    CURRENT = value


@app.route("/case-00145", methods=["POST"])
def case_00145():
    param = request.form.get("q", "")
    set_current(param)
    set_current("reset")
    bar = CURRENT
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE name = '" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
