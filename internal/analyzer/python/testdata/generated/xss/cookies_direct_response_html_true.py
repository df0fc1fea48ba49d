# generated case: rule=PY-XSS source=cookies propagation=direct sink=response_html expected=true
from flask import Flask, jsonify, request, Response

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    bar = param
    return Response("<b>" + bar + "</b>")  # want: PY-XSS
