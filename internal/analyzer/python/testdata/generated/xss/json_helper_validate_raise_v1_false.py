# generated case: rule=PY-XSS source=json propagation=helper_validate_raise sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    bar = validate(param)
    return make_response("<div>" + bar + "</div>")
