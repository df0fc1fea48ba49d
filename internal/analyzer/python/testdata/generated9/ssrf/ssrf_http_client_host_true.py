# generated case (gen9): category=ssrf rule=PY-SSRF fw=flask shape=http_client_host expected=true
import http.client
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_http_client_host", methods=["GET", "POST"])
def case_http_client_host():
    param = request.form.get("q", "")
    http.client.HTTPConnection(param, timeout=3).request("GET", "/")  # want: PY-SSRF
    return jsonify(result=str("sent"))
