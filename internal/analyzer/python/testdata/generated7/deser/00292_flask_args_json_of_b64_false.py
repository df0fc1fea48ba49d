# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=flask source=args shape=json_of_b64 sink=specific expected=false
import base64
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00292", methods=["GET", "POST"])
def case_00292():
    param = request.args.get("q", "")
    bar = param
    obj = json.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=str(result))
