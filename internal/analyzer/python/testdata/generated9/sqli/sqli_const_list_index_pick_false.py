# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=const_list_index_pick expected=false
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

COLUMNS = ["name", "email", "created"]


@app.route("/sqli_const_list_index_pick", methods=["GET", "POST"])
def case_const_list_index_pick():
    param = request.args.get("q", "")
    col = COLUMNS[COLUMNS.index(param)] if param in COLUMNS else "name"
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT * FROM users ORDER BY " + col).fetchall()
    return jsonify(result=str(rows))
