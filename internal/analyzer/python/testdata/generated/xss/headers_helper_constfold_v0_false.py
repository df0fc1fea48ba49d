# generated case: rule=PY-XSS source=headers propagation=helper_constfold sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    bar = choose(param)
    return "<p>Hello " + bar + "</p>"
