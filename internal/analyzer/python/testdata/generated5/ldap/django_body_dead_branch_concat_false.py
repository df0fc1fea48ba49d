# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=body shape=dead_branch_concat expected=false
import json
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00364(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    if False:
        entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    else:
        entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=guest)")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00364/", benchmark_test_00364),
]
