# Verbose error FALSE: error handler renders a static 500 page
import logging

from flask import Flask, render_template

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(500)
def server_error(exc):
    log.error("unhandled error: %r", exc)
    return render_template("500.html"), 500
