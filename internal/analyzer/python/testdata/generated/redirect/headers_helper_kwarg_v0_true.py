# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=helper_kwarg sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


def do_something(value=None):
    return value


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    bar = do_something(value=param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
