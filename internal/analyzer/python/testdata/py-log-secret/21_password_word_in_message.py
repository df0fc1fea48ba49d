# Log secret FALSE: message mentions "password" but only logs a user id and a timestamp
import logging
from datetime import datetime, timezone

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger("accounts")


@app.route("/password/change", methods=["POST"])
def change_password():
    user_id = int(request.form["user_id"])
    logger.info("password changed for user %d at %s", user_id, datetime.now(timezone.utc).isoformat())
    return jsonify(ok=True)
