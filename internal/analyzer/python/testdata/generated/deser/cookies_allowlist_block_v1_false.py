# generated case: rule=PY-DESERIALIZATION source=cookies propagation=allowlist_block sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    bar = param
    result = None
    if bar in ALLOWED:
        obj = yaml.load(bar, Loader=yaml.Loader)
        result = type(obj).__name__
    return jsonify(result=result)
