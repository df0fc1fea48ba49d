# generated case: rule=PY-XSS source=args propagation=direct sink=tuple_return expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = param
    return "<p>" + bar + "</p>", 200  # want: PY-XSS
