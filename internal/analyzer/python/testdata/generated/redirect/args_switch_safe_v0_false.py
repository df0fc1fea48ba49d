# generated case: rule=PY-OPEN-REDIRECT source=args propagation=switch_safe sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    guess = "ABC"
    target = guess[1]
    if target == "A":
        bar = param
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    return redirect(bar)
