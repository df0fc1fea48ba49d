# generated case (gen8): category=ssrf rule=PY-SSRF fw=flask shape=session_instance_fetcher expected=true
import requests
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

class Fetcher:
    def __init__(self, base):
        self.base = base
        self.http = requests.Session()

    def fetch(self):
        return self.http.get(self.base, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY


@app.route("/ssrf_session_instance_fetcher", methods=["GET", "POST"])
def case_session_instance_fetcher():
    param = (request.get_json(silent=True) or {}).get("q", "")
    resp = Fetcher(param).fetch()
    return jsonify(result=str(resp.status_code))
