# generated case: rule=PY-XSS source=values propagation=dict_setlater sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    m = {"keyA": "a_Value", "keyB": "b_Value"}
    m["keyA"] = param
    bar = m["keyA"]
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
