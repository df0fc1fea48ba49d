# generated case: rule=PY-XSS source=form propagation=direct sink=tuple_textplain expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.form["p"]
    bar = param
    return "Echo: " + bar, 200, {"Content-Type": "text/plain"}
