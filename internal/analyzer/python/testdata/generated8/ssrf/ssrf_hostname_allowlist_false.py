# generated case (gen8): category=ssrf rule=PY-SSRF fw=flask shape=hostname_allowlist expected=false
import requests
from urllib.parse import urlparse
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

ALLOWED = {"api.example.com", "cdn.example.com"}


@app.route("/ssrf_hostname_allowlist", methods=["GET", "POST"])
def case_hostname_allowlist():
    param = request.cookies.get("q", "")
    parsed = urlparse(param)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        return jsonify(result=str("blocked"))
    resp = requests.get(param, timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
