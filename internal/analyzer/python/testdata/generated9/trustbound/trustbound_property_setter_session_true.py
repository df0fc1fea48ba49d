# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=property_setter_session expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

class Prefs:
    @property
    def nickname(self):
        return session.get("nickname", "")

    @nickname.setter
    def nickname(self, value):
        session["nickname"] = value  # want: PY-TRUST-BOUNDARY


@app.route("/trustbound_property_setter_session", methods=["GET", "POST"])
def case_property_setter_session():
    param = request.values.get("q", "")
    prefs = Prefs()
    prefs.nickname = param
    return jsonify(result=str("ok"))
