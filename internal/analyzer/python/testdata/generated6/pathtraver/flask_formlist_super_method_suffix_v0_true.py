# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=formlist shape=super_method_suffix sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Reader:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class SuffixReader(Reader):
    def get(self):
        return super().get() + "-x"


class MaskReader(Reader):
    def get(self):
        super().get()
        return "masked"


@app.route("/00035", methods=["POST"])
def benchmark_test_00035():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = SuffixReader(param).get()
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
