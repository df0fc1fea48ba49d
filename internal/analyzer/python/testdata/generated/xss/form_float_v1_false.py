# generated case: rule=PY-XSS source=form propagation=float sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.form["p"]
    bar = str(float(param))
    return make_response("<div>" + bar + "</div>")
