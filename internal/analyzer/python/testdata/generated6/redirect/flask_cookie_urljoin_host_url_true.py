# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=cookie shape=urljoin_host_url sink=specific expected=true
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00405", methods=["GET", "POST"])
def benchmark_test_00405():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return redirect(urllib.parse.urljoin(request.host_url, bar))  # want: PY-OPEN-REDIRECT
