# SQLi: tainted comment text inserted inside a with/try block via connection.execute
import logging
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/posts/<int:post_id>/comments", methods=["POST"])
def add_comment(post_id):
    body = request.form.get("body", "")
    with sqlite3.connect("blog.db") as conn:
        try:
            conn.execute(f"INSERT INTO comments (post_id, body) VALUES ({post_id}, '{body}')")  # want: PY-SQLI
        except sqlite3.Error:
            log.exception("could not store comment")
            return jsonify(ok=False), 500
    return jsonify(ok=True), 201
