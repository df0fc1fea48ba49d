# gen2_decorated: decorated Flask views with sinks in the view body
import sqlite3

from flask import Flask, jsonify, request

from .decorators import audited

app = Flask(__name__)


@app.route("/orders")
@audited
def orders():
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM orders WHERE status = '" + request.args.get("s", "") + "'").fetchall()  # want: PY-SQLI
    return jsonify(rows)


@app.route("/orders/<int:oid>")
@audited
def order(oid):
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE id = {oid}").fetchall()  # safe: PY-SQLI
    return jsonify(rows)


@app.route("/greet")
@audited
def greet():
    return "<p>Hi " + request.args.get("name", "") + "</p>"  # want: PY-XSS
