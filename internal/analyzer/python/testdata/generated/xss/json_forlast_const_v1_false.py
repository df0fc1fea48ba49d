# generated case: rule=PY-XSS source=json propagation=forlast_const sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    for v in [param, "safe"]:
        bar = v
    return make_response("<div>" + bar + "</div>")
