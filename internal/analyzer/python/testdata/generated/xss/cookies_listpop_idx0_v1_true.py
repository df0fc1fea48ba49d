# generated case: rule=PY-XSS source=cookies propagation=listpop_idx0 sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
