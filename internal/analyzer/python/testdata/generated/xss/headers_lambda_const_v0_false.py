# generated case: rule=PY-XSS source=headers propagation=lambda_const sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    const = lambda s: "safe"
    bar = const(param)
    return "<p>Hello " + bar + "</p>"
