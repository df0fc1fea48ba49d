# generated case: rule=PY-XSS source=args propagation=encode_decode sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = param.encode("utf-8").decode("utf-8")
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
