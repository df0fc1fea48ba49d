# *args and **kwargs fed from spread input: the elements are not known one
# by one, so any of them is input.
import subprocess

from flask import Flask, request

app = Flask(__name__)


def run(*args):
    subprocess.call(args[1], shell=True)  # want: PY-CMDI


def run2(*args, **kwargs):
    subprocess.call(kwargs["cmd"], shell=True)  # want: PY-CMDI


def run3(*args):
    subprocess.call(args[0], shell=True)


@app.route("/a")
def a():
    run(*request.args.getlist("p"))
    run3("uptime", request.args["x"])
    return "ok"


@app.route("/b")
def b():
    run2(**dict(request.args))
    return "ok"
