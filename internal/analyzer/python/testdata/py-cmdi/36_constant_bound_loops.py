# py-cmdi: loops whose passes are known (range of constants, while over a counter or a known queue) run pass by pass
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/range")
def ranged():
    bar = "safe"
    for i in range(3):
        if i == 5:
            bar = request.args["q"]
    os.system("echo " + bar)
    other = "safe"
    for i in range(3):
        if i == 2:
            other = request.args["q"]
    os.system("echo " + other)  # want: PY-CMDI
    return "ok"


@app.route("/while")
def counted():
    bar = request.args["q"]
    i = 0
    while i < 2:
        bar = "safe"
        i += 1
    os.system("echo " + bar)
    last = "safe"
    n = 0
    while n < 3:
        if n == 1:
            last = request.args["q"]
        n += 1
    os.system("echo " + last)  # want: PY-CMDI
    return "ok"


@app.route("/queue")
def queue():
    pending = [request.args["q"], "safe"]
    bar = ""
    while pending:
        bar = pending.pop(0)
    os.system("echo " + bar)
    rest = ["safe", request.args["q"]]
    item = ""
    while rest:
        item = rest.pop(0)
    os.system("echo " + item)  # want: PY-CMDI
    return "ok"


@app.route("/unknown")
def unknown():
    bar = "safe"
    count = int(request.args["n"])
    i = 0
    while i < count:
        bar = request.args["q"]
        i += 1
    os.system("echo " + bar)  # want: PY-CMDI
    return "ok"
