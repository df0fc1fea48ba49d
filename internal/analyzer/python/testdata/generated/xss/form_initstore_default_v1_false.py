# generated case: rule=PY-XSS source=form propagation=initstore_default sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.form["p"]
    holder = Holder(param)
    bar = holder.default()
    return make_response("<div>" + bar + "</div>")
