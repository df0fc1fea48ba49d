# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=setter_getter sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    store = Store()
    store.put(param)
    bar = store.take()
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
