# generated case: rule=PY-XSS source=headers propagation=listpop_idx1 sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    return "<p>Hello " + bar + "</p>"
