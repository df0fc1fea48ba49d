# generated case: rule=PY-SQLI source=values propagation=percent sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.values.get("p", "")
    bar = "%s" % param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=result)
