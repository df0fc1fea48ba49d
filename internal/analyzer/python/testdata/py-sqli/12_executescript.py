# SQLi: tenant name from an admin form used to build a multi-statement script run with executescript
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tenants", methods=["POST"])
def create_tenant():
    tenant = request.form["tenant"]
    script = (
        f"CREATE TABLE IF NOT EXISTS {tenant}_users (id INTEGER PRIMARY KEY, email TEXT);"
        f"CREATE TABLE IF NOT EXISTS {tenant}_orders (id INTEGER PRIMARY KEY, total REAL);"
    )
    conn = sqlite3.connect("tenants.db")
    conn.executescript(script)  # want: PY-SQLI
    return jsonify(created=True)
