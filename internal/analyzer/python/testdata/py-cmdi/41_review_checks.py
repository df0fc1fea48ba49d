# py-cmdi: checks that look like validation but let shell characters through, and helpers that store into their caller's containers
import ipaddress
import os
import re

from flask import Flask, request, session

app = Flask(__name__)


def put(store, key, val):
    store[key] = val


def put_via(store, key, val):
    put(store, key, val)


def fill(store, v, check=False):
    if check:
        v = "safe"
    store["k"] = v


def reset(store, v):
    store = {}
    store["k"] = v
    return store


@app.route("/ip")
def ip():
    host = request.args["host"]
    ipaddress.ip_address(host)  # an IPv6 scope id after "%" may be any text
    os.system("ping -c1 " + host)  # want: PY-CMDI
    return "ok"


@app.route("/regex")
def regex():
    n = request.args["n"]
    m = re.fullmatch(r"(\S+)", n)
    if m:
        os.system("echo " + m.group(1))  # want: PY-CMDI
    w = re.fullmatch(r"[\w-]+", n)
    if w:
        os.system("echo " + w.group(0))
    return "ok"


@app.route("/helpers")
def helpers():
    d = {}
    put_via(d, "cmd", request.args["c"])
    os.system(d["cmd"])  # want: PY-CMDI
    e = {"k": "ls"}
    fill(e, request.args["c"])
    os.system(e["k"])  # want: PY-CMDI
    f = {"k": "ls"}
    reset(f, request.args["c"])
    os.system(f["k"])
    return "ok"


@app.route("/exec")
def login_shell():
    os.execl("/bin/sh", "-sh", "-c", "echo " + request.args["q"])  # want: PY-CMDI
