# py-cmdi: the message of an exception the try body raised from input is input; one raised from constants is not
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/raised")
def raised():
    try:
        raise ValueError(request.args["q"])
    except ValueError as exc:
        os.system("echo " + str(exc))  # want: PY-CMDI
    return "ok"


@app.route("/constant")
def constant():
    try:
        raise ValueError("bad input")
    except ValueError as exc:
        os.system("echo " + str(exc))
    return "ok"
