# generated case: rule=PY-XSS source=json propagation=dictupdate_keyA sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    return make_response("<div>" + bar + "</div>")
