# generated case: rule=PY-LDAP-INJECTION source=cookies propagation=allowlist_abort sink=v0 expected=false
import ldap

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/ldap")
def handle_ldap():
    param = request.cookies.get("p", "")
    bar = param
    if bar not in ALLOWED:
        abort(400)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
