# generated case: rule=PY-XSS source=values propagation=direct sink=response_textplain expected=false
from flask import Flask, jsonify, request, Response

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    bar = param
    return Response("Echo: " + bar, mimetype="text/plain")
