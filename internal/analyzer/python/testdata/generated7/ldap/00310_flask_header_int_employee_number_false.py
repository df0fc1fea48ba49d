# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=header shape=int_employee_number sink=specific expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.route("/case-00310", methods=["GET", "POST"])
def case_00310():
    param = request.headers.get("X-Query", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(employeeNumber=%d)" % int(bar))
    result = len(entries)
    return jsonify(result=str(result))
