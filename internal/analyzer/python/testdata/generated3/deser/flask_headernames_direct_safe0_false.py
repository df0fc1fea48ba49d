# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=headernames propagation=direct sink=safe0 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00560", methods=["GET", "POST"])
def benchmark_test_00560():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
