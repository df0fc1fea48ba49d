# generated case: rule=PY-XSS source=values propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    bar = param
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
