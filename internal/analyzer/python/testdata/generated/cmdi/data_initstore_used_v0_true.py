# generated case: rule=PY-CMDI source=data propagation=initstore_used sink=v0 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.data.decode("utf-8")
    holder = Holder(param)
    bar = holder.value()
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
