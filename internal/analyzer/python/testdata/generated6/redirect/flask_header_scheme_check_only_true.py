# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header shape=scheme_check_only sink=specific expected=true
import urllib.parse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/00404", methods=["GET", "POST"])
def benchmark_test_00404():
    param = request.headers.get("Referer", "")
    bar = param
    if urllib.parse.urlparse(bar).scheme not in ("http", "https"):
        abort(400)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
