# Path traversal: pathlib path composed with / from a query parameter, then read_text()
from pathlib import Path

from flask import Flask, Response, request

app = Flask(__name__)
DOCS = Path("/srv/docs")


@app.route("/docs")
def docs():
    page = request.args.get("page", "index.md")
    text = (DOCS / page).read_text(encoding="utf-8")  # want: PY-PATH-TRAVERSAL
    return Response(text, mimetype="text/plain")
