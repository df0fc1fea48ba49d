# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=headernames variant=pyjwt1_verify_false expected=true
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00779", methods=["GET", "POST"])
def benchmark_test_00779():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    claims = jwt.decode(bar, verify=False)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))
