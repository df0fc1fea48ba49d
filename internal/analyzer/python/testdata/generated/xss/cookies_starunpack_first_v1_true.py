# generated case: rule=PY-XSS source=cookies propagation=starunpack_first sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = first
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
