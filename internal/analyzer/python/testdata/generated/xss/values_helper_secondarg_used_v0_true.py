# generated case: rule=PY-XSS source=values propagation=helper_secondarg_used sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


def pick(first, second):
    return second


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    bar = pick("fixed", param)
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
