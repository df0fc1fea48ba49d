# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=form shape=nested_fstring sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00195", methods=["POST"])
def benchmark_test_00195():
    param = request.form.get("BenchmarkTest", "")
    bar = f"{f'{param}'.strip()}"
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
