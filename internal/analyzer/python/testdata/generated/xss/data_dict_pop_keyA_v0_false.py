# generated case: rule=PY-XSS source=data propagation=dict_pop_keyA sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyA")
    return "<p>Hello " + bar + "</p>"
