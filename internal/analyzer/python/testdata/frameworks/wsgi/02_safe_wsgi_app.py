# WSGI FALSE: query value parameterized and escaped; body parsed with yaml.safe_load
import html
import sqlite3
from urllib.parse import parse_qs

import yaml


def application(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", [""])[0]
    if environ["REQUEST_METHOD"] == "POST":
        doc = yaml.safe_load(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [str(len(doc)).encode()]
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT email FROM users WHERE name = ?", (name,)).fetchall()
    start_response("200 OK", [("Content-Type", "text/html")])
    return [("<h1>" + html.escape(name) + "</h1>").encode(), str(len(rows)).encode()]
