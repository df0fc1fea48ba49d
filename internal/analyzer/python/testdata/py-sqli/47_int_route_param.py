# SQLi FALSE: <int:order_id> route parameter is an integer, so formatting it into SQL is safe
import sqlite3

from flask import Flask, abort, jsonify

app = Flask(__name__)


@app.route("/orders/<int:order_id>")
def order_detail(order_id):
    conn = sqlite3.connect("orders.db")
    row = conn.execute(f"SELECT id, total, status FROM orders WHERE id = {order_id}").fetchone()
    if row is None:
        abort(404)
    return jsonify(id=row[0], total=row[1], status=row[2])
