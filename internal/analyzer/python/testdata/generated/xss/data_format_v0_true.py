# generated case: rule=PY-XSS source=data propagation=format sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    bar = "{}".format(param)
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
