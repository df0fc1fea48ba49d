# py-cmdi: pieces of a string that its constant start decides (partition, splitlines, split(), slices) and the pieces input reaches
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/partition")
def partition():
    head, sep, tail = ("static:" + request.args["q"]).partition(":")
    os.system("echo " + head + sep)
    os.system("echo " + tail)  # want: PY-CMDI
    return "ok"


@app.route("/lines")
def lines():
    rows = ("header\n" + request.args["q"]).splitlines()
    os.system("echo " + rows[0])
    os.system("echo " + rows[1])  # want: PY-CMDI
    return "ok"


@app.route("/words")
def words():
    words = ("static " + request.args["q"]).split()
    os.system("echo " + words[0])
    glued = ("static" + request.args["q"]).split()
    os.system("echo " + glued[0])  # want: PY-CMDI
    return "ok"


@app.route("/slices")
def slices():
    text = "constant-prefix-" + request.args["q"]
    os.system("echo " + text[:15])
    os.system("echo " + text[3:10])
    os.system("echo " + text[:20])  # want: PY-CMDI
    os.system("echo " + text[-5:])  # want: PY-CMDI
    return "ok"
