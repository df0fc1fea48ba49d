# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata shape=host_allowlist_reject sink=specific expected=false
import urllib.parse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"www.example.com", "shop.example.com"}


@app.route("/00409", methods=["POST"])
def benchmark_test_00409():
    param = request.get_data(as_text=True)
    bar = param
    parts = urllib.parse.urlparse(bar)
    if parts.scheme != "https" or parts.netloc not in ALLOWED_HOSTS:
        abort(400)
    return redirect(bar)
