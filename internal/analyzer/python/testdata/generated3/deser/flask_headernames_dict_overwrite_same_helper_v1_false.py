# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=headernames propagation=dict_overwrite_same (helper class) sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00542", methods=["GET", "POST"])
def benchmark_test_00542():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=str(result))
