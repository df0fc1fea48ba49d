# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=percent_dict_mapping expected=true
import sqlite3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_percent_dict_mapping", methods=["GET", "POST"])
def case_percent_dict_mapping():
    param = request.form.get("q", "")
    sql = "SELECT * FROM users WHERE email = '%(email)s'" % {"email": param, "unused": 1}
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(rows))
