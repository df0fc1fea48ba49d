# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=sanitized_last sink=v0 expected=false
import ldap
import re

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00065(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param.strip()
    bar = re.sub(r"[^A-Za-z0-9]", "", bar)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00065/", benchmark_test_00065),
]
