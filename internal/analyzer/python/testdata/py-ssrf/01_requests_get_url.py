# SSRF: link-preview endpoint fetches an arbitrary URL with requests.get (also no egress proxy)
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    r = requests.get(url, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(status=r.status_code, length=len(r.content))
