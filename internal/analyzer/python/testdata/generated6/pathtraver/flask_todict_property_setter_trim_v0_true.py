# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=todict shape=property_setter_trim sink=v0 expected=true
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Filtered:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = re.sub(r"[^A-Za-z0-9]", "", new)


class Trimmed:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new.strip()


@app.route("/00051", methods=["GET", "POST"])
def benchmark_test_00051():
    param = request.args.to_dict().get("BenchmarkTest", "")
    f = Trimmed()
    f.value = param
    bar = f.value
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
