# generated case: rule=PY-XSS source=form propagation=dict_overwritten sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.form["p"]
    m = {"keyA": "a_Value", "keyB": param}
    m["keyB"] = "safe"
    bar = m["keyB"]
    return make_response("<div>" + bar + "</div>")
