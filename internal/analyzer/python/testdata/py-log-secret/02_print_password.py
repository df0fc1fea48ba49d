# Log secret: debugging print of the password in a login handler
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/login", methods=["POST"])
def api_login():  # want: PY-NO-MFA
    creds = request.get_json()
    print("login", creds["username"], creds["password"])  # want: PY-LOG-SECRET
    return jsonify(ok=False), 401
