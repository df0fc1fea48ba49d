# SQLi FALSE: fetch() on an object of a project that does not use asyncpg
# is no SQL sink (a feed reader), even with a SQL library imported
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/feed")
def feed():
    reader = app.config["READER"]
    items = reader.fetch("news/" + request.args.get("topic", "all"))
    conn = sqlite3.connect("app.db")
    conn.execute("INSERT INTO seen (n) VALUES (?)", (len(items),))
    return {"items": items}
