# Flask route parameters: default/string/path converters are tainted; int/float/uuid converters are safe
import os
import sqlite3

from flask import Flask, jsonify, send_file

app = Flask(__name__)


@app.route("/users/<name>")
def by_name(name):
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall())  # want: PY-SQLI


@app.route("/files/<path:subpath>")
def by_path(subpath):
    return send_file(os.path.join("/srv/files", subpath))  # want: PY-PATH-TRAVERSAL


@app.route("/tags/<string:tag>")
def by_tag(tag):
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM posts WHERE tag = '%s'" % tag).fetchall())  # want: PY-SQLI


@app.route("/orders/<int:order_id>")
def by_int(order_id):
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute(f"SELECT * FROM orders WHERE id = {order_id}").fetchall())


@app.route("/price/<float:amount>")
def by_float(amount):
    return jsonify(rc=os.system(f"/usr/local/bin/convert-currency {amount}"))


@app.route("/batches/<uuid:batch>")
def by_uuid(batch):
    return send_file(f"/srv/batches/{batch}.zip")
