# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=helper_secondarg_used sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


def pick(first, second):
    return second


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    bar = pick("fixed", param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
