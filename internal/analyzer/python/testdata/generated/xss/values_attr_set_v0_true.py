# generated case: rule=PY-XSS source=values propagation=attr_set sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Box:
    pass


@app.route("/xss")
def handle_xss():
    param = request.values.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
