# generated case: rule=PY-DESERIALIZATION source=cookies propagation=direct sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    bar = param
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
