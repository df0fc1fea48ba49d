# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=getlist shape=signer_unsign_then_pickle expected=false
import base64
import os
import pickle

from flask import Flask, abort, jsonify, request
from itsdangerous import BadSignature, TimestampSigner

app = Flask(__name__)
SECRET_KEY = os.environ["SECRET_KEY"]


@app.route("/00394", methods=["GET", "POST"])
def benchmark_test_00394():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    try:
        raw = TimestampSigner(SECRET_KEY).unsign(bar, max_age=300)
    except BadSignature:
        abort(400)
    obj = pickle.loads(base64.b64decode(raw))
    result = type(obj).__name__
    return jsonify(result=str(result))
