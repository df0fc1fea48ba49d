# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=flask source=cookie shape=yaml_unsafe_loader_kw sink=specific expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00289", methods=["GET", "POST"])
def case_00289():
    param = request.cookies.get("q", "none")
    bar = param
    obj = yaml.load(bar, Loader=yaml.UnsafeLoader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
