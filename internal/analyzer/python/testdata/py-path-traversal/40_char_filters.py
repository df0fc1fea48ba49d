# py-path-traversal and others: re.sub character filters, judged by what the kept characters mean to each sink
import os
import re
import sqlite3
import subprocess

import requests
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/files"
SAFE_NAME = re.compile(r"[^a-z0-9_-]")


@app.route("/file")
def file_dots():
    name = re.sub(r"[^A-Za-z0-9.]", "", request.args["name"])
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


@app.route("/file2")
def file_plain():
    name = SAFE_NAME.sub("", request.args["name"])
    return send_file(os.path.join(BASE, name))  # safe: PY-PATH-TRAVERSAL (letters, digits, _ and - only)


@app.route("/host")
def host_dots():
    host = re.sub(r"[^a-z0-9.\-]", "", request.args["host"])
    return subprocess.run("ping -c 1 " + host, shell=True, capture_output=True).stdout  # safe: PY-CMDI (dots and dashes mean nothing to a shell)


@app.route("/fetch")
def fetch_dots():
    host = re.sub(r"[^a-z0-9.\-]", "", request.args["host"])
    return requests.get("https://" + host + "/status").text  # want: PY-SSRF PY-HTTP-NO-PROXY


@app.route("/search")
def search_spaces():
    term = re.sub(r"[^A-Za-z0-9 ]", "", request.args["q"])
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM items WHERE rank > " + term).fetchall()  # want: PY-SQLI
    return {"rows": rows}


@app.route("/search2")
def search_words():
    term = re.sub(r"[^A-Za-z0-9_]+", "_", request.args["q"])
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM items WHERE tag = '" + term + "'").fetchall()  # safe: PY-SQLI
    return {"rows": rows}


@app.route("/quotes")
def keeps_quote():
    term = re.sub(r"[^A-Za-z0-9']", "", request.args["q"])
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM items WHERE tag = '" + term + "'").fetchall()  # want: PY-SQLI
    return {"rows": rows}


@app.route("/unicode")
def word_class():
    term = re.sub(r"[^\w]", "", request.args["q"])
    subprocess.run("grep " + term + " /srv/index", shell=True)  # want: PY-CMDI
    return "ok"
