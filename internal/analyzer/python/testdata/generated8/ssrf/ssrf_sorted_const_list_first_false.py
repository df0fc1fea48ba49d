# generated case (gen8): category=ssrf rule=PY-SSRF fw=flask shape=sorted_const_list_first expected=false
import requests
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_sorted_const_list_first", methods=["GET", "POST"])
def case_sorted_const_list_first():
    param = request.args.get("q", "")
    urls = sorted(["https://b.example.com/", "https://a.example.com/"])
    tag = param.upper()
    resp = requests.get(urls[0], headers={"X-Tag": "static"}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(result=str([tag, resp.status_code]))
