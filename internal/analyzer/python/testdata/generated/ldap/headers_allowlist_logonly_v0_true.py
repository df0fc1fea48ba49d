# generated case: rule=PY-LDAP-INJECTION source=headers propagation=allowlist_logonly sink=v0 expected=true
import ldap
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/ldap")
def handle_ldap():
    param = request.headers.get("X-P", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
