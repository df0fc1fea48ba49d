# SQLi FALSE: the branch condition is a constant expression ((7 * 42) - 86 = 208 > 200), so only the safe assignment runs
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    param = request.args.get("name", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    conn = sqlite3.connect("users.db")
    cur = conn.cursor()
    cur.execute("SELECT id FROM users WHERE username = '" + bar + "'")
    return jsonify(cur.fetchall())
