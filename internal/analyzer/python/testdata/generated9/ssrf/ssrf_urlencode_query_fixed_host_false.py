# generated case (gen9): category=ssrf rule=PY-SSRF fw=flask shape=urlencode_query_fixed_host expected=false
from urllib.parse import urlencode

import requests
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_urlencode_query_fixed_host", methods=["GET", "POST"])
def case_urlencode_query_fixed_host():
    param = request.values.get("q", "")
    resp = requests.get("https://api.example.com/s?" + urlencode({"q": param}), timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
