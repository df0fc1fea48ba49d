# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=header variant=new_sha1_upper expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00660", methods=["GET", "POST"])
def benchmark_test_00660():
    param = request.headers.get("Referer", "")
    bar = param
    result = hashlib.new("SHA1", bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
