# SQLi FALSE: the only tainted assignment sits in an `if False:` debugging branch that never executes
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DEBUG_RAW_FILTER = False


@app.route("/events")
def events():
    where = "kind = 'public'"
    if False:
        where = request.args.get("where", "1=1")
    conn = sqlite3.connect("events.db")
    rows = conn.execute("SELECT id, title FROM events WHERE " + where).fetchall()
    return jsonify(rows)
