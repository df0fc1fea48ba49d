# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=string_template_substitute expected=true
import sqlite3
import string
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_string_template_substitute", methods=["GET", "POST"])
def case_string_template_substitute():
    param = request.form.get("q", "")
    sql = string.Template("SELECT * FROM users WHERE name = '$name'").substitute(name=param)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(rows))
