# SQLi FALSE: tainted element is removed with pop(0); the remaining element read is a constant
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/archive")
def archive():
    param = request.args.get("year", "")
    values = ["2019", param, "2020"]
    values.pop(0)
    values.pop(0)
    bar = values[0]
    conn = sqlite3.connect("archive.db")
    cur = conn.cursor()
    cur.execute("SELECT id FROM docs WHERE year = '%s'" % bar)
    return jsonify(cur.fetchall())
