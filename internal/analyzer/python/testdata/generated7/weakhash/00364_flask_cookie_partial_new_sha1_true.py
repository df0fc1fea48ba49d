# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=flask source=cookie shape=partial_new_sha1 sink=specific expected=true
import functools
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00364", methods=["GET", "POST"])
def case_00364():
    param = request.cookies.get("q", "none")
    bar = param
    hasher = functools.partial(hashlib.new, "sha1")
    result = hasher(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
