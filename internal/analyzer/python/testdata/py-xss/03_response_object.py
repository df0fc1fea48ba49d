# XSS: error page echoes the requested path into a Response with the default text/html mimetype
from flask import Flask, Response, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(_err):
    body = "<p>Page %s does not exist.</p>" % request.path
    return Response(body, status=404)  # want: PY-XSS
