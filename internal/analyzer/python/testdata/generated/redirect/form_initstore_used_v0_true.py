# generated case: rule=PY-OPEN-REDIRECT source=form propagation=initstore_used sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    holder = Holder(param)
    bar = holder.value()
    return redirect(bar)  # want: PY-OPEN-REDIRECT
