# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=header shape=yaml_unsafe_load_all expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00380", methods=["GET", "POST"])
def benchmark_test_00380():
    param = request.headers.get("Referer", "")
    bar = param
    docs = list(yaml.unsafe_load_all(bar))  # want: PY-DESERIALIZATION
    result = len(docs)
    return jsonify(result=str(result))
