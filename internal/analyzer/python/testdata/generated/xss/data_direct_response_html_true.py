# generated case: rule=PY-XSS source=data propagation=direct sink=response_html expected=true
from flask import Flask, jsonify, request, Response

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    bar = param
    return Response("<b>" + bar + "</b>")  # want: PY-XSS
