# SQLi FALSE: conditional expression whose condition is constant-false, so the tainted arm is never chosen
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/warehouse")
def warehouse():
    location = request.args.get("location", "")
    site = location if 3 * 5 > 40 else "main"
    conn = sqlite3.connect("inventory.db")
    rows = conn.execute(f"SELECT sku, qty FROM stock WHERE site = '{site}'").fetchall()
    return jsonify(rows)
