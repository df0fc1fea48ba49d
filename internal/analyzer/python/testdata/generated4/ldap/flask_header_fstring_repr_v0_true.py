# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=header shape=fstring_repr sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00267", methods=["GET", "POST"])
def benchmark_test_00267():
    param = request.headers.get("Referer", "")
    bar = f"{param!r}"
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
