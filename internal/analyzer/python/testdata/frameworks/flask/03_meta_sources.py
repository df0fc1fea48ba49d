# Flask sources: cookies, headers, files, full_path and url into path / redirect / SQL sinks; request.path appended after a constant host is safe
import os
import sqlite3

from flask import Flask, Response, jsonify, redirect, request

app = Flask(__name__)


@app.route("/cookie")
def from_cookie():
    with open("/srv/themes/" + request.cookies.get("theme", "light") + ".css") as fh:  # want: PY-PATH-TRAVERSAL
        return Response(fh.read(), mimetype="text/css")


@app.route("/header")
def from_header():
    tenant = request.headers.get("X-Tenant", "public")
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM settings WHERE tenant = '" + tenant + "'").fetchall())  # want: PY-SQLI


@app.route("/upload", methods=["POST"])
def from_files():
    up = request.files["file"]
    up.save(os.path.join("/srv/uploads", up.filename))  # want: PY-PATH-TRAVERSAL
    return jsonify(ok=True)


@app.route("/legacy/<path:rest>")
def from_path(rest):
    return redirect("https://new.example.com" + request.path)


@app.route("/old-search")
def from_full_path():
    target = request.full_path.partition("?to=")[2]
    return redirect(target)  # want: PY-OPEN-REDIRECT


@app.route("/mirror")
def from_url():
    conn = sqlite3.connect("app.db")
    conn.execute("INSERT INTO hits (url) VALUES ('" + request.url + "')")  # want: PY-SQLI
    return jsonify(ok=True)
