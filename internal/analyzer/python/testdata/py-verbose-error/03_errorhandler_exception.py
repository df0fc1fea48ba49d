# Verbose error: global errorhandler renders the full traceback
import traceback

from flask import Flask, Response

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_any(exc):
    body = "Internal error\n\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return Response(body, status=500, mimetype="text/plain")  # want: PY-VERBOSE-ERROR
