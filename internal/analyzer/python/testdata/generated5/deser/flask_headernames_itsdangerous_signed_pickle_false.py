# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=headernames shape=itsdangerous_signed_pickle expected=false
import os
import pickle

from flask import Flask, abort, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
SECRET_KEY = os.environ["SECRET_KEY"]
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00393", methods=["GET", "POST"])
def benchmark_test_00393():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    s = URLSafeSerializer(SECRET_KEY, serializer=pickle)
    try:
        obj = s.loads(bar)
    except BadSignature:
        abort(400)
    result = type(obj).__name__
    return jsonify(result=str(result))
