# generated case: rule=PY-XSS source=values propagation=starunpack_rest sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    return "<p>Hello " + bar + "</p>"
