# generated case: rule=PY-DESERIALIZATION source=json propagation=listappend_last sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.get_json()["p"]
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[2]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
