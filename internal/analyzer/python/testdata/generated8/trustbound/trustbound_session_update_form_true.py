# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=session_update_form expected=true
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/trustbound_session_update_form", methods=["POST"])
def case_session_update_form():
    session.update(request.form.to_dict())  # want: PY-TRUST-BOUNDARY
    return jsonify(ok=True)
