# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=todict shape=options_built_false sink=config expected=true
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00605", methods=["GET", "POST"])
def benchmark_test_00605():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    opts = {}
    opts["verify_signature"] = False
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))
