# generated case: rule=PY-LDAP-INJECTION source=form propagation=int_check_then_raw sink=v0 expected=false
import ldap

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.form["p"]
    try:
        int(param)
    except ValueError:
        abort(400)
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
