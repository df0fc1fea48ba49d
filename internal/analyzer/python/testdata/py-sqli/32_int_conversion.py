# SQLi FALSE: page and page size converted with int() before being formatted into LIMIT/OFFSET
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/news")
def news():
    page = int(request.args.get("page", "1"))
    size = int(request.args.get("size", "20"))
    offset = (page - 1) * size
    conn = sqlite3.connect("news.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id, headline FROM news ORDER BY published DESC LIMIT {size} OFFSET {offset}")
    return jsonify(cur.fetchall())
