# py-cmdi: checks that every character of the input is in an allow-list
# (all/any over its characters, set differences and subsets, a search for a
# character outside a class) make it safe where those characters are; an
# allow-list holding a shell metacharacter or a space, a check of another
# variable, or a quantifier that proves nothing does not.
import os
import re
import string

from flask import Flask, abort, request

app = Flask(__name__)
HOST_CHARS = set(string.ascii_lowercase + string.digits + "-.")
LOOSE_CHARS = set(string.ascii_letters + " ;")


@app.route("/all-in")
def all_in():
    host = request.args.get("h", "")
    if not host or not all(ch in HOST_CHARS for ch in host):
        abort(400)
    os.system("host " + host)  # safe: letters, digits, "-" and "."
    return "ok"


@app.route("/any-not-in")
def any_not_in():
    host = request.args.get("h", "")
    if any(ch not in "abcdefghijklmnopqrstuvwxyz0123456789" for ch in host):
        abort(400)
    os.system("host " + host)  # safe: letters and digits only
    return "ok"


@app.route("/each-isalnum")
def each_isalnum():
    name = request.args.get("n", "")
    if not all(c.isalnum() for c in name):
        return "bad", 400
    os.system("id " + name)  # safe: letters and digits only
    return "ok"


@app.route("/set-difference")
def set_difference():
    name = request.args.get("n", "")
    if set(name) - set(string.ascii_lowercase):
        abort(400)
    os.system("id " + name)  # safe: lower-case letters only
    return "ok"


@app.route("/subset")
def subset():
    name = request.args.get("n", "")
    if set(name) <= HOST_CHARS:
        os.system("host " + name)  # safe: letters, digits, "-" and "."
    if set(name).issubset(HOST_CHARS):
        os.system("nslookup " + name)  # safe: letters, digits, "-" and "."
    return "ok"


@app.route("/negated-search")
def negated_search():
    host = request.args.get("h", "")
    if re.search(r"[^a-z0-9.-]", host):
        abort(400)
    os.system("ping -c 1 " + host)  # safe: no character outside the class
    return "ok"


@app.route("/loose")
def loose():
    cmd = request.args.get("c", "")
    if not all(ch in LOOSE_CHARS for ch in cmd):
        abort(400)
    os.system("echo " + cmd)  # want: PY-CMDI
    return "ok"


@app.route("/any-in")
def any_in():
    host = request.args.get("h", "")
    if not any(ch in HOST_CHARS for ch in host):
        abort(400)
    os.system("host " + host)  # want: PY-CMDI
    return "ok"


@app.route("/other-variable")
def other_variable():
    host = request.args.get("h", "")
    label = request.args.get("l", "")
    if not all(ch in HOST_CHARS for ch in label):
        abort(400)
    os.system("host " + host)  # want: PY-CMDI
    return "ok"


@app.route("/positive-search")
def positive_search():
    host = request.args.get("h", "")
    if re.search(r"[a-z0-9.-]", host):
        os.system("ping -c 1 " + host)  # want: PY-CMDI
    return "ok"
