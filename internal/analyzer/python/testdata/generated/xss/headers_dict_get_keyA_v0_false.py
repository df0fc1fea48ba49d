# generated case: rule=PY-XSS source=headers propagation=dict_get_keyA sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    return "<p>Hello " + bar + "</p>"
