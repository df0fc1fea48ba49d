# generated case: rule=PY-DESERIALIZATION source=routeparam propagation=listreverse_idx1 sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser/<p>")
def handle_deser(p):
    param = p
    values = [param, "safe"]
    values.reverse()
    bar = values[1]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
