"""safeshop: the vulnshop features written securely, the negative test target for secaudit."""
import argparse
import logging

from flask import Flask, request
from werkzeug.exceptions import HTTPException
from werkzeug.serving import WSGIRequestHandler

import api
import auth
import config
import db
import views

log = logging.getLogger("safeshop")

app = Flask(__name__)
app.config.from_object(config)
app.register_blueprint(views.bp)
app.register_blueprint(api.bp)
app.teardown_appcontext(db.close_db)
app.jinja_env.globals["csrf_token"] = auth.csrf_token


@app.before_request
def csrf_protect():
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        auth.check_csrf()


@app.after_request
def security_headers(resp):
    resp.headers["Content-Security-Policy"] = app.config["CONTENT_SECURITY_POLICY"]
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.errorhandler(Exception)
def handle_error(exc):
    if isinstance(exc, HTTPException):
        return exc
    log.exception("unhandled error on %s %s", request.method, request.path)
    return "Internal server error", 500


class QuietRequestHandler(WSGIRequestHandler):
    """Development server handler that does not disclose server/runtime versions."""

    def version_string(self):
        return "safeshop"


def main():
    parser = argparse.ArgumentParser(description="safeshop (listens on 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5001)
    args = parser.parse_args()
    db.init_db(app, auth.hash_password, auth.new_totp_secret)
    app.run(host="127.0.0.1", port=args.port, request_handler=QuietRequestHandler)


if __name__ == "__main__":
    main()
else:  # imported by a WSGI server (gunicorn app:app)
    db.init_db(app, auth.hash_password, auth.new_totp_secret)
