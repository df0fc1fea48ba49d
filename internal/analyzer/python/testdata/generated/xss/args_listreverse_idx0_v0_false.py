# generated case: rule=PY-XSS source=args propagation=listreverse_idx0 sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    return "<p>Hello " + bar + "</p>"
