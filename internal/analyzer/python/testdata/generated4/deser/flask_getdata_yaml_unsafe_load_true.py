# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=yaml_unsafe_load sink=specific expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00513", methods=["POST"])
def benchmark_test_00513():
    param = request.get_data(as_text=True)
    bar = param
    obj = yaml.unsafe_load(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
