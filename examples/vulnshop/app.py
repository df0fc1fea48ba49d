"""vulnshop: a deliberately vulnerable Flask shop, a test target for secaudit.

Never expose it: it binds 127.0.0.1 only.
"""
import argparse
import html
import traceback

from flask import Flask, request
from werkzeug.exceptions import HTTPException

import api
import auth
import config
import db
import views

app = Flask(__name__)
app.config.from_object(config)
app.register_blueprint(views.bp)
app.register_blueprint(api.bp)
app.teardown_appcontext(db.close_db)


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin and app.config["CORS_ORIGINS"] == "*":
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.errorhandler(Exception)
def show_error(exc):
    if isinstance(exc, HTTPException):
        return exc
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return "<h1>Internal error</h1><pre>" + html.escape(trace) + "</pre>", 500


def main():
    parser = argparse.ArgumentParser(description="vulnshop (deliberately vulnerable; listens on 127.0.0.1 only)")
    parser.add_argument("--port", type=int, default=5000)
    args = parser.parse_args()
    db.init_db(app, auth.hash_password)
    app.run(host="127.0.0.1", port=args.port, debug=True, use_reloader=False)


if __name__ == "__main__":
    main()
