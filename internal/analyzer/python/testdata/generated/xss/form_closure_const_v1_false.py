# generated case: rule=PY-XSS source=form propagation=closure_const sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.form["p"]
    def inner(v):
        return "safe"
    bar = inner(param)
    return make_response("<div>" + bar + "</div>")
