# generated case: rule=PY-XSS source=routeparam propagation=augmented_const sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    bar = "x"
    tmp = param
    bar += "y"
    return make_response("<div>" + bar + "</div>")
