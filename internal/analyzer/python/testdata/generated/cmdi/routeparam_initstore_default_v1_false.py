# generated case: rule=PY-CMDI source=routeparam propagation=initstore_default sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    holder = Holder(param)
    bar = holder.default()
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
