# XSS FALSE: Response with mimetype text/plain and content_type application/json
import json

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/robots-preview")
def robots_preview():
    return Response("User-agent: " + request.args.get("ua", "*"), mimetype="text/plain")


@app.route("/api/raw")
def raw():
    return Response(json.dumps({"q": request.args.get("q", "")}), content_type="application/json")
