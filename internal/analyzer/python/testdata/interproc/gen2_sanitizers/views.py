# gen2_sanitizers: each view uses a sanitizer from validators.py (false) or a plain trim (true)
import sqlite3

import requests
from flask import Flask, jsonify, request

from gen2_sanitizers.validators import clean_html, clean_id, clean_name, only_alnum, pick_host, trim

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/proxy")
def proxy():
    resp = requests.get(pick_host(request.args.get("h", "")), proxies=PROXIES, timeout=5)  # safe: PY-SSRF
    return jsonify(status=resp.status_code)


@app.route("/proxy-raw")
def proxy_raw():
    resp = requests.get(trim(request.args.get("url", "")), proxies=PROXIES, timeout=5)  # want: PY-SSRF
    return jsonify(status=resp.status_code)


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT name FROM users WHERE id = " + clean_id(request.args.get("id", "0"))).fetchall())  # safe: PY-SQLI


@app.route("/user-raw")
def user_raw():
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT name FROM users WHERE id = " + trim(request.args.get("id", "0"))).fetchall())  # want: PY-SQLI


@app.route("/hello")
def hello():
    return "<p>Hello " + clean_html(request.args.get("name", "")) + "</p>"  # safe: PY-XSS


@app.route("/hello-raw")
def hello_raw():
    return "<p>Hello " + trim(request.args.get("name", "")) + "</p>"  # want: PY-XSS


@app.route("/doc")
def doc():
    with open("/srv/docs/" + clean_name(request.args.get("f", ""))) as fh:  # safe: PY-PATH-TRAVERSAL
        return jsonify(size=len(fh.read()))


@app.route("/calc")
def calc():
    return jsonify(value=str(eval(only_alnum(request.args.get("expr", "0")))))  # safe: PY-CODE-INJECTION


@app.route("/calc-raw")
def calc_raw():
    return jsonify(value=str(eval(trim(request.args.get("expr", "0")))))  # want: PY-CODE-INJECTION
