# SSRF: feed reader fetches the feed URL with urllib3 PoolManager
import urllib3
from flask import Flask, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager()


@app.route("/feeds/check")
def check_feed():
    feed = request.args["feed"]
    r = http.request("GET", feed, timeout=5.0)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(status=r.status)
