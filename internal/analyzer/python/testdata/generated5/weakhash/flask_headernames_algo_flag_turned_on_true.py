# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=headernames shape=algo_flag_turned_on expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
LEGACY_DIGESTS = True
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00085", methods=["GET", "POST"])
def benchmark_test_00085():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    algo = "sha256"
    if LEGACY_DIGESTS:
        algo = "md5"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
