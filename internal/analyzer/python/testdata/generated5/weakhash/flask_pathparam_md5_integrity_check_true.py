# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=pathparam shape=md5_integrity_check expected=true
import hashlib
import hmac

from flask import Flask, jsonify, request

app = Flask(__name__)
EXPECTED_CHECKSUM = "9e107d9d372bb6826bd81d3542a419d6"


@app.route("/00081/<test_id>", methods=["GET", "POST"])
def benchmark_test_00081(test_id):
    param = test_id
    bar = param
    checksum = hashlib.md5(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    result = hmac.compare_digest(checksum, EXPECTED_CHECKSUM)
    return jsonify(result=str(result))
