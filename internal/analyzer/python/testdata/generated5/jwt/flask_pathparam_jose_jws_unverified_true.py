# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=pathparam shape=jose_jws_unverified expected=true
import json

from flask import Flask, jsonify, request
from jose import jws

app = Flask(__name__)


@app.route("/00206/<test_id>", methods=["GET", "POST"])
def benchmark_test_00206(test_id):
    param = test_id
    bar = param
    claims = json.loads(jws.get_unverified_claims(bar))  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))
