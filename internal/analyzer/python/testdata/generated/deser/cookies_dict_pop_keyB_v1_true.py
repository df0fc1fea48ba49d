# generated case: rule=PY-DESERIALIZATION source=cookies propagation=dict_pop_keyB sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyB")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
