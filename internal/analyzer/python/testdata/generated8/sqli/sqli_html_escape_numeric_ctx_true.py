# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=html_escape_numeric_ctx expected=true
import sqlite3
import html
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_html_escape_numeric_ctx", methods=["GET", "POST"])
def case_html_escape_numeric_ctx():
    param = request.args.get("q", "")
    bar = html.escape(param)
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, price FROM products WHERE id = " + bar)  # want: PY-SQLI
    return jsonify(result=str(cur.fetchall()))
