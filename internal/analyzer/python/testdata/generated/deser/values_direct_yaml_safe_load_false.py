# generated case: rule=PY-DESERIALIZATION source=values propagation=direct sink=yaml_safe_load expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.values.get("p", "")
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return jsonify(result=result)
