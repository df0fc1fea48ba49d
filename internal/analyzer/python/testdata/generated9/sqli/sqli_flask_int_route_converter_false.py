# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=flask_int_route_converter expected=false
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_flask_int_route_converter/<int:item_id>")
def case_flask_int_route_converter(item_id):
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT * FROM items WHERE id = {item_id}").fetchall()
    return jsonify(result=str(rows))
