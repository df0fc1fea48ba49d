# generated case: rule=PY-XSS source=data propagation=setter_getter sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    store = Store()
    store.put(param)
    bar = store.take()
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
