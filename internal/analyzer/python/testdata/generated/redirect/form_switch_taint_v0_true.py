# generated case: rule=PY-OPEN-REDIRECT source=form propagation=switch_taint sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    guess = "ABC"
    target = guess[2]
    if target == "A":
        bar = "a_value"
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    return redirect(bar)  # want: PY-OPEN-REDIRECT
