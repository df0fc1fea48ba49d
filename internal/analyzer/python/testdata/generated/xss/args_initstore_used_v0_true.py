# generated case: rule=PY-XSS source=args propagation=initstore_used sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    holder = Holder(param)
    bar = holder.value()
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
