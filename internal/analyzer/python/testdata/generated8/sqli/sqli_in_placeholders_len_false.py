# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=in_placeholders_len expected=false
import sqlite3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_in_placeholders_len", methods=["GET", "POST"])
def case_in_placeholders_len():
    param = (request.get_json(silent=True) or {}).get("q", "")
    ids = request.args.getlist("id")
    marks = ",".join("?" for _ in ids)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(f"SELECT * FROM products WHERE id IN ({marks})", ids).fetchall()
    return jsonify(result=str([param, rows]))
