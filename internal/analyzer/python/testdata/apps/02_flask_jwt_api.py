# App: a Flask JSON API with JWT authentication, flaws and safe twins side by side
import datetime
import os
import sqlite3

import jwt
import requests
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]
PROXIES = {"https": os.environ.get("EGRESS_PROXY", "http://proxy.internal:3128")}
ALLOWED_WEBHOOK_HOSTS = {"hooks.partner.example.com"}


def db():
    return sqlite3.connect("/srv/api/api.db")


def current_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(header[7:], SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        abort(401)
    return claims


def legacy_user():
    token = request.headers.get("X-Legacy-Token", "")
    return jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY


@app.route("/api/login", methods=["POST"])
def login():
    data = request.get_json(force=True)
    row = db().execute("SELECT id, role FROM users WHERE name = ? AND active = 1", (data.get("name", ""),)).fetchone()
    if row is None:
        app.logger.warning("unknown user %s", data.get("name", ""))
        return jsonify(error="invalid"), 401
    token = jwt.encode({"sub": row[0], "role": row[1], "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}, SECRET, algorithm="HS256")
    return jsonify(token=token)


@app.route("/api/orders")
def orders():
    user = current_user()
    status = request.args.get("status", "open")
    rows = db().execute("SELECT id, total FROM orders WHERE user_id = ? AND status = '" + status + "'", (user["sub"],)).fetchall()  # want: PY-SQLI
    return jsonify(rows)


@app.route("/api/orders/<int:order_id>")
def order(order_id):
    user = current_user()
    rows = db().execute(f"SELECT id, total FROM orders WHERE id = {order_id} AND user_id = ?", (user["sub"],)).fetchall()
    return jsonify(rows)


@app.route("/api/sort")
def sorted_orders():
    current_user()
    column = request.args.get("by", "id")
    if column not in {"id", "total", "created_at"}:
        abort(400)
    rows = db().execute(f"SELECT id, total FROM orders ORDER BY {column}").fetchall()
    return jsonify(rows)


@app.route("/api/webhook/test", methods=["POST"])
def webhook_test():
    current_user()
    url = request.get_json(force=True).get("url", "")
    resp = requests.post(url, json={"ping": True}, timeout=5, proxies=PROXIES)  # want: PY-SSRF
    return jsonify(status=resp.status_code)


@app.route("/api/webhook/send", methods=["POST"])
def webhook_send():
    current_user()
    url = request.get_json(force=True).get("url", "")
    from urllib.parse import urlparse
    if urlparse(url).hostname not in ALLOWED_WEBHOOK_HOSTS:
        abort(400)
    resp = requests.post(url, json={"event": "test"}, timeout=5, proxies=PROXIES)
    return jsonify(status=resp.status_code)


@app.route("/api/greeting")
def greeting():
    name = request.args.get("name", "")
    return jsonify(message="Hello " + name)
