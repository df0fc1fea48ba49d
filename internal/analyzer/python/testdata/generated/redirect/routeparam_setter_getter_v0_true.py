# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=setter_getter sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    store = Store()
    store.put(param)
    bar = store.take()
    return redirect(bar)  # want: PY-OPEN-REDIRECT
