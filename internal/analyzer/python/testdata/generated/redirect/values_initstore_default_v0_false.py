# generated case: rule=PY-OPEN-REDIRECT source=values propagation=initstore_default sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    holder = Holder(param)
    bar = holder.default()
    return redirect(bar)
