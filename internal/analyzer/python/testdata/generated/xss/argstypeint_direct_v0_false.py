# generated case: rule=PY-XSS source=argstypeint propagation=direct sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    return "<p>Hello " + bar + "</p>"
