import logging
import os

from flask import Flask, make_response
from flask_cors import CORS
from flask_talisman import Talisman

logging.basicConfig(level=logging.INFO)

app = Flask(__name__)
app.config.from_mapping(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
    DEBUG=os.environ.get("FLASK_DEBUG") == "1",
)
app.secret_key = os.getenv("SECRET_KEY")
Talisman(app, content_security_policy={"default-src": "'self'"})
CORS(app, origins=["https://shop.example.com"], supports_credentials=True)
CORS(app, resources={r"/api/*": {"origins": "https://shop.example.com"}}, supports_credentials=True)
CORS(app, origins="*")


@app.route("/api")
def api():
    resp = make_response("ok")
    resp.headers["Access-Control-Allow-Origin"] = "https://shop.example.com"
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


if __name__ == "__main__":
    DEBUG_MODE = False
    app.run(debug=DEBUG_MODE)
