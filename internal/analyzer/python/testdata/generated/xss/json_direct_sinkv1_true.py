# generated case: rule=PY-XSS source=json propagation=direct sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    bar = param
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
