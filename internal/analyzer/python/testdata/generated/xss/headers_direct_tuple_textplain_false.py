# generated case: rule=PY-XSS source=headers propagation=direct sink=tuple_textplain expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    bar = param
    return "Echo: " + bar, 200, {"Content-Type": "text/plain"}
