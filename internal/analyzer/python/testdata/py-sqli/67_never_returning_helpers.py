# py-sqli: a helper that always raises or aborts ends the path that calls
# it; one that raises only sometimes does not, and neither does a method
# that raises NotImplementedError (a subclass may override it).
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


def deny(reason):
    raise PermissionError(reason)


def reject():
    abort(403)


def check(name):
    if not name.isalnum():
        raise ValueError(name)


class Gate:
    def enforce(self):
        raise NotImplementedError


@app.route("/denied")
def denied():
    name = request.args.get("n", "")
    deny("raw search disabled")
    return str(sqlite3.connect("app.db").execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())  # safe: never runs


@app.route("/rejected")
def rejected():
    name = request.args.get("n", "")
    reject()
    return str(sqlite3.connect("app.db").execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())  # safe: never runs


@app.route("/checked-elsewhere")
def checked_elsewhere():
    name = request.args.get("n", "")
    check(request.args.get("other", ""))
    return str(sqlite3.connect("app.db").execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())  # want: PY-SQLI


@app.route("/abstract")
def abstract():
    name = request.args.get("n", "")
    Gate().enforce()
    return str(sqlite3.connect("app.db").execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())  # want: PY-SQLI
