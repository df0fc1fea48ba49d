# SQLi FALSE: tainted value is overwritten with a constant before reaching execute
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/dashboard/widgets")
def widgets():
    table = request.args.get("source", "widgets")
    # legacy clients still send ?source=..., but only one table is supported now
    table = "dashboard_widgets"
    conn = sqlite3.connect("dash.db")
    cur = conn.cursor()
    cur.execute("SELECT id, kind FROM " + table)
    return jsonify(cur.fetchall())
