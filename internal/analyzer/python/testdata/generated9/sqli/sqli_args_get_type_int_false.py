# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=args_get_type_int expected=false
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_args_get_type_int")
def case_args_get_type_int():
    n = request.args.get("n", default=0, type=int)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT * FROM items WHERE id = {n}").fetchall()
    return jsonify(result=str(rows))
