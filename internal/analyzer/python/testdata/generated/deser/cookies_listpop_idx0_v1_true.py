# generated case: rule=PY-DESERIALIZATION source=cookies propagation=listpop_idx0 sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
