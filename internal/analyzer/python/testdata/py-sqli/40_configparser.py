# py-sqli and others: configparser sections tracked option by option
import configparser
import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def db():
    return sqlite3.connect("app.db")


@app.route("/used")
def option_from_input():
    cp = configparser.ConfigParser()
    cp.add_section("q")
    cp.set("q", "term", request.args["term"])
    cp.set("q", "mode", "basic")
    sql = "SELECT id FROM items WHERE name = '" + cp.get("q", "term") + "'"
    return {"rows": db().execute(sql).fetchall()}  # want: PY-SQLI


@app.route("/other")
def constant_option():
    cp = configparser.ConfigParser()
    cp.add_section("q")
    cp.set("q", "term", request.args["term"])
    cp.set("q", "mode", "basic")
    sql = "SELECT id FROM items WHERE mode = '" + cp.get("q", "MODE") + "'"
    return {"rows": db().execute(sql).fetchall()}  # safe: PY-SQLI (option names fold to lower case)


@app.route("/subscript")
def section_dict():
    cp = configparser.ConfigParser()
    cp["search"] = {"term": request.args["term"], "order": "name"}
    sql = "SELECT id FROM items ORDER BY " + cp["search"]["order"]
    return {"rows": db().execute(sql).fetchall()}  # safe: PY-SQLI


@app.route("/subscript-used")
def section_dict_used():
    cp = configparser.ConfigParser()
    cp["search"] = {"term": request.args["term"], "order": "name"}
    sql = "SELECT id FROM items WHERE name = '%s'" % cp["search"]["term"]
    return {"rows": db().execute(sql).fetchall()}  # want: PY-SQLI


@app.route("/read-string")
def read_from_input():
    cp = configparser.ConfigParser(interpolation=None)
    cp.read_string("[s]\nterm = " + request.args["term"] + "\n")
    sql = "SELECT id FROM items WHERE name = '" + cp.get("s", "term") + "'"
    return {"rows": db().execute(sql).fetchall()}  # want: PY-SQLI


@app.route("/number")
def getint_option():
    cp = configparser.ConfigParser()
    cp.read_dict({"page": {"size": request.args["size"]}})
    sql = "SELECT id FROM items LIMIT " + str(cp.getint("page", "size"))
    return {"rows": db().execute(sql).fetchall()}  # safe: PY-SQLI (a number)


@app.route("/default-section")
def default_section():
    cp = configparser.ConfigParser()
    cp.read_string("[DEFAULT]\norder = name\n[q]\n")
    cp.set("q", "term", request.args["term"])
    sql = "SELECT id FROM items ORDER BY " + cp.get("q", "order")
    return {"rows": db().execute(sql).fetchall()}  # safe: PY-SQLI (DEFAULT supplies the constant)


@app.route("/digest")
def digest_algorithm():
    cp = configparser.ConfigParser()
    cp.read_string("[hash]\nalgo = md5\n")
    return hashlib.new(cp["hash"]["algo"], request.args["v"].encode()).hexdigest()  # want: PY-WEAK-HASH


@app.route("/digest-strong")
def digest_strong():
    cp = configparser.ConfigParser()
    cp.read_string("[hash]\nalgo = sha256\n")
    return hashlib.new(cp["hash"]["algo"], request.args["v"].encode()).hexdigest()  # safe: PY-WEAK-HASH


@app.route("/case")
def option_case():
    cp = configparser.ConfigParser()
    cp["app"] = {"term": "x"}
    cp["app"]["TERM"] = request.args["term"]
    return {"rows": db().execute("SELECT id FROM items WHERE name = '" + cp.get("app", "term") + "'").fetchall()}  # want: PY-SQLI


@app.route("/profile")
def chosen_file():
    cp = configparser.ConfigParser()
    cp.read("/etc/shop/" + request.args["profile"] + ".ini")
    # The file's options are the server's, whoever chose the file.
    return {"rows": db().execute("SELECT id FROM items ORDER BY " + cp.get("q", "order")).fetchall()}  # safe: PY-SQLI


@app.route("/proxy-default")
def section_proxy_default():
    cp = configparser.ConfigParser()
    cp.read_dict({"DEFAULT": {"order": request.args["o"]}, "job": {"name": "x"}})
    return {"rows": db().execute("SELECT id FROM items ORDER BY " + cp["job"]["order"]).fetchall()}  # want: PY-SQLI


@app.route("/proxy-case")
def section_proxy_case():
    cp = configparser.ConfigParser()
    cp.add_section("s")
    cp.set("s", "Cmd", request.args["c"])
    return {"rows": db().execute("SELECT id FROM items WHERE tag = '" + cp["s"]["cmd"] + "'").fetchall()}  # want: PY-SQLI


@app.route("/proxy-own")
def section_proxy_own():
    cp = configparser.ConfigParser()
    cp.read_dict({"DEFAULT": {"order": request.args["o"]}, "job": {"order": "name"}})
    return {"rows": db().execute("SELECT id FROM items ORDER BY " + cp["job"]["order"]).fetchall()}  # safe: PY-SQLI (the section's own option)
