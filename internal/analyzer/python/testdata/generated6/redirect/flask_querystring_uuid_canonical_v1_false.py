# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring shape=uuid_canonical sink=v1 expected=false
import urllib.parse
import uuid

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00296", methods=["GET", "POST"])
def benchmark_test_00296():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = str(uuid.UUID(param))
    return redirect("/" + bar)
