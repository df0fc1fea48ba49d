# generated case: rule=PY-DESERIALIZATION source=json propagation=or_const sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.get_json()["p"]
    bar = "safe" or param
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
