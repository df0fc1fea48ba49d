# SQLi FALSE: dict stores the tainted value under "a" but the query reads the constant under "b"
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/regions")
def regions():
    param = request.args.get("region", "")
    m = {"a": param, "b": "EMEA"}
    bar = m["b"]
    conn = sqlite3.connect("sales.db")
    cur = conn.cursor()
    cur.execute("SELECT SUM(amount) FROM sales WHERE region = '" + bar + "'")
    return jsonify(cur.fetchone())
