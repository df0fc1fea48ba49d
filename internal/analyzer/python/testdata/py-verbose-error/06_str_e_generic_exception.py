# Verbose error: raw str(e) of an unexpected exception (e.g. DB driver error with SQL and paths) returned to the client
import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/stats")
def stats():
    try:
        conn = sqlite3.connect("/srv/data/stats.db")
        return jsonify(conn.execute("SELECT COUNT(*) FROM visits").fetchone())
    except Exception as e:
        return jsonify({"error": str(e)}), 500  # want: PY-VERBOSE-ERROR
