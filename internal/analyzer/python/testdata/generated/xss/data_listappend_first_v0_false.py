# generated case: rule=PY-XSS source=data propagation=listappend_first sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[0]
    return "<p>Hello " + bar + "</p>"
