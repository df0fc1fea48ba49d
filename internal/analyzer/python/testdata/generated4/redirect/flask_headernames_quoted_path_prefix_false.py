# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=headernames shape=quoted_path_prefix sink=specific expected=false
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00450", methods=["GET", "POST"])
def benchmark_test_00450():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return redirect("/profile/" + urllib.parse.quote(bar, safe=""))
