# generated case: rule=PY-XSS source=args propagation=switch_taint sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
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
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
