# generated case: rule=PY-XSS source=values propagation=tupleunpack_first sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    bar, _other = "safe", param
    return "<p>Hello " + bar + "</p>"
