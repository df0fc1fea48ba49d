# generated case: rule=PY-TRUST-BOUNDARY source=json propagation=initstore_default sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.get_json()["p"]
    holder = Holder(param)
    bar = holder.default()
    session["preference"] = bar
    result = True
    return jsonify(result=result)
