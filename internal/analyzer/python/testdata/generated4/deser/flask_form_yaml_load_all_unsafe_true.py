# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=form shape=yaml_load_all_unsafe sink=specific expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00519", methods=["POST"])
def benchmark_test_00519():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    docs = list(yaml.load_all(bar, Loader=yaml.Loader))  # want: PY-DESERIALIZATION
    result = len(docs)
    return jsonify(result=str(result))
