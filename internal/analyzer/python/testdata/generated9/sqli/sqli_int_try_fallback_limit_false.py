# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=int_try_fallback_limit expected=false
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_int_try_fallback_limit", methods=["GET", "POST"])
def case_int_try_fallback_limit():
    param = request.cookies.get("q", "")
    try:
        limit = int(param)
    except ValueError:
        limit = 10
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT * FROM users LIMIT {limit}").fetchall()
    return jsonify(result=str(rows))
