# generated case: rule=PY-XSS source=json propagation=json_dumps sink=v1 expected=true
import json

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    bar = json.dumps(param)
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
