# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=pathparam propagation=try_int_fallback sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00468/<test_id>", methods=["GET", "POST"])
def benchmark_test_00468(test_id):
    param = test_id
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
