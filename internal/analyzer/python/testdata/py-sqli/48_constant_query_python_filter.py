# SQLi FALSE: constant SQL; the request value is only used to filter rows in Python
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/faq")
def faq():
    needle = request.args.get("q", "").lower()
    conn = sqlite3.connect("help.db")
    cur = conn.cursor()
    cur.execute("SELECT question, answer FROM faq WHERE published = 1")
    hits = [row for row in cur.fetchall() if needle in row[0].lower()]
    return jsonify(hits)
