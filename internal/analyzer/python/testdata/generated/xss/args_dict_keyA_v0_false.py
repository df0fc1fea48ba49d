# generated case: rule=PY-XSS source=args propagation=dict_keyA sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    return "<p>Hello " + bar + "</p>"
