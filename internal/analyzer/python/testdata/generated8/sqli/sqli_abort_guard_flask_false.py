# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=abort_guard_flask expected=false
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/sqli_abort_guard_flask")
def case_abort_guard_flask():
    order_id = request.args.get("id", "")
    if not order_id.isdigit():
        abort(400)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM orders WHERE id = " + order_id).fetchall()
    return jsonify(rows=rows)
