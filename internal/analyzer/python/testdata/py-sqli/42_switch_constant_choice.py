# SQLi FALSE: dict-based dispatch indexed with a constant key selects the constant value
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/plans")
def plans():
    param = request.args.get("plan", "")
    choice = "B"
    bar = {"A": param, "B": "basic", "C": "premium"}[choice]
    conn = sqlite3.connect("billing.db")
    cur = conn.cursor()
    cur.execute("SELECT price FROM plans WHERE code = '%s'" % bar)
    return jsonify(cur.fetchone())
