# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=dictdispatch_taint sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    guess = "ABC"
    target = guess[0]
    bar = {"A": param, "B": "bob", "C": "carol"}[target]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
