# SSRF: helper fetches an avatar from a remote URL with httpx; the view passes the form value
import httpx
from flask import Flask, jsonify, request

app = Flask(__name__)


def fetch_avatar(src):
    resp = httpx.get(src, timeout=5.0, follow_redirects=True)  # want: PY-SSRF PY-HTTP-NO-PROXY
    resp.raise_for_status()
    return resp.content


@app.route("/avatar/import", methods=["POST"])
def import_avatar():
    data = fetch_avatar(request.form["avatar_url"])
    return jsonify(size=len(data))
