# generated case: rule=PY-XSS source=cookies propagation=and_const sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    bar = "" and param
    return make_response("<div>" + bar + "</div>")
