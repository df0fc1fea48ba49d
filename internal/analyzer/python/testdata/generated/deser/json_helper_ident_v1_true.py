# generated case: rule=PY-DESERIALIZATION source=json propagation=helper_ident sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    return value


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.get_json()["p"]
    bar = do_something(param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
