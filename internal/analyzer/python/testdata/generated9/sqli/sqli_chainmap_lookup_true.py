# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=chainmap_lookup expected=true
import collections
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/sqli_chainmap_lookup", methods=["GET", "POST"])
def case_chainmap_lookup():
    param = request.values.get("q", "")
    cfg = collections.ChainMap({"q": param}, {"q": "guest", "limit": "10"})
    sql = "SELECT * FROM users WHERE name = '" + cfg["q"] + "' LIMIT " + cfg["limit"]
    conn = sqlite3.connect("app.db")
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(rows))
