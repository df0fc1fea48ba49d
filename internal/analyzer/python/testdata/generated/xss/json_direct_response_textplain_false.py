# generated case: rule=PY-XSS source=json propagation=direct sink=response_textplain expected=false
from flask import Flask, jsonify, request, Response

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    bar = param
    return Response("Echo: " + bar, mimetype="text/plain")
