# generated case: rule=PY-XSS source=cookies propagation=direct sink=tuple_return expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    bar = param
    return "<p>" + bar + "</p>", 200  # want: PY-XSS
