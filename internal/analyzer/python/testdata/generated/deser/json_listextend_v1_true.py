# generated case: rule=PY-DESERIALIZATION source=json propagation=listextend sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.get_json()["p"]
    values = ["safe"]
    values.extend([param])
    bar = values[-1]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
