# SQLi: string route parameter (<slug>) concatenated into the SQL statement
import sqlite3

from flask import Flask, abort, jsonify

app = Flask(__name__)


@app.route("/blog/<slug>")
def blog_post(slug):
    conn = sqlite3.connect("blog.db")
    cur = conn.cursor()
    cur.execute("SELECT title, body FROM posts WHERE slug = '" + slug + "'")  # want: PY-SQLI
    post = cur.fetchone()
    if post is None:
        abort(404)
    return jsonify(title=post[0], body=post[1])
