# interproc/wrapping: Flask views calling the decorated helpers with request data
import sqlite3

from flask import Flask, jsonify, request

from .helpers import order_clause, order_clause_other, passthrough, plain, sort_column, trimmed, where_clause

app = Flask(__name__)


def run(sql):
    conn = sqlite3.connect("app.db")
    return conn.execute(sql).fetchall()


@app.route("/order")
def order():
    clause = order_clause(oid=request.args["oid"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE " + clause).fetchall())  # safe: PY-SQLI (int() in the decorator)


@app.route("/order-note")
def order_note():
    clause = order_clause_other(oid=request.args["oid"], note=request.args["note"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE " + clause).fetchall())  # want: PY-SQLI


@app.route("/sorted")
def sorted_orders():
    column = sort_column(request.args["sort"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders ORDER BY " + column).fetchall())  # safe: PY-SQLI (allow-list in the decorator)


@app.route("/logged")
def logged_orders():
    status = passthrough(request.args["status"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE status = '" + status + "'").fetchall())  # want: PY-SQLI


@app.route("/trimmed")
def trimmed_orders():
    status = trimmed(request.args["status"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE status = '" + status + "'").fetchall())  # want: PY-SQLI


@app.route("/registered")
def registered_orders():
    status = plain(request.args["status"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE status = '" + status + "'").fetchall())  # want: PY-SQLI


@app.route("/rotated")
def rotated_orders():
    # the wrapper rotates once: where_clause(column=request..., value="x", other=...)
    clause = where_clause("x", "y", request.args["col"])
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE " + clause).fetchall())  # want: PY-SQLI


@app.route("/rotated-safe")
def rotated_safe():
    # the input lands in other, which the body ignores
    clause = where_clause(request.args["other"], "status", "open")
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM orders WHERE " + clause).fetchall())
