# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=headernames variant=cryptography_sha1 expected=true
from cryptography.hazmat.primitives import hashes
from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00659", methods=["GET", "POST"])
def benchmark_test_00659():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    digest = hashes.Hash(hashes.SHA1())  # want: PY-WEAK-HASH
    digest.update(bar.encode("utf-8"))
    result = digest.finalize().hex()
    return jsonify(result=str(result))
