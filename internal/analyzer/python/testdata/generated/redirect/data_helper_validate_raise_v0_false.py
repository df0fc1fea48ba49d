# generated case: rule=PY-OPEN-REDIRECT source=data propagation=helper_validate_raise sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.data.decode("utf-8")
    bar = validate(param)
    return redirect(bar)
