# generated case: rule=PY-TRUST-BOUNDARY source=headers propagation=initstore_used sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.route("/trustbound")
def handle_trustbound():
    param = request.headers.get("X-P", "")
    holder = Holder(param)
    bar = holder.value()
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
