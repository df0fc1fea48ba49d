# LDAP injection: directory client class keeps a tainted department and builds the filter in a method
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


class DepartmentQuery:
    base = "ou=people,dc=corp,dc=example"

    def __init__(self, department):
        self.department = department

    def run(self, conn):
        conn.search(self.base, "(departmentNumber=" + self.department + ")", attributes=["cn"])  # want: PY-LDAP-INJECTION
        return [str(e.cn) for e in conn.entries]


@app.route("/departments/<dept>/people")
def department_people(dept):
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    return jsonify(DepartmentQuery(dept).run(conn))
