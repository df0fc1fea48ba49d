# generated case: rule=PY-XSS source=cookies propagation=dict_get_keyB sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyB", "")
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
