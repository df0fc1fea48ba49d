# generated case: rule=PY-XSS source=args propagation=int sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = str(int(param))
    return "<p>Hello " + bar + "</p>"
