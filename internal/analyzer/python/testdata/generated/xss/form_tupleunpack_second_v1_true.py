# generated case: rule=PY-XSS source=form propagation=tupleunpack_second sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.form["p"]
    _label, bar = "safe", param
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
