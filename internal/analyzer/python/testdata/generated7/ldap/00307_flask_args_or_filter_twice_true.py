# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=args shape=or_filter_twice sink=specific expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.route("/case-00307", methods=["GET", "POST"])
def case_00307():
    param = request.args.get("q", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=" + bar + ")(mail=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
