# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=len_of_input expected=false
import sqlite3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_len_of_input", methods=["GET", "POST"])
def case_len_of_input():
    param = (request.get_json(silent=True) or {}).get("q", "")
    limit = str(len(param))
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products LIMIT " + limit).fetchall()
    return jsonify(result=str(rows))
