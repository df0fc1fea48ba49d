# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header shape=write_upload_name sink=specific expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00402", methods=["GET", "POST"])
def benchmark_test_00402():
    param = request.headers.get("Referer", "")
    bar = param
    with open(BASE_DIR + bar, "w") as fh:  # want: PY-PATH-TRAVERSAL
        fh.write("uploaded")
    result = True
    return jsonify(result=str(result))
