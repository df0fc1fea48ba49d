# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=headernames shape=session_get sink=specific expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00471", methods=["GET", "POST"])
def benchmark_test_00471():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    with requests.Session() as s:
        s.proxies.update(PROXIES)
        result = s.get(bar, timeout=5).status_code  # want: PY-SSRF
    return jsonify(result=str(result))
