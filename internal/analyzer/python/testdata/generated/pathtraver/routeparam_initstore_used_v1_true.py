# generated case: rule=PY-PATH-TRAVERSAL source=routeparam propagation=initstore_used sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.route("/pathtraver/<p>")
def handle_pathtraver(p):
    param = p
    holder = Holder(param)
    bar = holder.value()
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=result)
