# generated case: rule=PY-XSS source=cookies propagation=attr_other sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


class Box:
    pass


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    return make_response("<div>" + bar + "</div>")
