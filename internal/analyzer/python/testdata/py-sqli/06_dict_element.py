# SQLi: tainted sort column stored in a dict of listing options and read back into ORDER BY
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/listings")
def listings():
    options = {
        "sort": request.args.get("sort", "created_at"),
        "limit": 20,
    }
    conn = sqlite3.connect("listings.db")
    cur = conn.cursor()
    cur.execute("SELECT id, title FROM listings ORDER BY %s LIMIT %d" % (options["sort"], options["limit"]))  # want: PY-SQLI
    return jsonify(cur.fetchall())
