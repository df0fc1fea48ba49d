# generated case: rule=PY-XSS source=data propagation=listcomp_digits sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    bar = "".join([c for c in param if c.isdigit()])
    return "<p>Hello " + bar + "</p>"
