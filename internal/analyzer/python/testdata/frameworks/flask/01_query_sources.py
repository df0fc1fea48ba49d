# Flask sources: request.args, request.values and request.view_args into SQL / command sinks
import os
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/a")
def from_args():
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM t WHERE name = '" + request.args["name"] + "'").fetchall())  # want: PY-SQLI


@app.route("/b", methods=["GET", "POST"])
def from_values():
    target = request.values.get("target", "localhost")
    return jsonify(rc=os.system("ping -c 1 " + target))  # want: PY-CMDI


@app.route("/c/<slug>")
def from_view_args(slug):
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute(f"SELECT * FROM pages WHERE slug = '{request.view_args['slug']}'").fetchall())  # want: PY-SQLI
