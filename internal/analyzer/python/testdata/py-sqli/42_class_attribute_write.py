# py-sqli: a class attribute assigned through the class is what its instances read, here and in other functions
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class Settings:
    term = "default"
    order = "name"


def db():
    return sqlite3.connect("shop.db")


@app.route("/set")
def set_term():
    Settings.term = request.args["term"]
    bar = Settings().term
    return {"rows": db().execute("SELECT id FROM items WHERE name = '%s'" % bar).fetchall()}  # want: PY-SQLI


@app.route("/later")
def read_later():
    return {"rows": db().execute("SELECT id FROM items WHERE name = '%s'" % Settings().term).fetchall()}  # want: PY-SQLI


@app.route("/order")
def other_attribute():
    return {"rows": db().execute("SELECT id FROM items ORDER BY " + Settings.order).fetchall()}  # safe: PY-SQLI
