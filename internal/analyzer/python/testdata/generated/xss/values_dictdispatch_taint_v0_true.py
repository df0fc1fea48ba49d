# generated case: rule=PY-XSS source=values propagation=dictdispatch_taint sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    guess = "ABC"
    target = guess[0]
    bar = {"A": param, "B": "bob", "C": "carol"}[target]
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
