# A method that reads its instance through another method of self
# (self.get(), super().get()) carries the instance's fields to its caller.
from flask import Flask, request

app = Flask(__name__)


class Reader:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class SuffixReader(Reader):
    def get(self):
        return super().get() + "-x"


class Helper(Reader):
    def get2(self):
        return self.get() + "-y"


@app.route("/a")
def a():
    return SuffixReader(request.args["p"]).get()  # want: PY-XSS


@app.route("/b")
def b():
    return Helper(request.args["p"]).get2()  # want: PY-XSS


@app.route("/c")
def c():
    return Reader(request.args["p"]).get()  # want: PY-XSS


class Masked(Reader):
    def get(self):
        super().get()
        return "masked"


@app.route("/d")
def d():
    return Masked(request.args["p"]).get()
