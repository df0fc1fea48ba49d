# generated case: rule=PY-XSS source=args propagation=const_ternary_false sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = param if False else "safe"
    return "<p>Hello " + bar + "</p>"
