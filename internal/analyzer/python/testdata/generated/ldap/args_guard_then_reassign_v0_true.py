# generated case: rule=PY-LDAP-INJECTION source=args propagation=guard_then_reassign sink=v0 expected=true
import ldap

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/ldap")
def handle_ldap():
    param = request.args.get("p", "")
    bar = param
    if bar not in ALLOWED:
        abort(400)
    bar = param + "-v2"
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
