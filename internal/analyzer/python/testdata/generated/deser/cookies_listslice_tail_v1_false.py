# generated case: rule=PY-DESERIALIZATION source=cookies propagation=listslice_tail sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
