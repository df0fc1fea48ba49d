# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header shape=response_location_kw sink=specific expected=true
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/00449", methods=["GET", "POST"])
def benchmark_test_00449():
    param = request.headers.get("Referer", "")
    bar = param
    return Response(status=302, headers={"Location": bar})  # want: PY-OPEN-REDIRECT
