# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=querystring propagation=join_builder (helper class) sink=v0 expected=true
import base64
import pickle
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00548", methods=["GET", "POST"])
def benchmark_test_00548():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
