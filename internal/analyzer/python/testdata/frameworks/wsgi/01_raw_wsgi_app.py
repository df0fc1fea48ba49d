# WSGI: environ["QUERY_STRING"], environ["PATH_INFO"] and environ["wsgi.input"] are sources in a raw WSGI app
import sqlite3
from urllib.parse import parse_qs

import yaml


def application(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", [""])[0]
    conn = sqlite3.connect("app.db")
    if environ["REQUEST_METHOD"] == "POST":
        size = int(environ.get("CONTENT_LENGTH") or 0)
        doc = yaml.load(environ["wsgi.input"].read(size), Loader=yaml.FullLoader)  # want: PY-DESERIALIZATION
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [str(len(doc)).encode()]
    rows = conn.execute("SELECT email FROM users WHERE name = '%s'" % name).fetchall()  # want: PY-SQLI
    start_response("200 OK", [("Content-Type", "text/html")])
    return [("<h1>" + name + "</h1>").encode(), str(len(rows)).encode()]  # want: PY-XSS
