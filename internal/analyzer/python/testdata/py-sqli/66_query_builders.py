# py-sqli: helpers that return a query and its parameters as a tuple; each element keeps its own taint
import os
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


def build_where(name):
    return "SELECT id FROM users WHERE name = ?", (name,)


def build_raw(name):
    return "SELECT id FROM users WHERE name = '" + name + "'", ()


def split_pair(value):
    return "static", value


def first_of(*args):
    return args[0]


def forward(*args):
    return first_of(*args)


def choose(value, use_value=False):
    return value if use_value else "default"


@app.route("/where")
def where():
    sql, params = build_where(request.args["name"])
    db.execute(sql, params)
    db.execute(*build_where(request.args["name"]))
    return "ok"


@app.route("/raw")
def raw():
    sql, params = build_raw(request.args["name"])
    db.execute(sql, params)  # want: PY-SQLI
    return "ok"


@app.route("/pair")
def pair():
    head, tail = split_pair(request.args["name"])
    os.system("echo " + head)
    os.system("echo " + tail)  # want: PY-CMDI
    os.system("echo " + split_pair(request.args["name"])[0])
    return "ok"


@app.route("/forward")
def forwarded():
    os.system("echo " + forward("safe", request.args["name"]))
    os.system("echo " + forward(request.args["name"], "safe"))  # want: PY-CMDI
    return "ok"


@app.route("/defaults")
def defaults():
    os.system("echo " + choose(request.args["name"]))
    os.system("echo " + choose(request.args["name"], use_value=True))  # want: PY-CMDI
    return "ok"
