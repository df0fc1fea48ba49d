# SQLi: route parameter of a view wrapped in a custom timing decorator flows into execute
import functools
import logging
import sqlite3
import time

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


def timed(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return view(*args, **kwargs)
        finally:
            log.info("%s took %.3fs", view.__name__, time.monotonic() - start)
    return wrapper


@app.route("/profile/<username>")
@timed
def profile(username):
    conn = sqlite3.connect("users.db")
    row = conn.execute("SELECT id, bio FROM profiles WHERE username = '%s'" % username).fetchone()  # want: PY-SQLI
    return jsonify({"id": row[0], "bio": row[1]} if row else {})
