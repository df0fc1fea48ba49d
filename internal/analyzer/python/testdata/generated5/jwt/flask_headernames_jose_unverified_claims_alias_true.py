# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=headernames shape=jose_unverified_claims_alias expected=true
from flask import Flask, jsonify, request
from jose.jwt import get_unverified_claims

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00210", methods=["GET", "POST"])
def benchmark_test_00210():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    claims = get_unverified_claims(bar)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))
