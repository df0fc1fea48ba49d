# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=form shape=pandas_read_sql_params sink=specific expected=false
import pandas
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00223", methods=["POST"])
def case_00223():
    param = request.form.get("q", "")
    bar = param
    conn = sqlite3.connect("shop.db")
    frame = pandas.read_sql("SELECT * FROM products WHERE name = ?", conn, params=(bar,))
    result = len(frame)
    return jsonify(result=str(result))
