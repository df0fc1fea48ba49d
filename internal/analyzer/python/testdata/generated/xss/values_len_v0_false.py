# generated case: rule=PY-XSS source=values propagation=len sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    bar = str(len(param))
    return "<p>Hello " + bar + "</p>"
