# generated case: rule=PY-LDAP-INJECTION source=form propagation=module_cache sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


CACHE = {}


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.form["p"]
    CACHE["last"] = param
    bar = CACHE["last"]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
