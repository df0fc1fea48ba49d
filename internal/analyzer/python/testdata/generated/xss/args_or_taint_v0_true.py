# generated case: rule=PY-XSS source=args propagation=or_taint sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = param or "safe"
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
