# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=headernames propagation=filter_isalnum sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00183", methods=["GET", "POST"])
def benchmark_test_00183():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = "".join(filter(str.isalnum, param))
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
