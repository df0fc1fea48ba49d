# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=headernames shape=json_then_dict sink=specific expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00527", methods=["GET", "POST"])
def benchmark_test_00527():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    obj = json.loads(bar)
    result = str(obj.get("name", "")) if isinstance(obj, dict) else ""
    return jsonify(result=str(result))
