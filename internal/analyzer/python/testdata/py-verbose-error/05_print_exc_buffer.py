# Verbose error: traceback printed into a StringIO buffer whose content is returned
import io
import traceback

from flask import Flask, Response

app = Flask(__name__)


def rebuild_index():
    raise OSError("index locked")


@app.route("/search/reindex", methods=["POST"])
def reindex():
    try:
        rebuild_index()
    except OSError:
        buf = io.StringIO()
        traceback.print_exc(file=buf)
        return Response(buf.getvalue(), status=500, mimetype="text/plain")  # want: PY-VERBOSE-ERROR
    return Response("ok", mimetype="text/plain")
